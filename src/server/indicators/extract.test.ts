import { describe, expect, it } from 'vitest';
import { extractFromReport, extractFromText } from './extract.ts';

const values = (text: string) => extractFromText(text, { originState: 'CN' }).map((i) => i.value);

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
      'x:badguy99',
      '+14165550100',
    ]);
  });

  it('French', () => {
    expect(
      values(
        'Le 3 octobre 2026, le numéro 0086-138-0013-8000 m’a appelé. Compte Twitter : @BadGuy99, site evil-site.com. IP 203.0.113.7.',
      ),
    ).toEqual(['+8613800138000', 'x:badguy99', 'evil-site.com', '203.0.113.7']);
  });

  it('Simplified Chinese: no spaces, full-width digits, WeChat and QQ by context', () => {
    expect(
      values(
        '他用微信号：wxid_abc12345联系我，电话是13800138000，还有ＱＱ：１２３４５６７８９，网站https://evil-site.com/login然后威胁我。',
      ),
    ).toEqual(['wechat:wxid_abc12345', '+8613800138000', 'qq:123456789', 'evil-site.com/login']);
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
    ).toEqual(['+8613800138000', 'spy@evil-site.com', 'telegram:uyghur_watch']);
    expect(values('تېلېفون: +٨٦ ١٣٨ ٠٠١٣ ٨٠٠٠')).toEqual(['+8613800138000']);
  });

  it('platform links, WhatsApp, YouTube, Facebook, Douyin, Weibo, TikTok and IPv6', () => {
    expect(
      values(
        'WhatsApp: +1 613 555 0199, wa.me/16135550199, t.me/SomeChannel, https://youtube.com/@BadTube, ' +
          'https://www.facebook.com/profile.php?id=1000123 and 2001:db8::1; 抖音号：dy_user1 ; weibo.com/u/123456789 ; tiktok.com/@Tok_User?lang=en',
      ),
    ).toEqual([
      'whatsapp:+16135550199',
      '+16135550199',
      'telegram:somechannel',
      'youtube:badtube',
      'facebook:1000123',
      '2001:db8::1',
      'douyin:dy_user1',
      'weibo:123456789',
      'tiktok:tok_user',
    ]);
  });

  it('does not mistake dates, times, amounts, private addresses or file names for identifiers', () => {
    expect(
      values(
        'Le 2026-10-01 à 10:30:15, j’ai payé 1 500 $ pour report.pdf; routeur 192.168.1.1, version 3.2.1',
      ),
    ).toEqual([]);
  });

  it('digits in a URL or a QQ number are not also a phone number', () => {
    expect(values('QQ号 13800138000 and https://evil.example/u/13800138000')).toEqual([
      'qq:13800138000',
      'evil.example/u/13800138000',
    ]);
  });
});

describe('extraction from a whole report', () => {
  it('reads structured indicators by their kind, and the narrative and descriptions as text', () => {
    const found = extractFromReport({
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
          ],
        },
      ],
    });
    expect(found).toEqual([
      { kind: 'phone', value: '+8613800138000', source: 'structured' },
      { kind: 'account', platform: 'wechat', value: 'wechat:wxid_abc123', source: 'structured' },
      { kind: 'account', platform: 'x', value: 'x:badguy99', source: 'structured' },
      { kind: 'account', platform: 'facebook', value: 'facebook:somebody', source: 'structured' },
      { kind: 'account', platform: 'telegram', value: 'telegram:watcher_01', source: 'narrative' },
      { kind: 'email', value: 'spy@evil-site.com', source: 'narrative' },
    ]);
  });
});
