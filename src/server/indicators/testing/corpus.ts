import type { IndicatorKind } from '../../../shared/taxonomy.ts';
import type { Platform } from '../normalise.ts';

/**
 * A small labelled corpus of narratives, written the way people targeted write to the focal point: in
 * English, French, Chinese (Simplified and Traditional), Russian, Persian and Arabic, with the same
 * dedicated sites, mailboxes, accounts, numbers and servers written in different ways, and with the
 * ordinary mentions that must NOT become identifiers — platform names in sentences, a mail provider or a
 * URL shortener that many people use, a video site, a home router's address, two IDs one character apart.
 *
 * `expected` lists the identifiers that extraction should offer for linking, in their normalised form:
 * the registrable domain of a dedicated site (never that of a shared service such as gmail.com, bit.ly
 * or youtube.com), the URL when it has a path, the e-mail address, the account, the E.164 number, the
 * public IP address. `shares` names the real infrastructure a narrative mentions: narratives that share a
 * tag are about the same perpetrators' infrastructure and should end up linked; no other pair should.
 *
 * Every name, number and address here is invented for the test.
 */

export type CorpusIdentifier = { kind: IndicatorKind; platform?: Platform; value: string };

export type CorpusEntry = {
  id: string;
  language: 'en' | 'fr' | 'zh-Hans' | 'zh-Hant' | 'ru' | 'fa' | 'ar';
  suspectedState?: string;
  narrative: string;
  expected: CorpusIdentifier[];
  shares?: string[];
};

const DOX_SITE = 'truth-about-traitors.net';
const phoneA = { kind: 'phone', value: '+8615102713384' } as const;
const doxDomain = { kind: 'domain', value: DOX_SITE } as const;
const tgA = { kind: 'account', platform: 'telegram', value: 'telegram:homeland_callers' } as const;
const wxA = { kind: 'account', platform: 'wechat', value: 'wechat:wxid_k8m2p9x4' } as const;
const wxB = { kind: 'account', platform: 'wechat', value: 'wechat:lao_zhou_1961' } as const;
const qqA = { kind: 'account', platform: 'qq', value: 'qq:2847561930' } as const;
const xA = { kind: 'account', platform: 'x', value: 'x:redlantern_88' } as const;
const igA = { kind: 'account', platform: 'instagram', value: 'instagram:mei.lin.watch' } as const;
const mailA = { kind: 'email', value: 'patriot.reminder@proton.me' } as const;
const ipA = { kind: 'ip', value: '185.234.72.19' } as const;
const videoA = { kind: 'url', value: 'youtube.com/watch?v=Qx7bT2kLm9A' } as const;
const doxB = { kind: 'domain', value: 'hanjian-baoguang.com' } as const;

export const CORPUS: readonly CorpusEntry[] = [
  // --- English
  {
    id: 'en-01',
    language: 'en',
    narrative:
      'Since March I get calls from +86 151 0271 3384 at 3am. The man knows the name of my sister’s school in Chengdu and says she will "have problems" if I keep posting.',
    expected: [phoneA],
    shares: ['phone-A'],
  },
  {
    id: 'en-02',
    language: 'en',
    narrative:
      'Someone made a page about me on https://truth-about-traitors.net/list?id=44 with my photo, my home address and my parents’ names. My friends found it through a link in a WeChat group.',
    expected: [{ kind: 'url', value: `${DOX_SITE}/list?id=44` }, doxDomain],
    shares: ['dox-site'],
  },
  {
    id: 'en-03',
    language: 'en',
    narrative:
      'The threats on WeChat against my family started after I spoke at the vigil. My mother was visited twice by the police back home.',
    expected: [],
  },
  {
    id: 'en-04',
    language: 'en',
    narrative:
      'People on Telegram and Facebook told me to stop or my brother would lose his job at the state company.',
    expected: [],
  },
  {
    id: 'en-05',
    language: 'en',
    narrative:
      'I got an email from patriot.reminder@proton.me with a picture of my apartment door. It said "we know where you sleep".',
    expected: [mailA],
    shares: ['mailbox-A'],
  },
  {
    id: 'en-06',
    language: 'en',
    narrative:
      'A Telegram account @homeland_callers keeps posting my student ID card and calling me a traitor to the motherland.',
    expected: [tgA],
    shares: ['telegram-A'],
  },
  {
    id: 'en-07',
    language: 'en',
    narrative:
      'They run a channel at t.me/Homeland_Callers where they post screenshots of our private group chat.',
    expected: [tgA],
    shares: ['telegram-A'],
  },
  {
    id: 'en-08',
    language: 'en',
    narrative:
      'I reported this to Gmail but the messages keep coming from different gmail addresses, the last one was lily.w.2024@gmail.com',
    expected: [{ kind: 'email', value: 'lilyw2024@gmail.com' }],
  },
  {
    id: 'en-09',
    language: 'en',
    narrative:
      'Another student in my program also got emails, from zhao.helper88@gmail.com, but we do not think it is the same person.',
    expected: [{ kind: 'email', value: 'zhaohelper88@gmail.com' }],
  },
  {
    id: 'en-10',
    language: 'en',
    narrative:
      'The video about me was on YouTube: https://www.youtube.com/watch?v=Qx7bT2kLm9A — it has been viewed 40k times and the comments give my workplace.',
    expected: [videoA],
    shares: ['video-A'],
  },
  {
    id: 'en-11',
    language: 'en',
    narrative:
      'Someone sent me a bit.ly link (bit.ly/3Fq8ZrT) that opened a fake login page for my university account.',
    expected: [{ kind: 'url', value: 'bit.ly/3Fq8ZrT' }],
    shares: ['short-link-A'],
  },
  {
    id: 'en-12',
    language: 'en',
    narrative:
      'The link my friend got was https://bit.ly/4KdW2pQ, different from mine, but it also asked for her password.',
    expected: [{ kind: 'url', value: 'bit.ly/4KdW2pQ' }],
  },
  {
    id: 'en-13',
    language: 'en',
    narrative:
      'My friend who works in IT checked the email headers: it came from 185.234.72.19, a server in Europe, not from China directly.',
    expected: [ipA],
    shares: ['ip-A'],
  },
  {
    id: 'en-14',
    language: 'en',
    narrative:
      'My router at home (192.168.0.1) showed a login from 10.0.0.23, but my landlord says that is just his laptop. I changed the password anyway.',
    expected: [],
  },
  {
    id: 'en-15',
    language: 'en',
    narrative:
      'The harasser’s WeChat ID is wxid_k8m2p9x4, he added me pretending to be from the consulate and asked where I live now.',
    expected: [wxA],
    shares: ['wechat-A'],
  },
  {
    id: 'en-16',
    language: 'en',
    narrative:
      'The account that added my cousin was wxid_k8m2p9x5 — almost the same as the one that added me, but one letter different.',
    expected: [{ kind: 'account', platform: 'wechat', value: 'wechat:wxid_k8m2p9x5' }],
  },
  {
    id: 'en-17',
    language: 'en',
    narrative: 'On X, @RedLantern_88 posted my address and tagged my employer in every post.',
    expected: [xA],
    shares: ['x-A'],
  },
  {
    id: 'en-18',
    language: 'en',
    narrative: 'They also messaged my boss from twitter.com/redlantern_88 saying I was a spy for foreigners.',
    expected: [xA],
    shares: ['x-A'],
  },
  {
    id: 'en-19',
    language: 'en',
    narrative:
      'A QQ user, QQ: 2847561930, sent my mum a photo of me at the protest in front of the consulate.',
    expected: [qqA],
    shares: ['qq-A'],
  },
  {
    id: 'en-20',
    language: 'en',
    narrative:
      'The website hxxps://www.truth-about-traitors[.]net/page/2 now lists my roommate too (I defanged the link like the digital security trainer told us).',
    expected: [{ kind: 'url', value: `${DOX_SITE}/page/2` }, doxDomain],
    shares: ['dox-site'],
  },
  {
    id: 'en-21',
    language: 'en',
    narrative:
      'I searched on Google and Baidu for my name and found lots of fake news about me on sites I never heard of.',
    expected: [],
  },
  {
    id: 'en-22',
    language: 'en',
    narrative:
      'A man calling himself Mr. Wang wrote to me from info@truth-about-traitors.net asking me to "correct" my statements.',
    expected: [{ kind: 'email', value: `info@${DOX_SITE}` }, doxDomain],
    shares: ['dox-site'],
  },
  {
    id: 'en-23',
    language: 'en',
    narrative: 'The account instagram.com/mei.lin.watch is posting pictures of me leaving class.',
    expected: [igA],
    shares: ['instagram-A'],
  },
  {
    id: 'en-24',
    language: 'en',
    narrative:
      'He said Telegram is the best way to reach him and that WhatsApp is not safe. I did not answer on either.',
    expected: [],
  },
  {
    id: 'en-25',
    language: 'en',
    narrative: 'there is a blog at doxxed-students.wordpress.com that names 12 of us and our hometowns',
    expected: [{ kind: 'domain', value: 'doxxed-students.wordpress.com' }],
  },

  // --- French
  {
    id: 'fr-01',
    language: 'fr',
    narrative: 'On me menace sur WeChat depuis des mois, toujours le même ton, toujours la nuit.',
    expected: [],
  },
  {
    id: 'fr-02',
    language: 'fr',
    narrative: 'Le site truth-about-traitors[.]net publie mon adresse et celle de mes parents.',
    expected: [doxDomain],
    shares: ['dox-site'],
  },
  {
    id: 'fr-03',
    language: 'fr',
    narrative: 'J’ai reçu des appels du 0086 151 0271 3384, une voix d’homme qui parle mandarin.',
    expected: [phoneA],
    shares: ['phone-A'],
  },
  {
    id: 'fr-04',
    language: 'fr',
    narrative: 'Le compte Instagram : mei.lin.watch m’a suivie pendant une semaine puis a publié mes photos.',
    expected: [igA],
    shares: ['instagram-A'],
  },
  {
    id: 'fr-05',
    language: 'fr',
    narrative: 'Un courriel de Patriot.Reminder@proton.me disait que ma famille « paierait ».',
    expected: [mailA],
    shares: ['mailbox-A'],
  },
  {
    id: 'fr-06',
    language: 'fr',
    narrative: 'Ils m’écrivent sur Telegram et Instagram, jamais avec le même compte.',
    expected: [],
  },
  {
    id: 'fr-07',
    language: 'fr',
    narrative: 'Mon ami a vérifié : le serveur du site est à l’adresse 185.234.72.19.',
    expected: [ipA],
    shares: ['ip-A'],
  },
  {
    id: 'fr-08',
    language: 'fr',
    narrative: 'Sur X, le compte @redlantern_88 m’a traité de traître devant mes collègues.',
    expected: [xA],
    shares: ['x-A'],
  },
  {
    id: 'fr-09',
    language: 'fr',
    narrative:
      'Ils utilisent un lien raccourci bit.ly/3Fq8ZrT qui mène vers un faux formulaire de l’ambassade.',
    expected: [{ kind: 'url', value: 'bit.ly/3Fq8ZrT' }],
    shares: ['short-link-A'],
  },
  {
    id: 'fr-10',
    language: 'fr',
    narrative: 'Mon WeChat : je ne l’utilise plus depuis l’été, ils m’ont trouvée ailleurs.',
    expected: [],
  },
  {
    id: 'fr-11',
    language: 'fr',
    narrative:
      'Une vidéo YouTube (https://youtu.be/Qx7bT2kLm9A) me montre à la manifestation avec mon nom en gros.',
    expected: [videoA],
    shares: ['video-A'],
  },
  {
    id: 'fr-12',
    language: 'fr',
    narrative:
      'Le courriel venait d’une adresse en @truth-about-traitors.net, je ne me souviens plus du début.',
    expected: [doxDomain],
    shares: ['dox-site'],
  },
  {
    id: 'fr-13',
    language: 'fr',
    narrative: 'Numéro WhatsApp : +33 6 12 48 90 77, il se présente comme « un ami de la communauté ».',
    expected: [
      { kind: 'account', platform: 'whatsapp', value: 'whatsapp:+33612489077' },
      { kind: 'phone', value: '+33612489077' },
    ],
  },
  {
    id: 'fr-14',
    language: 'fr',
    narrative:
      'Mon adresse est sur un site, truth-about-traitor.net (sans s), c’est peut-être un autre site que celui des autres.',
    expected: [{ kind: 'domain', value: 'truth-about-traitor.net' }],
  },
  {
    id: 'fr-15',
    language: 'fr',
    narrative: 'J’ai reçu un mail de mon fournisseur (wanadoo.fr) disant que ma boîte était pleine.',
    expected: [],
  },

  // --- Simplified Chinese
  {
    id: 'zh-01',
    language: 'zh-Hans',
    narrative: '他们在微信上威胁我的家人，说要让我爸爸丢工作。',
    expected: [],
  },
  {
    id: 'zh-02',
    language: 'zh-Hans',
    narrative: '有人在truth-about-traitors.net上发布了我的照片和住址。',
    expected: [doxDomain],
    shares: ['dox-site'],
  },
  {
    id: 'zh-03',
    language: 'zh-Hans',
    narrative: '对方微信号：Lao_Zhou_1961，自称是国保，让我回国“喝茶”。',
    expected: [wxB],
    shares: ['wechat-B'],
  },
  {
    id: 'zh-04',
    language: 'zh-Hans',
    narrative: '加我的人微信是wxid_k8m2p9x4，说是领事馆的工作人员。',
    expected: [wxA],
    shares: ['wechat-A'],
  },
  {
    id: 'zh-05',
    language: 'zh-Hans',
    narrative: 'QQ号 2847561930 给我妈发了我在集会上的照片。',
    expected: [qqA],
    shares: ['qq-A'],
  },
  {
    id: 'zh-06',
    language: 'zh-Hans',
    narrative: '他们用邮箱2847561930@qq.com给我发恐吓信。',
    expected: [{ kind: 'email', value: '2847561930@qq.com' }, qqA],
    shares: ['qq-A'],
  },
  {
    id: 'zh-07',
    language: 'zh-Hans',
    narrative: '电话是15102713384，每次都是半夜打来。',
    expected: [phoneA],
    shares: ['phone-A'],
  },
  {
    id: 'zh-08',
    language: 'zh-Hans',
    narrative: '我在微博和抖音上都被人骂是汉奸，还有人说要来学校找我。',
    expected: [],
  },
  {
    id: 'zh-09',
    language: 'zh-Hans',
    narrative:
      '网站hanjian-baoguang.com把我们几个留学生的名字都列出来了，链接是 https://hanjian-baoguang.com/post/731 。',
    expected: [doxB, { kind: 'url', value: 'hanjian-baoguang.com/post/731' }],
    shares: ['dox-B'],
  },
  {
    id: 'zh-10',
    language: 'zh-Hans',
    narrative: '电报频道 t.me/homeland_callers 天天发我的学生证。',
    expected: [tgA],
    shares: ['telegram-A'],
  },
  {
    id: 'zh-11',
    language: 'zh-Hans',
    narrative: '抖音号：dy_fengzi2023 一直私信骂我。',
    expected: [{ kind: 'account', platform: 'douyin', value: 'douyin:dy_fengzi2023' }],
  },
  {
    id: 'zh-12',
    language: 'zh-Hans',
    narrative: '他用163邮箱给我写信，地址我记不清了。',
    expected: [],
  },

  // --- Traditional Chinese
  {
    id: 'zh-h1',
    language: 'zh-Hant',
    narrative: '對方的微信號：Lao_Zhou_1961，一直傳訊息威脅我。',
    expected: [wxB],
    shares: ['wechat-B'],
  },
  {
    id: 'zh-h2',
    language: 'zh-Hant',
    narrative: '有人在 hanjian-baoguang(dot)com 上公開了我的地址。',
    expected: [doxB],
    shares: ['dox-B'],
  },
  {
    id: 'zh-h3',
    language: 'zh-Hant',
    narrative: '他們在臉書和推特上說我是叛徒。',
    expected: [],
  },
  {
    id: 'zh-h4',
    language: 'zh-Hant',
    narrative: '推特 @RedLantern_88 發了我家的照片。',
    expected: [xA],
    shares: ['x-A'],
  },
  {
    id: 'zh-h5',
    language: 'zh-Hant',
    narrative: '電話＋８６ １５１ ０２７１ ３３８４ 打來三次。',
    expected: [phoneA],
    shares: ['phone-A'],
  },

  // --- Russian
  {
    id: 'ru-1',
    language: 'ru',
    narrative: 'Мне пишут в Телеграме и в WhatsApp, угрожают родителям.',
    expected: [],
  },
  {
    id: 'ru-2',
    language: 'ru',
    narrative: 'Канал в телеграме @homeland_callers выложил мой адрес.',
    expected: [tgA],
    shares: ['telegram-A'],
  },
  {
    id: 'ru-3',
    language: 'ru',
    narrative: 'Письмо пришло с адреса patriot.reminder@proton.me, там была фотография моей двери.',
    expected: [mailA],
    shares: ['mailbox-A'],
  },
  {
    id: 'ru-4',
    language: 'ru',
    narrative: 'Сайт truth-about-traitors[.]net, сервер 185.234.72.19.',
    expected: [doxDomain, ipA],
    shares: ['dox-site', 'ip-A'],
  },

  // --- Persian
  {
    id: 'fa-1',
    language: 'fa',
    suspectedState: 'IR',
    narrative: 'در تلگرام و اینستاگرام تهدید شدم که خانواده‌ام را اذیت می‌کنند.',
    expected: [],
  },
  {
    id: 'fa-2',
    language: 'fa',
    suspectedState: 'IR',
    narrative: 'شماره‌ای که با من تماس گرفت: +۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹',
    expected: [{ kind: 'phone', value: '+989123456789' }],
  },
  {
    id: 'fa-3',
    language: 'fa',
    suspectedState: 'IR',
    narrative: 'آیدی تلگرام: @homeland_callers پیام‌های تهدیدآمیز می‌فرستد.',
    expected: [tgA],
    shares: ['telegram-A'],
  },
  {
    id: 'fa-4',
    language: 'fa',
    suspectedState: 'IR',
    narrative: 'سایت hxxp://truth-about-traitors[.]net/list?id=44 اطلاعات مرا منتشر کرده است.',
    expected: [{ kind: 'url', value: `${DOX_SITE}/list?id=44` }, doxDomain],
    shares: ['dox-site'],
  },

  // --- Arabic
  {
    id: 'ar-1',
    language: 'ar',
    suspectedState: 'AE',
    narrative: 'وصلتني رسائل تهديد على واتساب من الرقم +٩٧١ ٥٠ ١٢٣ ٤٥٦٧ بعد المظاهرة.',
    expected: [{ kind: 'phone', value: '+971501234567' }],
  },
];
