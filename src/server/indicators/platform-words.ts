import type { Platform } from './normalise.ts';

/**
 * How people name platforms and label their identifiers, in the intake languages: English, French,
 * Chinese (Simplified and Traditional), Tibetan, Uyghur, and Russian, Persian, Arabic and Punjabi. Each
 * entry is a regular-expression fragment (case-insensitive); Russian names take their case endings
 * (телеграм, в телеграме), Persian and Arabic their spellings with and without the zero-width joiner,
 * which cleanText removes anyway.
 */
export const PLATFORM_WORDS: readonly { platform: Platform; words: readonly string[] }[] = [
  {
    platform: 'wechat',
    words: [
      '微信',
      'weixin',
      'wechat',
      'we chat',
      'ئۈندىدار',
      'ۋىچات',
      'སྐད་འཕྲིན',
      'вичат[а-яё]*',
      'ویچت',
      'وي ?تشات',
    ],
  },
  { platform: 'qq', words: ['qq', '扣扣'] },
  { platform: 'weibo', words: ['微博', 'weibo', 'вейбо', 'ویبو'] },
  {
    platform: 'telegram',
    words: [
      'telegram',
      '电报',
      '電報',
      'تېلېگرام',
      'телеграм[а-яё]*',
      'телега',
      'тг',
      'تلگرام',
      'تلغرام',
      'تيليجرام',
      'تليجرام',
      'تلجرام',
      'ਟੈਲੀਗ੍ਰਾਮ',
    ],
  },
  { platform: 'douyin', words: ['抖音', 'douyin'] },
  { platform: 'tiktok', words: ['tiktok', 'tik tok', 'тикток[а-яё]*', 'تیک ?تاک', 'تيك ?توك', 'ਟਿਕਟੌਕ'] },
  {
    platform: 'instagram',
    words: [
      'instagram',
      'insta',
      'ig',
      'инстаграм[а-яё]*',
      'инст[аеуы]',
      'اینستاگرام',
      'اینستا',
      'انستغرام',
      'إنستغرام',
      'انستقرام',
      'ਇੰਸਟਾਗ੍ਰਾਮ',
    ],
  },
  {
    platform: 'facebook',
    words: [
      'facebook',
      'fb',
      '脸书',
      '臉書',
      'فېيسبۇك',
      'фейсбук[а-яё]*',
      'فیس ?بوک',
      'فيسبوك',
      'فيس بوك',
      'ਫੇਸਬੁੱਕ',
    ],
  },
  { platform: 'youtube', words: ['youtube', '油管', 'ютуб[а-яё]*', 'یوتیوب', 'يوتيوب', 'ਯੂਟਿਊਬ'] },
  {
    platform: 'whatsapp',
    words: [
      'whatsapp',
      'whats app',
      'вотсап[а-яё]*',
      'ватсап[а-яё]*',
      'вацап[а-яё]*',
      'واتس ?اپ',
      'واتس ?اب',
      'ਵਟਸਐਪ',
    ],
  },
  {
    platform: 'x',
    words: ['twitter', '推特', 'x\\.com', 'x \\(twitter\\)', 'твиттер[а-яё]*', 'توییتر', 'تويتر', 'ਟਵਿੱਟਰ'],
  },
];

/**
 * Words that label an identifier. STRONG labels say "this is the name" (ID, username, 号, ник, آیدی):
 * what follows them is an identifier unless it is a function word. WEAK labels name a thing that has
 * an identifier (account, compte, number, аккаунт, حساب): people also write "my Instagram account was
 * hacked", so what follows a weak label must look like an identifier.
 */
export const STRONG_LABELS: readonly string[] = [
  'id',
  'user ?id',
  'user ?name',
  'username',
  'handle',
  'identifiant',
  'pseudo',
  "nom d['’]utilisateur",
  '号',
  '號',
  '账号',
  '帳號',
  '帐号',
  '用户名',
  '用戶名',
  '微信号',
  'ид',
  'айди',
  'ник',
  'никнейм',
  'логин',
  'юзернейм',
  'имя пользователя',
  'آیدی',
  'آی دی',
  'ای دی',
  'شناسه',
  'نام کاربری',
  'معرف',
  'اسم المستخدم',
  'ਆਈਡੀ',
  'ཨང་གྲངས',
];

export const WEAK_LABELS: readonly string[] = [
  'account',
  'profile',
  'channel',
  'page',
  'group',
  'number',
  'no\\.?',
  'compte',
  'profil',
  'chaîne',
  'canal',
  'numéro',
  'n°',
  '号码',
  '號碼',
  '账户',
  '帳戶',
  '帳户',
  '频道',
  '頻道',
  'аккаунт[а-яё]*',
  'профил[ья]',
  'канал[а-яё]*',
  'номер[а-яё]*',
  'حساب',
  'اکانت',
  'کانال',
  'شماره',
  'قناة',
  'رقم',
  'ਖਾਤਾ',
  'ਨੰਬਰ',
  'ھېسابات',
  'نومۇر',
];

/** Words between a label written first and the platform: "compte sur Instagram", "аккаунт в телеграме". */
export const LABEL_PLATFORM_LINKS: readonly string[] = [
  'de',
  'du',
  'sur',
  'on',
  'в',
  'во',
  'на',
  'در',
  'في',
  'على',
];

/** Separators between a label or platform and the identifier. COPULAS read as "is". */
export const COLONS = ':|=|–|—';
export const COPULAS: readonly string[] = ['is', 'was', 'est', 'était', 'это', 'است'];
/** Copulas of languages written without spaces. */
export const CJK_COPULAS = '是|为|為|叫';
