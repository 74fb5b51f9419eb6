import { describe, expect, it } from 'vitest';
import { extractFromReport, extractFromText, ownIdentifiers } from './extract.ts';

const found = (text: string, suspectedState = 'CN') => extractFromText(text, { suspectedState });
/** The values a link could be made on (shared-service domains left out). */
const values = (text: string, suspectedState = 'CN') =>
  found(text, suspectedState)
    .filter((i) => i.linkable)
    .map((i) => i.value);
const accounts = (text: string) =>
  found(text)
    .filter((i) => i.kind === 'account')
    .map((i) => i.value);

describe('extraction from free text, in every intake language', () => {
  it('English', () => {
    expect(
      values(
        'On 2026-10-01 at 10:30 I got a call from +86 138 0013 8000, then an e-mail from John.Doe+spam@GoogleMail.com. ' +
          'They linked https://www.evil-site.com/login?utm_source=x&id=3#top and x.com/BadGuy99. Call me back at (416) 555-0100.',
      ),
    ).toEqual([
      '+8613800138000',
      'johndoe@gmail.com',
      'evil-site.com/login?id=3',
      'evil-site.com',
      'x:badguy99',
      '+14165550100',
    ]);
  });

  it('French', () => {
    expect(
      values(
        'Le 3 octobre 2026, le numéro 0086-138-0013-8000 m’a appelé. Compte Twitter : @BadGuy99, site evil-site.com. IP 185.234.72.19.',
      ),
    ).toEqual(['+8613800138000', 'x:badguy99', 'evil-site.com', '185.234.72.19']);
  });

  it('Simplified Chinese: no spaces, full-width digits, WeChat and QQ by their labels', () => {
    expect(
      values(
        '他用微信号：wxid_abc12345联系我，电话是13800138000，还有ＱＱ：１２３４５６７８９，网站https://evil-site.com/login然后威胁我。',
      ),
    ).toEqual([
      'wechat:wxid_abc12345',
      '+8613800138000',
      'qq:123456789',
      'evil-site.com/login',
      'evil-site.com',
    ]);
  });

  it('Traditional Chinese: full-width plus and dashes, WeChat IDs, 推特 and IG handles', () => {
    expect(
      values(
        '他的微信：Zhang_San88，電話＋８６　１３８－００１３－８０００，推特 @BadGuy99 ，IG @insta.user',
      ),
    ).toEqual(['wechat:zhang_san88', '+8613800138000', 'x:badguy99', 'instagram:insta.user']);
  });

  it('Tibetan', () => {
    expect(
      values('ཁོང་གིས་ཁ་པར་ +86 138 0013 8000 ནས་ང་ལ་སྐད་འཕྲིན་བཏང་། telegram @tibet_spy ཡིས་ང་ལ་ཉེན་བརྡ་བཏང་།'),
    ).toEqual(['+8613800138000', 'telegram:tibet_spy']);
  });

  it('Uyghur: right-to-left marks and Arabic-Indic digits', () => {
    expect(
      values(
        'ئۇ ماڭا \u200f+86 138 0013 8000\u200f دىن تېلېفون قىلدى. ئېلخەت: spy@evil-site.com تور بېكەت: https://t.me/uyghur_watch',
      ),
    ).toEqual(['+8613800138000', 'spy@evil-site.com', 'evil-site.com', 'telegram:uyghur_watch']);
    expect(values('تېلېفون: +٨٦ ١٣٨ ٠٠١٣ ٨٠٠٠')).toEqual(['+8613800138000']);
  });

  it('Russian, Persian and Arabic: their platform names, labels and digits around the identifier', () => {
    expect(
      values('Мне писал аккаунт в телеграме @homeland_callers, а номер был +7 916 123-45-67.', 'RU'),
    ).toEqual(['telegram:homeland_callers', '+79161234567']);
    expect(
      values('آیدی تلگرام: @homeland_callers و شماره‌اش \u200f+۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹\u200f بود.', 'IR'),
    ).toEqual(['telegram:homeland_callers', '+989123456789']);
    expect(values('اتصل بي من الرقم ٠٩١٢٣٤٥٦٧٨٩ وكتب في تلغرام: badguy_01', 'IR')).toEqual([
      '+989123456789',
      'telegram:badguy_01',
    ]);
    expect(values('ਟੈਲੀਗ੍ਰਾਮ ਆਈਡੀ: @punjab_watch ਨੇ ਧਮਕੀ ਦਿੱਤੀ')).toEqual(['telegram:punjab_watch']);
  });

  it('platform links, WhatsApp, YouTube, Facebook, Douyin, Weibo, TikTok and IPv6', () => {
    expect(
      values(
        'WhatsApp: +1 613 555 0199, wa.me/16135550199, t.me/SomeChannel, https://youtube.com/@BadTube, ' +
          'https://www.facebook.com/profile.php?id=1000123 and 2a03:b0c0:3:d0::1a4; 抖音号：dy_user1 ; weibo.com/u/123456789 ; tiktok.com/@Tok_User?lang=en',
      ),
    ).toEqual([
      'whatsapp:+16135550199',
      '+16135550199',
      'telegram:somechannel',
      'youtube:badtube',
      'facebook:1000123',
      '2a03:b0c0:3:d0::1a4',
      'douyin:dy_user1',
      'weibo:123456789',
      'tiktok:tok_user',
    ]);
  });

  it('does not mistake dates, times, amounts, versions, private addresses or file names for identifiers', () => {
    expect(
      values(
        'Le 2026-10-01 à 10:30:15, j’ai payé 1 500 $ pour report.pdf et notes.zip; routeur 192.168.1.1, version 3.2.1.5, v1.0.4.2',
      ),
    ).toEqual([]);
    expect(values('I told Mr.Wang I was scared.Then he left. See README.md')).toEqual([]);
  });

  it('digits in a URL or a QQ number are not also a phone number', () => {
    expect(values('QQ号 13800138000 and https://evil.example/u/13800138000')).toEqual([
      'qq:13800138000',
      'evil.example/u/13800138000',
      'evil.example',
    ]);
  });
});

describe('a platform’s name is not an account (issue 17)', () => {
  it('the words that followed a platform name in the reports that were falsely linked', () => {
    expect(accounts('threats on WeChat against my family')).toEqual([]);
    expect(accounts('On me menace sur WeChat depuis des mois.')).toEqual([]);
    expect(accounts('people on Telegram and Facebook told me')).toEqual([]);
  });

  it('ordinary words after a platform name, in every intake language', () => {
    for (const text of [
      'He said Telegram is the best way to reach him and WhatsApp is not safe.',
      'My Instagram account was hacked; Instagram: they never answered.',
      'Ils m’écrivent sur Telegram et Instagram, jamais avec le même compte.',
      'Mon WeChat : je ne l’utilise plus.',
      'WeChat ID: unknown. Telegram: deleted.',
      '他们在微信上威胁我的家人，微信：不知道',
      '他們在臉書和推特上說我是叛徒。',
      'Мне пишут в Телеграме и в WhatsApp, угрожают родителям.',
      'در تلگرام و اینستاگرام تهدید شدم.',
      'وصلتني رسائل على واتساب و تلغرام من مجهول',
      'ਉਹ ਟੈਲੀਗ੍ਰਾਮ ਤੇ ਧਮਕੀ ਦਿੰਦੇ ਹਨ',
      'Instagram 3 times, Telegram 24/7, WeChat 2 days ago, on Facebook: 100 people saw it.',
    ]) {
      expect(accounts(text), text).toEqual([]);
    }
  });

  it('an account is taken where the text shows one: a label, an @handle, a URL, a shape', () => {
    const cases: [string, string][] = [
      ['The harasser’s WeChat ID is zhangsan_1990.', 'wechat:zhangsan_1990'],
      ['WeChat ID: zhangsanfeng', 'wechat:zhangsanfeng'],
      ['对方微信号：zhangsanfeng，自称国保', 'wechat:zhangsanfeng'],
      ['对方微信: zhangsanfeng', 'wechat:zhangsanfeng'],
      ['加我微信zhangsanfeng', 'wechat:zhangsanfeng'],
      ['QQ号 12345678', 'qq:12345678'],
      ['QQ: 12345678', 'qq:12345678'],
      ['他的QQ 987 654 321 加了我', 'qq:987654321'],
      ['added by wxid_abc12345 yesterday', 'wechat:wxid_abc12345'],
      ['Telegram: @homeland_callers', 'telegram:homeland_callers'],
      ['@homeland_callers on Telegram posted my address', 'telegram:homeland_callers'],
      ['compte Instagram : mei.lin.watch', 'instagram:mei.lin.watch'],
      ['Instagram account: meilinwatch.', 'instagram:meilinwatch'],
      ['his Telegram username is badguyzz', 'telegram:badguyzz'],
      ['телеграм: badguyzz', 'telegram:badguyzz'],
      ['微博：「爱国青年」骂我', 'weibo:爱国青年'],
      ['https://www.instagram.com/mei.lin.watch/', 'instagram:mei.lin.watch'],
    ];
    for (const [text, account] of cases) expect(accounts(text), text).toEqual([account]);
  });
});

describe('one dedicated site, however written, is one registrable domain', () => {
  it('links, home page, Chinese text, defanged forms and the mailbox on it', () => {
    for (const text of [
      'a site made to dox us: https://example.org/list?id=44',
      'the home page https://www.example.org/',
      '有人在example.org上公开了我的地址',
      'the site example[.]org',
      'hxxp://example[.]org',
      'hxxps://files.example(.)org/x.pdf',
      'example(dot)org',
      'example [dot] org',
      'the site EXAMPLE.ORG',
      'they wrote from admin@example.org',
      'they wrote from admin[at]example[.]org',
      'une adresse en @example.org',
      'a site called example dot org',
    ]) {
      const domains = found(text).filter((i) => i.kind === 'domain');
      expect(
        domains.map((d) => d.value),
        text,
      ).toEqual(['example.org']);
    }
  });

  it('says how each was found, and how sure that is', () => {
    const how = (text: string) =>
      found(text).map((i) => `${i.kind} ${i.value} ${i.matchedAs} ${i.confidence} ${i.linkable}`);
    expect(how('https://example.org/list?id=44')).toEqual([
      'url example.org/list?id=44 url high true',
      'domain example.org url-domain high true',
    ]);
    expect(how('spy@mail.example.org')).toEqual([
      'email spy@mail.example.org email high true',
      'domain example.org email-domain high true',
    ]);
    expect(how('hxxp://example[.]org')).toEqual(['domain example.org defanged-url high true']);
    expect(how('example[.]org')).toEqual(['domain example.org defanged-domain high true']);
    expect(how('hxxps://example[.]org/list')).toEqual([
      'url example.org/list defanged-url high true',
      'domain example.org url-domain high true',
    ]);
    expect(how('在example.org上')).toEqual(['domain example.org bare-domain high true']);
    expect(how('see readme.md')).toEqual([]);
    expect(how('@watcher_01 on X. Then @someone_else')).toEqual([
      'account x:watcher_01 handle high true',
      'account x:someone_else handle medium true',
    ]);
    expect(how('2847561930@qq.com')).toEqual([
      'email 2847561930@qq.com email high true',
      'domain qq.com email-domain high false',
      'account qq:2847561930 email high true',
    ]);
  });

  it('a subdomain keeps its own home page; a tenant of a shared host is its own domain', () => {
    expect(values('files.example.org')).toEqual(['example.org', 'files.example.org']);
    expect(values('https://doxxed-students.wordpress.com/')).toEqual(['doxxed-students.wordpress.com']);
    expect(values('https://someone.github.io/list')).toEqual(['someone.github.io/list', 'someone.github.io']);
  });
});

describe('shared services never link by their domain alone', () => {
  it('mail providers, shorteners, video sites and platforms are flagged; their specific addresses are not', () => {
    const text =
      'From lily.w.2024@gmail.com and spy@163.com, a link bit.ly/3Fq8ZrT, a video https://youtu.be/Qx7bT2kLm9A, t.me/homeland_callers';
    expect(
      found(text).map((i) => `${i.kind} ${i.value} ${i.linkable}${i.sharedService ? ' shared' : ''}`),
    ).toEqual([
      'email lilyw2024@gmail.com true',
      'domain gmail.com false shared',
      'email spy@163.com true',
      'domain 163.com false shared',
      'url bit.ly/3Fq8ZrT true',
      'domain bit.ly false shared',
      'url youtube.com/watch?v=Qx7bT2kLm9A true',
      'domain youtube.com false shared',
      'account telegram:homeland_callers true',
      'domain t.me false shared',
    ]);
  });
});

describe('IP addresses', () => {
  it('public addresses are identifiers; private, shared, documentation and reserved ones never are', () => {
    expect(values('from 185.234.72.19 and 2a03:b0c0:3:d0::1a4')).toEqual([
      '185.234.72.19',
      '2a03:b0c0:3:d0::1a4',
    ]);
    expect(
      values(
        '10.0.0.23 192.168.0.1 172.16.4.4 127.0.0.1 169.254.3.3 100.64.1.1 224.0.0.5 203.0.113.7 198.51.100.2 192.0.2.1 255.255.255.255 0.0.0.0 ::1 fe80::1 fd00::5 2001:db8::1 ::ffff:10.0.0.1 http://192.168.1.1/admin',
      ),
    ).toEqual([]);
  });
});

describe('written as the unseen corpus wrote them (campaigns/testing/unseen-corpus.ts)', () => {
  it('a server’s address defanged like a domain; a private one defanged is still nothing', () => {
    const ips = (text: string) => found(text).map((i) => `${i.kind} ${i.value} ${i.matchedAs}`);
    expect(ips('connects to 45.153.241[.]18 on port 443')).toEqual(['ip 45.153.241.18 defanged-ip']);
    expect(ips('45[.]153[.]241[.]18 and 103.76.180(.)54')).toEqual([
      'ip 45.153.241.18 defanged-ip',
      'ip 103.76.180.54 defanged-ip',
    ]);
    expect(ips('my router 192.168.1[.]1 and 10[.]0[.]0[.]5')).toEqual([]);
  });

  it('the home page of a shared service’s host, or a platform’s own page, never links; a tenant’s site does', () => {
    expect(values('登录 https://mail.qq.com/ 和 wx.qq.com，还有 mail.163.com')).toEqual([]);
    expect(
      values('I reported it at https://www.facebook.com/help and x.com/explore, twitter.com/home/'),
    ).toEqual([]);
    expect(values('the video youtube.com/watch?v=Zk3pQ8rLm2A and bit.ly/3vXq8Lm')).toEqual([
      'youtube.com/watch?v=Zk3pQ8rLm2A',
      'bit.ly/3vXq8Lm',
    ]);
    expect(values('doxxed.wordpress.com and news.hk-traitors.com')).toEqual([
      'doxxed.wordpress.com',
      'hk-traitors.com',
      'news.hk-traitors.com',
    ]);
  });

  it('a labelled ID ends where Chinese words begin, with no space', () => {
    expect(accounts('有个QQ号：2468013579的人加我好友')).toEqual(['qq:2468013579']);
    expect(accounts('他的微信号zhang_handler88的朋友圈')).toEqual(['wechat:zhang_handler88']);
    // Not a phone number either: the digits are the QQ number's.
    expect(found('有个QQ号：2468013579的人').map((i) => i.kind)).toEqual(['account']);
  });

  it('a number after WhatsApp or WeChat is as sure as the number alone', () => {
    const sure = (text: string) => found(text).map((i) => `${i.value} ${i.confidence}`);
    expect(sure('WhatsApp +86 139 2233 4455 kept writing')).toEqual([
      'whatsapp:+8613922334455 high',
      '+8613922334455 high',
    ]);
    // Whose WeChat it is may be unsure; the number is as sure as when it is written alone.
    expect(sure('他的微信是13922334455')).toEqual(['wechat:+8613922334455 medium', '+8613922334455 high']);
  });

  it('a Chinese @nickname: on Weibo or Douyin, ended as Weibo ends a mention; never a group’s display name', () => {
    const handles = (text: string) => found(text).map((i) => `${i.value} ${i.confidence}`);
    expect(handles('微博用户 @护旗手阿强 转发了我的照片')).toEqual(['weibo:护旗手阿强 high']);
    expect(handles('抖音上的@小刘同学：天天骂我')).toEqual(['douyin:小刘同学 high']);
    expect(handles('@护旗手阿强 在评论里写了我的真名')).toEqual(['weibo:护旗手阿强 medium']);
    // Where it ends cannot be told, or it is a display name in a WeChat group, or "@everyone": nothing.
    expect(handles('@护旗手阿强转发了我的照片。')).toEqual([]);
    expect(handles('他在微信群里@王老师 说我是叛徒')).toEqual([]);
    expect(handles('群主 @所有人 说要开会')).toEqual([]);
  });

  it('a national number with its trunk 0, in a country where the report’s language is spoken', () => {
    const phones = (language: string, narrative: string) =>
      extractFromReport({ language, narrative, suspectedState: 'CN' })
        .filter((i) => i.kind === 'phone')
        .map((i) => i.value);
    expect(phones('fr', 'Un homme m’appelle du 06 12 34 56 78 et parle mandarin.')).toEqual(['+33612345678']);
    expect(phones('fr', 'Le numéro +33 (0)6 12-34-56-78 a laissé un message.')).toEqual(['+33612345678']);
    expect(phones('zh-Hant', '對方用 0912-345-678 打給我')).toEqual(['+886912345678']);
    // Canada and the origin state come first; a language without listed countries adds nothing; dates,
    // postal codes and file numbers stay what they are.
    expect(phones('fr', 'Appelez le (514) 555-0123 ou le 138 0013 8000.')).toEqual([
      '+15145550123',
      '+8613800138000',
    ]);
    expect(phones('ar', 'الرقم 06 12 34 56 78')).toEqual([]);
    expect(phones('fr', 'Plainte n° 2023/01187 déposée le 05/06/2023 au commissariat du 75013.')).toEqual([]);
  });
});

describe('extraction from a whole report', () => {
  it('reads structured indicators by their kind, and the narrative and descriptions as text', () => {
    const all = extractFromReport({
      narrative: 'Ils m’ont écrit depuis spy@evil-site.com et le numéro 0086 138 0013 8000.',
      suspectedState: 'CN',
      perpetrators: [
        {
          description: 'Compte Telegram @watcher_01',
          indicators: [
            { kind: 'phone', value: '+86 138-0013-8000' },
            { kind: 'account', platform: 'wechat', value: 'wxid_abc123' },
            { kind: 'account', platform: 'x', value: 'https://twitter.com/BadGuy99' },
            { kind: 'url', value: 'https://www.facebook.com/somebody' },
            { kind: 'email', value: 'Boss@Evil-Site.com' },
            // Typed in the field, trusted as typed: no label needed.
            { kind: 'account', platform: 'telegram', value: 'against' },
          ],
        },
      ],
    });
    expect(
      all.map((i) => `${i.source} ${i.kind} ${i.value} ${i.matchedAs} ${i.confidence} ${i.linkable}`),
    ).toEqual([
      'structured phone +8613800138000 field high true',
      'structured account wechat:wxid_abc123 field high true',
      'structured account x:badguy99 field high true',
      'structured account facebook:somebody field high true',
      'structured domain facebook.com url-domain high false',
      'structured email boss@evil-site.com field high true',
      'structured domain evil-site.com email-domain high true',
      'structured account telegram:against field high true',
      'narrative account telegram:watcher_01 labelled-id high true',
      'narrative email spy@evil-site.com email high true',
    ]);
  });
});

describe('what a searched text is', () => {
  it('an address or a link, not every report on its domain; an implied domain when nothing else is given', () => {
    const own = (text: string) => ownIdentifiers(found(text)).map((i) => `${i.kind} ${i.value}`);
    expect(own('spy@example.org')).toEqual(['email spy@example.org']);
    expect(own('t.me/homeland_callers')).toEqual(['account telegram:homeland_callers']);
    expect(own('https://example.org/list?id=44')).toEqual(['url example.org/list?id=44']);
    expect(own('@example.org')).toEqual(['domain example.org']);
  });
});
