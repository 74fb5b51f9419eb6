/**
 * A labelled corpus for the named-actor matcher: short reports as people write them, in English, French and
 * Chinese (simplified and traditional, with pinyin and Cantonese spellings), naming registered principals
 * and agents of the FARA sample (testing/fara), actors no register lists, look-alike names and ordinary
 * words. Written for this test; every name of a person or place in it is invented.
 *
 * `registered`: the registered actors the report names (labels of ACTOR_LABELS), nothing else.
 * `unregistered`: known actors for the suspected state that no register lists (alias-table group ids).
 */

export type Labelled = {
  language: 'en' | 'fr' | 'zh';
  narrative: string;
  organisation?: string;
  description?: string;
  registered: string[];
  unregistered?: string[];
};

/** Which register principals (and their registrants) each label stands for. */
export const ACTOR_LABELS: Record<string, RegExp> = {
  xinhua: /Xinhua/i,
  cctv: /^(CCTV|CCTV America|China Global Television Network \(CGTN\))$/,
  'peoples-daily': /People's Daily|Renmin Ribao/,
  'china-daily': /China Daily/,
  cri: /China Radio International/,
  rt: /TV[- ]?Novosti/,
  sputnik: /Rossiya Segodnya|RIA Novosti/i,
  'press-tv': /Press TV/,
  'sing-tao': /Sing Tao/,
  cofa: /Chinese Overseas Friendship Association/,
  xinmin: /Xin ?Min/i,
};

export const CORPUS: readonly Labelled[] = [
  // ---- English: registered principals and agents, as people spell them
  {
    language: 'en',
    narrative: 'A Xinhua reporter kept filming my face at the Tiananmen vigil in Nathan Phillips Square.',
    registered: ['xinhua'],
  },
  {
    language: 'en',
    narrative: 'Two men said they were from Xinhua News Agency North America and asked for my student ID.',
    registered: ['xinhua'],
  },
  {
    language: 'en',
    narrative: 'They told my mother in Fuzhou that Xinhua would publish my photo as a separatist.',
    registered: ['xinhua'],
  },
  {
    language: 'en',
    narrative: 'Someone posted my address under a xinhua news article on weibo and told people to visit me.',
    registered: ['xinhua'],
  },
  {
    language: 'en',
    narrative: 'A CCTV crew came to our protest outside the consulate and zoomed in on every face.',
    registered: ['cctv'],
  },
  {
    language: 'en',
    narrative: 'CGTN aired a clip of me and called me a traitor. My relatives saw it back home.',
    registered: ['cctv'],
  },
  {
    language: 'en',
    narrative:
      'The guy said he worked for China Central Television and wanted to interview me about my father.',
    registered: ['cctv'],
  },
  {
    language: 'en',
    narrative: 'a cgtn camera guy followed me to the subway after the hong kong rally',
    registered: ['cctv'],
  },
  {
    language: 'en',
    narrative: 'The People’s Daily ran an op-ed naming our group and my cousin was questioned the next day.',
    registered: ['peoples-daily'],
  },
  {
    language: 'en',
    narrative: "My uncle sent me a People's Daily article with my name circled and said stop or else.",
    registered: ['peoples-daily'],
  },
  {
    language: 'en',
    narrative: 'A China Daily journalist messaged me on WeChat asking where I live now.',
    registered: ['china-daily'],
  },
  {
    language: 'en',
    narrative: 'They played a China Radio International recording of my brother denouncing me.',
    registered: ['cri'],
  },
  {
    language: 'en',
    narrative: 'I was called by someone from CRI English who wanted to know who funds our association.',
    registered: ['cri'],
  },
  {
    language: 'en',
    narrative: 'A reporter from RT America showed up at our Uyghur community event and filmed the children.',
    registered: ['rt'],
  },
  {
    language: 'en',
    narrative: 'Russia Today published my picture and said I work for foreign intelligence.',
    registered: ['rt'],
  },
  {
    language: 'en',
    narrative: 'After my talk a Sputnik News correspondent asked for the names of the other speakers.',
    registered: ['sputnik'],
  },
  {
    language: 'en',
    narrative: 'Press TV broadcast an interview with my ex-husband accusing me of spying.',
    registered: ['press-tv'],
  },
  {
    language: 'en',
    narrative: 'Sing Tao Daily printed that I was wanted by police, which is false.',
    registered: ['sing-tao'],
  },
  {
    language: 'en',
    narrative:
      'Members of the Chinese Overseas Friendship Association came to the restaurant and told the owner to fire me.',
    registered: ['cofa'],
  },
  { language: 'en', narrative: 'They followed me home.', organisation: 'Xinhua', registered: ['xinhua'] },
  {
    language: 'en',
    narrative: 'He photographed me at the memorial.',
    organisation: 'cctv america',
    registered: ['cctv'],
  },
  {
    language: 'en',
    narrative: 'She asked about my parents.',
    organisation: 'peoples daily overseas edition',
    registered: ['peoples-daily'],
  },
  {
    language: 'en',
    narrative: 'He threatened my sister.',
    description: 'says he is a stringer for Xinhua in Vancouver',
    registered: ['xinhua'],
  },
  {
    language: 'en',
    narrative: 'The Xinmin Evening News wrote that my shop sells separatist books.',
    registered: ['xinmin'],
  },
  {
    language: 'en',
    narrative: 'A Renmin Ribao reporter asked our pastor about me after the service.',
    registered: ['peoples-daily'],
  },
  {
    language: 'en',
    narrative: 'Someone from the New China News Agency called my office twice.',
    registered: ['xinhua'],
  },

  // ---- French
  {
    language: 'fr',
    narrative: 'Un journaliste de l’agence Xinhua m’a photographié pendant la veillée à Montréal.',
    registered: ['xinhua'],
  },
  {
    language: 'fr',
    narrative: 'Une équipe de CCTV a filmé tous les manifestants devant le consulat.',
    registered: ['cctv'],
  },
  {
    language: 'fr',
    narrative: 'CGTN Français a diffusé mon visage en disant que je suis un traître.',
    registered: ['cctv'],
  },
  {
    language: 'fr',
    narrative: 'Le Quotidien du peuple a publié un article qui donne le nom de mon association.',
    registered: ['peoples-daily'],
  },
  {
    language: 'fr',
    narrative: 'Un homme de l’agence Chine nouvelle a demandé à ma logeuse où je travaille.',
    registered: ['xinhua'],
  },
  {
    language: 'fr',
    narrative: 'Radio Chine internationale a diffusé un enregistrement de ma mère qui me demande de rentrer.',
    registered: ['cri'],
  },
  {
    language: 'fr',
    narrative: 'Un journaliste de RT France m’a suivi jusqu’à l’université.',
    registered: ['rt'],
  },
  {
    language: 'fr',
    narrative: 'La Télévision centrale de Chine a montré ma photo au journal télévisé.',
    registered: ['cctv'],
  },
  {
    language: 'fr',
    narrative: 'Il m’a menacée devant chez moi.',
    organisation: 'Agence de presse Xinhua',
    registered: ['xinhua'],
  },
  {
    language: 'fr',
    narrative: 'Ils ont pris des photos de nous.',
    organisation: 'China Daily',
    registered: ['china-daily'],
  },

  // ---- Chinese (simplified, traditional), pinyin, Cantonese romanisation
  {
    language: 'zh',
    narrative: '悼念活动结束后，新华社的记者一直跟着我拍照，还问我的学校。',
    registered: ['xinhua'],
  },
  { language: 'zh', narrative: '央视记者在领事馆门口拍了每一个抗议者的脸。', registered: ['cctv'] },
  {
    language: 'zh',
    narrative: '中央電視台播出了我的照片，說我是漢奸，家裡人都看到了。',
    registered: ['cctv'],
  },
  { language: 'zh', narrative: '人民日报海外版登了一篇文章点我的名字。', registered: ['peoples-daily'] },
  { language: 'zh', narrative: '我姐姐說《人民日報》的人去她單位找她談話。', registered: ['peoples-daily'] },
  { language: 'zh', narrative: '中国国际广播电台播放了我父亲的录音，让我回国。', registered: ['cri'] },
  { language: 'zh', narrative: '新華社駐多倫多的記者在集會上一直拍我。', registered: ['xinhua'] },
  { language: 'zh', narrative: '星岛日报说我被警方通缉，完全是假的。', registered: ['sing-tao'] },
  { language: 'zh', narrative: '中国日报的记者在微信上问我现在住哪里。', registered: ['china-daily'] },
  { language: 'zh', narrative: '他们说自己是 CGTN 的，要采访我关于我哥哥的事。', registered: ['cctv'] },
  { language: 'zh', narrative: '有人在群里说 Xinhua She 会报道我们的活动。', registered: ['xinhua'] },
  { language: 'zh', narrative: '佢哋話係 Sun Wah Se 嘅記者，影咗我哋所有人。', registered: ['xinhua'] },
  { language: 'zh', narrative: '他跟踪我到家门口。', organisation: '新华社', registered: ['xinhua'] },
  { language: 'zh', narrative: '他拍了我的學生證。', organisation: '中國中央電視台', registered: ['cctv'] },
  { language: 'zh', narrative: '新民晚报写我的店卖反动书籍。', registered: ['xinmin'] },

  // ---- Actors no register lists (never a registered match)
  {
    language: 'en',
    narrative:
      'The Chinese Students and Scholars Association president told me to stop posting or they would tell the embassy.',
    registered: [],
    unregistered: ['cssa'],
  },
  { language: 'en', narrative: 'People from the Global Times called my landlord.', registered: [] },
  {
    language: 'en',
    narrative:
      'The China Council for the Promotion of Peaceful National Reunification organised a counter-protest and filmed us.',
    registered: [],
    unregistered: ['ccppnr'],
  },
  {
    language: 'en',
    narrative: 'A man from the Fuzhou hometown association warned me at the supermarket.',
    organisation: 'Fuzhou Fellow Townsmen Association of Ontario',
    registered: [],
  },
  {
    language: 'fr',
    narrative: 'L’Association des étudiants et chercheurs chinois a diffusé ma photo dans un groupe WeChat.',
    registered: [],
    unregistered: ['cssa'],
  },
  {
    language: 'zh',
    narrative: '学生学者联合会的人警告我不要再参加活动。',
    registered: [],
    unregistered: ['cssa'],
  },
  { language: 'zh', narrative: '同乡会的会长打电话给我妈妈。', registered: [] },
  { language: 'zh', narrative: '环球时报发了我的照片。', registered: [] },
  {
    language: 'zh',
    narrative: '中新社的记者问我认不认识其他参加者。',
    registered: [],
    unregistered: ['china-news-service'],
  },

  // ---- Look-alike names
  {
    language: 'en',
    narrative: 'I used to work at the Xinhua Bookstore in Beijing before I moved here.',
    registered: [],
  },
  { language: 'zh', narrative: '我以前在新华书店工作，后来移民了。', registered: [] },
  { language: 'zh', narrative: '我妈妈在新华医院上班，警察去医院找她。', registered: [] },
  {
    language: 'en',
    narrative:
      'My father worked for Xinhua Daily in Nanjing, a provincial paper, and was pressured to call me.',
    registered: [],
  },
  {
    language: 'en',
    narrative: 'The police showed me CCTV footage of me entering the consulate.',
    registered: [],
  },
  { language: 'en', narrative: 'They said they had me on CCTV cameras at the airport.', registered: [] },
  { language: 'en', narrative: 'A China Daily Mail blog repeated the lies about me.', registered: [] },
  {
    language: 'en',
    narrative: 'A person on Weibo kept asking me to RT their posts about the rally.',
    registered: [],
  },

  // ---- Ordinary words
  {
    language: 'en',
    narrative: 'In China daily life for my parents became very hard after I spoke out.',
    registered: [],
  },
  {
    language: 'en',
    narrative: 'I worry about the people’s daily struggles back home and about my own safety.',
    registered: [],
  },
  {
    language: 'en',
    narrative: 'The embassy of the People’s Republic of China sent a letter to my university.',
    registered: [],
  },
  {
    language: 'en',
    narrative: 'A student association at my college posted my photo.',
    organisation: 'student association',
    registered: [],
  },
  { language: 'en', narrative: 'These are difficult global times; the press ignores us.', registered: [] },
  {
    language: 'fr',
    narrative: 'J’ai poussé un cri quand j’ai vu la photo de ma mère sur le groupe.',
    registered: [],
  },
  {
    language: 'fr',
    narrative: 'Une télévision chinoise a filmé la manifestation, je ne sais pas laquelle.',
    registered: [],
  },
  { language: 'zh', narrative: '中国政府的人威胁我的家人。', registered: [] },
  { language: 'zh', narrative: '他们说我是人民的敌人，每天都打电话。', registered: [] },
];
