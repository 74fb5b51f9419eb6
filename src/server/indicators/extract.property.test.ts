import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFromText } from './extract.ts';
import { isSharedServiceDomain, normaliseIndicator, publicIp } from './normalise.ts';
import { FUNCTION_WORD_LANGUAGES, functionWordsOf, isFunctionWord, readListFile } from './word-lists.ts';

/**
 * Properties of extraction, drawn at random (fast-check prints the seed and path of any failure; each
 * counterexample found is kept below as a fixed case).
 */

const found = (text: string) => extractFromText(text, { suspectedState: 'CN' });

// Sentences in the intake languages that a variant is written into.
const before = fc.constantFrom(
  'They published my address on ',
  'Le site ',
  '有人在',
  '網站',
  'Сайт ',
  'سایت ',
  'see: ',
  '',
);
const after = fc.constantFrom(
  ' and my photo.',
  ' depuis mars.',
  '上公开了我的地址。',
  ' 上',
  ' — страница',
  ' منتشر کرد',
  '',
);

const label = fc
  .stringMatching(/^[a-z][a-z0-9-]{1,14}[a-z0-9]$/)
  .filter((l) => !l.includes('--') && !/^(www\d?|m|mobile)$/.test(l) && !isFunctionWord(l));
const suffix = fc.constantFrom(
  'com',
  'org',
  'net',
  'ca',
  'fr',
  'info',
  'co.uk',
  'com.cn',
  'org.tw',
  'ru',
  'ir',
);
const site = fc
  .tuple(label, suffix)
  .map(([l, s]) => `${l}.${s}`)
  .filter((d) => !isSharedServiceDomain(d));
const path = fc.stringMatching(/^[a-z0-9]{1,10}(\/[a-z0-9]{1,8})?$/);

function domainVariants(d: string, p: string): string[] {
  const defanged = d.replaceAll('.', '[.]');
  const [first, ...rest] = d.split('.');
  return [
    `https://${d}/${p}?id=44`,
    `http://www.${d}/`,
    d,
    `${d}/${p}`,
    `www.${d}`,
    `files.${d}`,
    d.toUpperCase(),
    `https://${d.toUpperCase()}/${p}`,
    `hxxp://${defanged}`,
    `hxxps://www.${defanged}/${p}`,
    defanged,
    `${first}(dot)${rest.join('(dot)')}`,
    `${first}[dot]${rest.join('[dot]')}`,
    `${first}(.)${rest.join('(.)')}`,
    `admin@${d}`,
    `Admin.Team@${d.toUpperCase()}`,
    `admin[at]${defanged}`,
    `@${d}`,
  ];
}

describe('one domain, every way of writing it', () => {
  it('gives the same registrable domain, in any sentence of any intake language', () => {
    fc.assert(
      fc.property(site, path, before, after, (d, p, b, a) => {
        for (const variant of domainVariants(d, p)) {
          const text = `${b}${variant}${a}`;
          const domains = found(text).filter((i) => i.kind === 'domain');
          expect(
            domains.map((i) => i.value),
            text,
          ).toEqual([d]);
          expect(domains[0]?.linkable, text).toBe(true);
        }
      }),
    );
  });
});

const handle = fc
  .stringMatching(/^[a-z][a-z0-9_]{4,14}[a-z0-9]$/)
  .filter((h) => !isFunctionWord(h) && !h.startsWith('wxid_'));

describe('one account, every way of naming it', () => {
  it('Telegram: @name near the platform’s name, its t.me URL, a labelled ID — in several languages', () => {
    fc.assert(
      fc.property(handle, before, (h, b) => {
        const mixed = h[0]!.toUpperCase() + h.slice(1);
        for (const variant of [
          `Telegram @${h}`,
          `https://t.me/${mixed}`,
          `t.me/${h}`,
          `Telegram: @${h}`,
          `Telegram username: ${h}`,
          `@${mixed} on Telegram`,
          `电报 @${h}`,
          `电报号：${h}`,
          `телеграм: @${h}`,
          `канал в телеграме @${h}`,
          `آیدی تلگرام: @${h}`,
        ]) {
          const text = `${b}${variant}.`;
          expect(
            found(text)
              .filter((i) => i.kind === 'account')
              .map((i) => i.value),
            text,
          ).toEqual([`telegram:${h}`]);
        }
      }),
    );
  });

  it('X, Instagram, WeChat and QQ: handle, URL and label agree', () => {
    const qq = fc.stringMatching(/^[1-9]\d{5,10}$/);
    fc.assert(
      fc.property(handle, qq, (h, n) => {
        const x = h.slice(0, 15);
        const groups: [string, string[]][] = [
          [
            `x:${x}`,
            [`@${x}`, `x.com/${x}`, `https://twitter.com/${x.toUpperCase()}`, `推特 @${x}`, `Twitter: @${x}`],
          ],
          [
            `instagram:${h}`,
            [`instagram.com/${h}`, `IG @${h}`, `compte Instagram : ${h}`, `Instagram ID: ${h}`],
          ],
          [`wechat:${h}`, [`微信号：${h}`, `WeChat ID: ${h}`, `微信: ${h}`, `WeChat ID is ${h}`]],
          [`qq:${n}`, [`QQ号 ${n}`, `QQ: ${n}`, `QQ号码：${n}`, `${n}@qq.com`]],
        ];
        for (const [account, variants] of groups) {
          for (const variant of variants) {
            expect(
              found(`${variant}。`)
                .filter((i) => i.kind === 'account')
                .map((i) => i.value),
              variant,
            ).toEqual([account]);
          }
        }
      }),
    );
  });
});

describe('shared services', () => {
  const entries = readListFile('./lists/shared-services.txt').map((line) => line.replace(/^\*\./, ''));

  it('every listed service is flagged, and so are its subdomains, mailboxes and links', () => {
    fc.assert(
      fc.property(fc.constantFrom(...entries), handle, path, (service, h, p) => {
        expect(isSharedServiceDomain(service)).toBe(true);
        for (const text of [`${h}@${service}`, `https://${service}/${p}`, `https://www.${service}/`]) {
          const domains = found(text).filter((i) => i.kind === 'domain');
          expect(domains.length, text).toBe(1);
          expect(domains[0], text).toMatchObject({ linkable: false, sharedService: true });
        }
      }),
    );
  });
});

const octet = fc.integer({ min: 0, max: 255 });
const reservedV4 = fc.oneof(
  octet.chain((b) => fc.tuple(fc.constant(10), fc.constant(b), octet, octet)),
  fc.tuple(fc.constant(172), fc.integer({ min: 16, max: 31 }), octet, octet),
  fc.tuple(fc.constant(192), fc.constant(168), octet, octet),
  fc.tuple(fc.constant(127), octet, octet, octet),
  fc.tuple(fc.constant(169), fc.constant(254), octet, octet),
  fc.tuple(fc.constant(100), fc.integer({ min: 64, max: 127 }), octet, octet),
  fc.tuple(fc.integer({ min: 224, max: 255 }), octet, octet, octet),
  fc.tuple(fc.constant(0), octet, octet, octet),
  fc.tuple(fc.constant(192), fc.constant(0), fc.constant(2), octet),
  fc.tuple(fc.constant(198), fc.constant(51), fc.constant(100), octet),
  fc.tuple(fc.constant(203), fc.constant(0), fc.constant(113), octet),
  fc.tuple(fc.constant(198), fc.integer({ min: 18, max: 19 }), octet, octet),
);
const hextet = fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16));
const reservedV6 = fc.oneof(
  fc.tuple(hextet, hextet).map(([a, b]) => `fe80::${a}:${b}`),
  fc.tuple(fc.integer({ min: 0xfc00, max: 0xfdff }), hextet).map(([a, b]) => `${a.toString(16)}::${b}`),
  fc.tuple(fc.integer({ min: 0xff00, max: 0xffff }), hextet).map(([a, b]) => `${a.toString(16)}::${b}`),
  fc.tuple(hextet, hextet).map(([a, b]) => `2001:db8:${a}::${b}`),
  fc.constant('::1'),
  reservedV4.map((o) => `::ffff:${o.join('.')}`),
);

describe('reserved addresses', () => {
  it('never produce an identifier: in prose, in a URL, or typed in the IP field', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          reservedV4.map((o) => o.join('.')),
          reservedV6,
        ),
        path,
        (ip, p) => {
          const host = ip.includes(':') ? `[${ip}]` : ip;
          const defanged = ip.includes(':') ? ip : ip.replaceAll('.', '[.]');
          for (const text of [
            `the server was at ${ip}.`,
            `服务器IP：${ip}`,
            `http://${host}/${p}`,
            `my router ${defanged} again`,
          ]) {
            expect(found(text), text).toEqual([]);
          }
          expect(normaliseIndicator({ kind: 'ip', value: ip })).toEqual([]);
        },
      ),
    );
  });
});

describe('public addresses', () => {
  it('written plainly or defanged, in any sentence, give one address', () => {
    const publicV4 = fc
      .tuple(octet, octet, octet, octet)
      .map((o) => o.join('.'))
      .filter((ip) => publicIp(ip) === ip);
    fc.assert(
      fc.property(publicV4, before, after, (ip, b, a) => {
        const [o1, o2, o3, o4] = ip.split('.');
        for (const written of [
          ip,
          `${o1}.${o2}.${o3}[.]${o4}`,
          ip.replaceAll('.', '[.]'),
          `${o1}.${o2}.${o3}(.)${o4}`,
        ]) {
          const text = `${b}${written}${a}`;
          expect(
            found(text).filter((i) => i.kind === 'ip'),
            text,
          ).toEqual([expect.objectContaining({ kind: 'ip', value: ip })]);
        }
      }),
    );
  });
});

// Platform names as people write them in each language, and what may stand between name and word.
const PLATFORM_NAMES = fc.constantFrom(
  'WeChat',
  'Telegram',
  'Instagram',
  'Facebook',
  'WhatsApp',
  'Twitter',
  'QQ',
  'TikTok',
  'YouTube',
  '微信',
  '电报',
  '微博',
  '抖音',
  '臉書',
  '推特',
  'телеграме',
  'WhatsApp',
  'تلگرام',
  'اینستاگرام',
  'واتساب',
  'ਟੈਲੀਗ੍ਰਾਮ',
  'ئۈندىدار',
  'སྐད་འཕྲིན',
);
const BETWEEN = fc.constantFrom(
  ' ',
  ': ',
  ' : ',
  '：',
  ' ID: ',
  ' ID ',
  ' account: ',
  ' account ',
  ' is ',
  '号：',
  ' est ',
  '是',
  ' - ',
  ', ',
);
const OPENING = fc.constantFrom('', 'On ', 'sur ', 'threats on ', '在', 'в ', 'در ', 'على ', 'my ');
const CLOSING = fc.constantFrom(
  '',
  ' my family',
  ' des mois',
  '上威胁我',
  ' родителям',
  ' تهدید شدم',
  '.',
  ', and more',
);

describe('function words after a platform name', () => {
  it('never become an account, in any language', () => {
    const word = fc.constantFrom(...FUNCTION_WORD_LANGUAGES.flatMap((l) => functionWordsOf(l)));
    fc.assert(
      fc.property(OPENING, PLATFORM_NAMES, BETWEEN, word, CLOSING, (o, platform, between, w, c) => {
        const text = `${o}${platform}${between}${w}${c}`;
        expect(
          found(text).filter((i) => i.kind === 'account'),
          text,
        ).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('counterexamples the properties found, kept as fixed cases', () => {
  it('a platform word at the start of an @handle is part of the handle (seed -1403667211: "@Ig0a0a_0")', () => {
    expect(
      found('They published my address on @Ig0a0a_0 on Telegram.').map((i) => `${i.kind}:${i.value}`),
    ).toEqual(['account:telegram:ig0a0a_0']);
  });

  it('a platform word inside a handle after an underscore is part of the handle (seed-independent: "a_ig0a0_a0")', () => {
    expect(found('@a_ig0a0_a0。').map((i) => i.value)).toEqual(['x:a_ig0a0_a0']);
  });

  it('a QQ number before a Chinese full stop keeps its last digit', () => {
    expect(found('QQ号 100000。').map((i) => i.value)).toEqual(['qq:100000']);
  });

  it('a URL on a reserved address is not read as a phone number either', () => {
    expect(found('http://198.18.0.100/00')).toEqual([]);
  });

  it('a word is taken whole, in any script: "oublié" after a platform name is not the account "oubli"', () => {
    expect(found('ਟੈਲੀਗ੍ਰਾਮ oublié')).toEqual([]);
  });

  it('a platform name joined to a domain by a hyphen is part of the domain', () => {
    expect(
      found('They published my address on ig-0.com and my photo.').map((i) => `${i.kind} ${i.value}`),
    ).toEqual(['domain ig-0.com']);
  });
});
