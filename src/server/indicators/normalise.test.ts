import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isNonPublicIp,
  isSharedServiceDomain,
  normaliseAccount,
  normaliseDomain,
  normaliseEmail,
  normaliseIndicator,
  normaliseIp,
  normalisePhone,
  normaliseUrl,
} from './normalise.ts';
import { readListFile } from './word-lists.ts';

const fullWidth = (s: string) =>
  [...s].map((c) => (/[0-9+]/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join('');

// Chinese mobile prefixes that are assigned (so every generated number is valid, not merely possible).
const cnMobile = fc
  .tuple(
    fc.constantFrom('138', '139', '150', '151', '186', '188', '137', '133'),
    fc.stringMatching(/^\d{8}$/),
  )
  .map(([p, rest]) => `${p}${rest}`);
// Canadian numbers in real area codes, exchange 2-9.
const caNumber = fc
  .tuple(
    fc.constantFrom('416', '647', '613', '514', '604', '778', '403', '902'),
    fc.stringMatching(/^[2-9]\d{2}$/),
    fc.stringMatching(/^\d{4}$/),
  )
  .filter(([, exchange]) => !/^[2-9]11$/.test(exchange));

function cnVariants(n: string): string[] {
  const [a, b, c] = [n.slice(0, 3), n.slice(3, 7), n.slice(7)];
  return [
    `+86 ${a} ${b} ${c}`,
    `+86${n}`,
    `0086${n}`,
    `0086 ${a}-${b}-${c}`,
    `86 ${a} ${b} ${c}`,
    `86-${a}-${b}-${c}`,
    `(+86) ${a}-${b}${c}`,
    `+86.${a}.${b}.${c}`,
    fullWidth(`+86 ${a} ${b} ${c}`),
    `${a} ${b} ${c}`,
    n,
  ];
}

describe('phone numbers', () => {
  it('every way of writing a Chinese mobile number gives one E.164 number', () => {
    fc.assert(
      fc.property(cnMobile, (n) => {
        for (const v of cnVariants(n)) expect(normalisePhone(v, { suspectedState: 'CN' })).toBe(`+86${n}`);
      }),
    );
  });

  it('Canadian numbers resolve in Canada even when the suspected state is China', () => {
    fc.assert(
      fc.property(caNumber, ([area, exchange, line]) => {
        const e164 = `+1${area}${exchange}${line}`;
        for (const v of [
          `(${area}) ${exchange}-${line}`,
          `${area}-${exchange}-${line}`,
          `${area}.${exchange}.${line}`,
          `1-${area}-${exchange}-${line}`,
          `+1 ${area} ${exchange} ${line}`,
          `001${area}${exchange}${line}`,
        ]) {
          expect(normalisePhone(v, { suspectedState: 'CN' })).toBe(e164);
        }
      }),
    );
  });

  it('different numbers never collide', () => {
    fc.assert(
      fc.property(cnMobile, cnMobile, (a, b) => {
        fc.pre(a !== b);
        expect(normalisePhone(a)).not.toBe(normalisePhone(b));
      }),
    );
  });

  it('refuses what is not a phone number', () => {
    for (const v of ['2026-10-01', 'hello', '12', '+86 abc', '1234567890123456789']) {
      expect(normalisePhone(v)).toBeNull();
    }
    expect(normalisePhone('911')).toBe('911');
  });

  it('a number labelled as a phone is kept even in an unassigned range', () => {
    expect(normalisePhone('+86 154 1234 5678')).toBeNull();
    expect(normalisePhone('+86 154 1234 5678', {}, { lenient: true })).toBe('+8615412345678');
  });
});

describe('e-mail addresses', () => {
  it('case does not matter; Gmail dots and +tags do not either, elsewhere they do', () => {
    expect(normaliseEmail('John.Doe+news@GoogleMail.com')).toBe('johndoe@gmail.com');
    expect(normaliseEmail('j.o.h.n.doe@gmail.com')).toBe('johndoe@gmail.com');
    expect(normaliseEmail('John.Doe@Example.ORG')).toBe('john.doe@example.org');
    expect(normaliseEmail('john.doe+x@example.org')).toBe('john.doe+x@example.org');
    expect(normaliseEmail('mailto:Spy@QQ.com')).toBe('spy@qq.com');
    expect(normaliseEmail('not an address')).toBeNull();
  });

  it('case variants are one address; different addresses stay apart', () => {
    const local = fc.stringMatching(/^[a-z][a-z0-9]{2,12}$/);
    const domain = fc.constantFrom('example.org', 'qq.com', '163.com', 'protonmail.com');
    fc.assert(
      fc.property(local, local, domain, (a, b, d) => {
        expect(normaliseEmail(`${a.toUpperCase()}@${d.toUpperCase()}`)).toBe(normaliseEmail(`${a}@${d}`));
        if (a !== b) expect(normaliseEmail(`${a}@${d}`)).not.toBe(normaliseEmail(`${b}@${d}`));
      }),
    );
  });
});

describe('URLs and domains', () => {
  const host = fc.stringMatching(/^[a-z][a-z0-9]{2,10}(-[a-z0-9]{2,6})?$/).map((h) => `${h}.com`);
  const path = fc.stringMatching(/^[a-z0-9]{1,10}(\/[a-z0-9]{1,8})?$/);

  it('scheme, case, www, default port, tracking parameters, fragment and trailing slash do not matter', () => {
    fc.assert(
      fc.property(host, path, (h, p) => {
        const canonical = normaliseUrl(`https://${h}/${p}`);
        for (const v of [
          `http://www.${h}/${p}/`,
          `https://${h.toUpperCase()}/${p}?utm_source=wechat&utm_medium=share`,
          `${h}/${p}`,
          `https://${h}:443/${p}#top`,
          `https://www.${h}/${p}?fbclid=abc123&gclid=x`,
        ]) {
          expect(normaliseUrl(v)).toEqual(canonical);
        }
      }),
    );
  });

  it('different paths or hosts stay apart; parameters that carry meaning are kept', () => {
    fc.assert(
      fc.property(host, path, path, (h, a, b) => {
        fc.pre(a !== b);
        expect(normaliseUrl(`https://${h}/${a}`)).not.toEqual(normaliseUrl(`https://${h}/${b}`));
      }),
    );
    expect(normaliseUrl('https://evil.example/view?id=1')).not.toEqual(
      normaliseUrl('https://evil.example/view?id=2'),
    );
    expect(normaliseUrl('https://evil.example/view?b=2&a=1')).toEqual(
      normaliseUrl('https://evil.example/view?a=1&b=2'),
    );
  });

  it('a home page is the domain; domains are IDNA, lower-case, without trailing dot', () => {
    expect(normaliseUrl('https://www.Evil-Site.com/')).toEqual({ domain: 'evil-site.com' });
    expect(normaliseDomain('Evil-Site.COM.')).toBe('evil-site.com');
    expect(normaliseDomain('www.evil-site.com')).toBe('evil-site.com');
    expect(normaliseDomain('例子.中国')).toBe('xn--fsqu00a.xn--fiqs8s');
    expect(normaliseDomain('xn--fsqu00a.xn--fiqs8s')).toBe('xn--fsqu00a.xn--fiqs8s');
    expect(normaliseDomain('not a domain')).toBeNull();
  });

  it('a domain is the registrable domain by the Public Suffix List, its private section included', () => {
    expect(normaliseDomain('files.example.org')).toBe('example.org');
    expect(normaliseDomain('a.b.example.co.uk')).toBe('example.co.uk');
    expect(normaliseDomain('news.sina.com.cn')).toBe('sina.com.cn');
    expect(normaliseDomain('mail.例子.中国')).toBe('xn--fsqu00a.xn--fiqs8s');
    expect(normaliseDomain('someone.github.io')).toBe('someone.github.io');
    expect(normaliseDomain('github.io')).toBe('github.io');
    expect(normaliseDomain('bucket.s3.amazonaws.com')).toBe('bucket.s3.amazonaws.com');
    // Hosts whose subdomains are separate people's sites, listed in lists/shared-services.txt.
    expect(normaliseDomain('a.doxxed.wordpress.com')).toBe('doxxed.wordpress.com');
    expect(normaliseUrl('https://files.example.org/')).toEqual({
      url: 'files.example.org',
      domain: 'example.org',
    });
    expect(normaliseUrl('https://example.org/list?id=44')).toEqual({
      url: 'example.org/list?id=44',
      domain: 'example.org',
    });
    expect(normaliseIndicator({ kind: 'domain', value: 'https://files.example.org/x' })).toEqual([
      { kind: 'domain', value: 'example.org' },
      { kind: 'url', value: 'files.example.org' },
    ]);
  });

  it('a YouTube video is one URL however it is shared', () => {
    for (const v of [
      'https://youtu.be/Qx7bT2kLm9A?si=abc',
      'https://www.youtube.com/watch?v=Qx7bT2kLm9A&feature=share',
      'https://m.youtube.com/watch?v=Qx7bT2kLm9A',
      'https://www.youtube.com/embed/Qx7bT2kLm9A',
    ]) {
      expect(normaliseUrl(v)?.url, v).toMatch(/^youtube\.com\/watch\?(feature=share&)?v=Qx7bT2kLm9A$/);
    }
  });
});

describe('shared services', () => {
  it('the list names several hundred platforms, providers, shorteners, hosts and CDNs', () => {
    expect(readListFile('./lists/shared-services.txt').length).toBeGreaterThan(300);
  });

  it('flags a service, its subdomains and hosts, but not a tenant’s own site or a dedicated domain', () => {
    for (const shared of [
      'gmail.com',
      'qq.com',
      'weixin.qq.com',
      'mail.163.com',
      'outlook.com',
      'proton.me',
      't.me',
      'bit.ly',
      'youtube.com',
      'youtu.be',
      'google.com',
      'github.io',
      'blogspot.com',
      'wordpress.com',
      'cloudflare.com',
      'amazonaws.com',
      's3.amazonaws.com',
      'https://www.facebook.com/somebody',
    ]) {
      expect(isSharedServiceDomain(shared), shared).toBe(true);
    }
    for (const own of [
      'example.org',
      'someone.github.io',
      'doxxed.wordpress.com',
      'truth-about-traitors.net',
      'x',
    ]) {
      expect(isSharedServiceDomain(own), own).toBe(false);
    }
  });
});

describe('accounts', () => {
  const handle = fc.stringMatching(/^[a-z][a-z0-9_]{2,14}$/);

  it('@Name, x.com/name, twitter.com/Name and mobile.twitter.com/name are one X account', () => {
    fc.assert(
      fc.property(handle, (h) => {
        const mixed = h[0]!.toUpperCase() + h.slice(1);
        for (const v of [
          `@${mixed}`,
          `https://x.com/${h}`,
          `twitter.com/${mixed}`,
          `https://mobile.twitter.com/${h}/`,
          h,
        ]) {
          expect(normaliseIndicator({ kind: 'account', platform: 'x', value: v })).toEqual([
            { kind: 'account', platform: 'x', value: `x:${h}` },
          ]);
        }
      }),
    );
  });

  it('the same name on two platforms is two accounts', () => {
    fc.assert(
      fc.property(handle, (h) => {
        const x = normaliseIndicator({ kind: 'account', platform: 'x', value: h })[0]?.value;
        const ig = normaliseIndicator({ kind: 'account', platform: 'instagram', value: h })[0]?.value;
        expect(x).not.toBe(ig);
      }),
    );
  });

  it('recognises each platform’s profile addresses', () => {
    const cases: [string, string][] = [
      ['https://www.facebook.com/profile.php?id=100012345', 'facebook:100012345'],
      ['https://m.facebook.com/John.Smith', 'facebook:johnsmith'],
      ['https://www.instagram.com/Some.User/?igshid=abc', 'instagram:some.user'],
      ['https://www.youtube.com/@BadTube', 'youtube:badtube'],
      ['https://youtube.com/channel/UCabcdefghijklmnopqrstuv', 'youtube:channel/UCabcdefghijklmnopqrstuv'],
      ['https://www.tiktok.com/@Tok_User?lang=en', 'tiktok:tok_user'],
      ['https://www.douyin.com/user/MS4wLjABAAAA', 'douyin:MS4wLjABAAAA'],
      ['https://weibo.com/u/1234567890', 'weibo:1234567890'],
      ['https://t.me/Some_Channel', 'telegram:some_channel'],
      ['https://wa.me/8613800138000', 'whatsapp:+8613800138000'],
    ];
    for (const [url, account] of cases) {
      expect(normaliseUrl(url)?.account).toEqual({
        platform: account.split(':')[0],
        value: account.slice(account.indexOf(':') + 1),
      });
    }
  });

  it('Douyin user ids keep their case: the ways of writing one agree, ids differing in case stay apart', () => {
    // A sec_uid as Douyin prints it: MS4wLjABAAAA followed by URL-safe base64, where case carries meaning.
    const secUid = fc
      .stringMatching(/^[A-Za-z0-9_-]{20,40}$/)
      .filter((s) => /[a-z]/.test(s) && /[A-Z]/.test(s))
      .map((s) => `MS4wLjABAAAA${s}`);
    fc.assert(
      fc.property(secUid, fc.constantFrom('https://www.', 'http://', '', 'https://m.'), (id, prefix) => {
        const variants = [
          id,
          `@${id}`,
          ` ${id} `,
          `${prefix}douyin.com/user/${id}`,
          `${prefix}douyin.com/user/${id}/?from_tab_name=main&utm_source=copy`,
        ];
        for (const v of variants) expect(normaliseAccount('douyin', v)).toBe(id);
        expect(normaliseUrl(`${prefix}douyin.com/user/${id}`)?.account).toEqual({
          platform: 'douyin',
          value: id,
        });
        const swapped = [...id]
          .map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()))
          .join('');
        expect(normaliseAccount('douyin', swapped)).not.toBe(normaliseAccount('douyin', id));
        expect(normaliseAccount('douyin', id.toLowerCase())).not.toBe(normaliseAccount('douyin', id));
      }),
    );
  });

  it('WeChat IDs, QQ numbers and WhatsApp numbers', () => {
    expect(normaliseAccount('wechat', 'WXID_Abc123')).toBe('wxid_abc123');
    expect(normaliseAccount('wechat', '138 0013 8000', { suspectedState: 'CN' })).toBe('+8613800138000');
    expect(normaliseAccount('qq', '１２３４５６７８９')).toBe('123456789');
    expect(normaliseAccount('qq', 'abc')).toBeNull();
    expect(normaliseAccount('whatsapp', '+1 (613) 555-0199')).toBe('+16135550199');
  });
});

describe('IP addresses', () => {
  it('only global unicast addresses name anyone', () => {
    for (const ip of ['185.234.72.19', '8.8.8.8', '2a03:b0c0:3:d0::1a4'])
      expect(isNonPublicIp(ip), ip).toBe(false);
    for (const ip of [
      '10.1.2.3',
      '172.31.0.1',
      '192.168.0.1',
      '127.0.0.1',
      '169.254.1.1',
      '100.64.0.1',
      '100.127.255.255',
      '224.0.0.1',
      '240.0.0.1',
      '255.255.255.255',
      '0.0.0.0',
      '192.0.2.1',
      '198.51.100.7',
      '203.0.113.9',
      '198.18.0.1',
      '::',
      '::1',
      'fe80::1',
      'fd12:3456::1',
      'ff02::1',
      '2001:db8::7',
      '::ffff:10.0.0.1',
    ]) {
      expect(isNonPublicIp(ip), ip).toBe(true);
    }
    expect(normaliseIp('::ffff:8.8.8.8')).toBe('8.8.8.8');
    expect(normaliseIndicator({ kind: 'ip', value: '192.168.1.1' })).toEqual([]);
  });

  it('IPv4 without leading zeros, IPv6 compressed and lower-case', () => {
    expect(normaliseIp('203.0.113.007')).toBe('203.0.113.7');
    expect(normaliseIp('2001:0DB8:0000:0000:0000:0000:0000:0001')).toBe('2001:db8::1');
    expect(normaliseIp('[2001:db8::1]')).toBe('2001:db8::1');
    expect(normaliseIp('999.1.1.1')).toBeNull();
  });

  it('variants of one IPv4 address agree; different addresses differ', () => {
    const octet = fc.integer({ min: 0, max: 255 });
    fc.assert(
      fc.property(fc.tuple(octet, octet, octet, octet), fc.tuple(octet, octet, octet, octet), (a, b) => {
        const padded = a.map((o) => String(o).padStart(3, '0')).join('.');
        expect(normaliseIp(padded)).toBe(a.join('.'));
        if (a.join('.') !== b.join('.')) expect(normaliseIp(a.join('.'))).not.toBe(normaliseIp(b.join('.')));
      }),
    );
  });
});
