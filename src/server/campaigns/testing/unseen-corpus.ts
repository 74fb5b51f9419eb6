import type { ReportInputBody } from '../../../shared/contracts/report.ts';

/**
 * Reports the linking has never seen (issue 17), labelled with the truth: which reports belong to one
 * campaign. Written by a tester who had NOT read the extractor (src/server/indicators/extract.ts) — the
 * reports are written as victims write, not as the extractor expects: typos, long stories, identifiers
 * spelled every way people spell them (a page of a site, the bare site, defanged `hxxp`/`[.]`/`(dot)`,
 * a mailbox on the site, numbers with and without country code, spaces, dashes, parentheses, full-width
 * digits, @handles, labelled IDs, t.me and profile URLs), and traps: platforms named in ordinary
 * sentences, a shared mail provider, a URL shortener, a video site, a private address, values that
 * differ by one character. A minority also fill the form's identifier fields.
 *
 * Three sets (English, French, Chinese), 30 reports each. `campaign` is the truth (reports with the same
 * letter are one campaign); a report without one is unrelated to every other. All values are invented.
 */
export type UnseenReport = {
  label: string;
  campaign?: string;
  body: Partial<ReportInputBody> & { narrative: string };
};
export type UnseenSet = { name: string; reports: UnseenReport[] };

const en = (label: string, campaign: string | undefined, body: UnseenReport['body']): UnseenReport => ({
  label,
  ...(campaign ? { campaign } : {}),
  body: { language: 'en', suspectedState: 'CN', ...body },
});
const fr = (label: string, campaign: string | undefined, body: UnseenReport['body']): UnseenReport => ({
  label,
  ...(campaign ? { campaign } : {}),
  body: { language: 'fr', suspectedState: 'CN', ...body },
});
const zh = (label: string, campaign: string | undefined, body: UnseenReport['body']): UnseenReport => ({
  label,
  ...(campaign ? { campaign } : {}),
  body: { language: 'zh-Hans', suspectedState: 'CN', ...body },
});
const zht = (label: string, campaign: string | undefined, body: UnseenReport['body']): UnseenReport => ({
  label,
  ...(campaign ? { campaign } : {}),
  body: { language: 'zh-Hant', suspectedState: 'CN', ...body },
});

const ENGLISH: UnseenReport[] = [
  // A: a site made to dox Hong Kong activists abroad.
  en('en-A1', 'A', {
    narrative:
      'Last month a friend sent me a link, https://hk-traitors-exposed.com/profiles/2291 , and it has my photo, my home address in Richmond and the name of my employer. There is a "reward" for information about me. I have not slept properly since.',
  }),
  en('en-A2', 'A', {
    narrative:
      'I am a student organiser. Someone posted me on hxxps://www[.]hk-traitors-exposed[.]com/list (I defanged it like the IT office told me) together with about 40 other people from our diaspora group.',
  }),
  en('en-A3', 'A', {
    narrative:
      'my cousin found my name and my parents names on hk-traitors-exposed.com last week. they say i am a "rioter". my parents in shenzhen were visited by police two days after',
  }),
  en('en-A4', 'A', {
    narrative:
      'I got an email from editor@hk-traitors-exposed.com telling me to "confess publicly" or my file would be sent to my university. It used my old name that only family knows.',
  }),
  // B: one mainland mobile number, written four ways.
  en('en-B1', 'B', {
    narrative:
      'A man called me from +86 139 2233 4455 three times at night. He knew where my mother lives and said it would be "better for everyone" if I stopped going to the vigils.',
  }),
  en('en-B2', 'B', {
    narrative:
      'The calls come from 139-2233-4455, always saying they are from the "public security bureau" and asking who I meet in Toronto. I recorded one call.',
  }),
  en('en-B3', 'B', {
    narrative:
      'My brother got WhatsApp messages from (+86) 13922334455 telling him to make me come home. They sent a photo of our family house.',
  }),
  en('en-B4', 'B', {
    narrative: 'Threatening phone calls about my activism, see number below. They used my Chinese name.',
    perpetrators: [{ indicators: [{ kind: 'phone', value: '0086 139 2233 4455' }] }],
  }),
  // C: one Telegram account.
  en('en-C1', 'C', {
    narrative:
      'A Telegram account @RedGuardian_77 keeps posting my pictures in a group of Uyghur students and calling me a separatist.',
  }),
  en('en-C2', 'C', {
    narrative:
      'He messaged me from t.me/RedGuardian_77 saying he knows my class schedule. I blocked him but he came back with a new group.',
  }),
  en('en-C3', 'C', {
    narrative: 'Harassment on Telegram for weeks, the account is in the form.',
    perpetrators: [{ indicators: [{ kind: 'account', platform: 'telegram', value: 'redguardian_77' }] }],
  }),
  // D: a phishing server's public address.
  en('en-D1', 'D', {
    narrative:
      'I received a fake "conference invitation" and the link pointed to 45.153.241.18 — our IT person said it is a phishing server that tried to steal my Gmail password.',
  }),
  en('en-D2', 'D', {
    narrative:
      'The malicious document I was sent connects to 45.153.241[.]18 on port 443, according to the report the Citizen Lab volunteer wrote for me.',
  }),
  // E: one mailbox at a mail provider.
  en('en-E1', 'E', {
    narrative:
      'Emails from liaison.office.london@protonmail.com asked me to "have tea" with a consular officer and mentioned my visa status.',
  }),
  en('en-E2', 'E', {
    narrative:
      'They wrote to me from Liaison.Office.London@ProtonMail.com again and again, asking for the list of people at our meeting.',
  }),
  // F: one X account, as a profile URL and as a handle.
  en('en-F1', 'F', {
    narrative:
      'This account posts my photos with insults every day: https://x.com/uyghur_watchdog_cn/status/1781234567890123456',
  }),
  en('en-F2', 'F', {
    narrative:
      'I am being targeted on Twitter by @Uyghur_Watchdog_CN who tagged my employer and my landlord.',
  }),
  // Traps: unrelated reports.
  en('en-S1', undefined, {
    narrative:
      'They harass me on WeChat and Telegram, and someone on Facebook told me my mother was questioned. On WeChat account groups they call me a traitor.',
  }),
  en('en-S2', undefined, {
    narrative:
      'I keep getting emails from wang.lei.1987@gmail.com saying I should be careful. Its a gmail.com address so I dont know who it is.',
    perpetrators: [{ indicators: [{ kind: 'domain', value: 'gmail.com' }] }],
  }),
  en('en-S3', undefined, {
    narrative:
      'An anonymous person using concerned.compatriot@gmail.com sent my professor a letter about me. I also got spam from 88812345@qq.com and somebody at 163.com.',
  }),
  en('en-S4', undefined, {
    narrative:
      'Someone sent me a bit.ly link (bit.ly/3KpQ9xZ) pretending to be from the Canadian government. I did not click.',
  }),
  en('en-S5', undefined, {
    narrative:
      'They made a video about me on YouTube, https://www.youtube.com/watch?v=8fJk2LmQp0s , and shared it with bit.ly/4Tm2RaQ in our community chat.',
  }),
  en('en-S6', undefined, {
    narrative:
      'A youtube.com video (https://youtu.be/Qw3rTy7uI9o) calls our temple a "den of splittists". Comments have my name in them.',
  }),
  en('en-S7', undefined, {
    narrative:
      'Someone changed the settings of my home router, the admin page at 192.168.0.1 had a new password and my Wi-Fi was renamed with an insult.',
  }),
  en('en-S8', undefined, {
    narrative:
      'My laptop showed a login from 192.168.0.1 and another device 10.0.0.5 I dont recognise on my home network after I spoke at the rally.',
  }),
  en('en-S9', undefined, {
    narrative:
      'A caller from +86 139 2233 4456 said he was my old classmate and asked about my friends in the Tibetan association.',
  }),
  en('en-S10', undefined, {
    narrative: 'My photo is on hk-traitor-exposed.com, a copycat page, with a fake quote.',
  }),
  en('en-S11', undefined, {
    narrative:
      'Our office server was scanned from 45.153.241.19 many times the week of our press conference.',
  }),
  en('en-S12', undefined, {
    narrative:
      'On Telegram, @RedGuardian_78 joined our group chat and started asking for everyones home towns. Admin removed him.',
  }),
  en('en-S13', undefined, {
    narrative:
      'On June 4, 2023 after the candlelight event, people on WhatsApp against my will added me to groups. My Instagram is private but they got my pictures. I filed police report 2023-114572 on 2023-06-05.',
  }),
  en('en-S14', undefined, {
    narrative:
      'Since June 4, 2023 my outlook.com and hotmail.com accounts get login attempts. The police gave me report number 2023-114573. Someone on Signal said they are watching.',
  }),
];

const FRENCH: UnseenReport[] = [
  // A: un site de délation contre des Ouïghours en France.
  fr('fr-A1', 'A', {
    narrative:
      'Mon nom et ma photo sont sur https://ouighours-traitres.info/liste?page=3 avec l’adresse de mon travail à Lyon. Ils disent que je suis une « terroriste ».',
  }),
  fr('fr-A2', 'A', {
    narrative:
      'Une amie m’a montré le site ouighours-traitres(dot)info ou il y a des fiches sur plusieurs membres de notre association, dont moi.',
  }),
  fr('fr-A3', 'A', {
    narrative:
      'J’ai recu le lien hxxp://ouighours-traitres[.]info/fiche/118 par SMS, c’est ma fiche avec mon numéro de téléphone et celui de mon frère.',
  }),
  fr('fr-A4', 'A', {
    narrative:
      'Un courriel de contact@ouighours-traitres.info m’a demandé de « corriger » ma fiche en donnant des informations sur mes amis. Sinon ils publient mon adresse.',
  }),
  // B: un numéro de portable français.
  fr('fr-B1', 'B', {
    narrative:
      'Un homme m’appelle du 06 12 34 56 78 et parle mandarin. Il dit qu’il connaît l’école de ma fille et qu’il faut que je me taise.',
  }),
  fr('fr-B2', 'B', {
    narrative:
      'J’ai reçu des SMS menaçants du +33 6 12 34 56 78, toujours la nuit, en chinois et en français.',
  }),
  fr('fr-B3', 'B', {
    narrative:
      'Le numéro +33 (0)6 12-34-56-78 a laissé un message vocal à ma mère pour dire que je devais arrêter les manifestations.',
  }),
  // C: un identifiant WeChat.
  fr('fr-C1', 'C', {
    narrative:
      'Une personne qui se présente comme « M. Li du consulat » m’a ajouté sur WeChat. Identifiant WeChat : li_consulat_paris. Il me demande qui vient aux réunions.',
  }),
  fr('fr-C2', 'C', {
    narrative:
      'WeChat ID: Li_Consulat_Paris — c’est lui qui a envoyé à mon père en Chine des photos de moi à la manifestation de République.',
  }),
  fr('fr-C3', 'C', {
    narrative: 'Pressions sur WeChat pour que je rentre en Chine, l’identifiant est dans le formulaire.',
    perpetrators: [{ indicators: [{ kind: 'account', platform: 'wechat', value: 'li_consulat_paris' }] }],
  }),
  // D: l’adresse publique d’un serveur.
  fr('fr-D1', 'D', {
    narrative:
      'Le technicien dit que le logiciel espion sur mon téléphone envoyait des données à l’adresse IP 91.203.144.76 tous les jours.',
  }),
  fr('fr-D2', 'D', {
    narrative:
      'Un faux site de la préfecture m’a demandé mon mot de passe ; il était hébergé sur 91.203.144[.]76 d’après l’association qui a analysé le message.',
  }),
  // E: une boîte mail chez un fournisseur.
  fr('fr-E1', 'E', {
    narrative:
      'Des mails de surveillance.paris2023@outlook.fr me rappellent que ma famille est « bien traitée » tant que je reste sage.',
  }),
  fr('fr-E2', 'E', {
    narrative: 'Menaces par courriel, l’adresse est dans le formulaire, elle signe « un compatriote ».',
    perpetrators: [{ indicators: [{ kind: 'email', value: 'Surveillance.Paris2023@Outlook.fr' }] }],
  }),
  // F: une page Facebook.
  fr('fr-F1', 'F', {
    narrative:
      'La page https://www.facebook.com/amicale.chinois.lyon/ a publié ma photo en disant que je suis payée par la CIA.',
  }),
  fr('fr-F2', 'F', {
    narrative:
      'Sur facebook.com/Amicale.Chinois.Lyon?ref=share ils ont partagé l’adresse de mon restaurant et appelé à le boycotter.',
  }),
  fr('fr-F3', 'F', {
    narrative:
      'Mon mari a vu sur m.facebook.com/amicale.chinois.lyon une publication avec nos deux noms et le nom de notre quartier.',
  }),
  // Pièges : des signalements sans lien.
  fr('fr-S1', undefined, {
    narrative:
      'On me harcèle sur WeChat depuis des mois, et sur Telegram aussi. Sur Facebook contre moi il y a des commentaires très violents.',
  }),
  fr('fr-S2', undefined, {
    narrative:
      'Ils m’ont écrit depuis une adresse gmail (xiao.mei.paris@gmail.com) en se faisant passer pour une amie d’enfance.',
  }),
  fr('fr-S3', undefined, {
    narrative:
      'Une autre adresse gmail : patriote.chinois.fr@gmail.com, puis un message depuis hotmail.fr. Je ne sais pas qui c’est.',
  }),
  fr('fr-S4', undefined, {
    narrative: 'On m’a envoyé un lien raccourci bit.ly/3vXq8Lm qui menait vers une fausse page de La Poste.',
  }),
  fr('fr-S5', undefined, {
    narrative:
      'Une vidéo sur YouTube https://www.youtube.com/watch?v=Zk3pQ8rLm2A montre ma maison. Je l’ai signalée à youtube.com mais rien.',
  }),
  fr('fr-S6', undefined, {
    narrative:
      'Quelqu’un est entré sur ma box, l’interface 192.168.1.254 avait un autre mot de passe, et un appareil inconnu 10.0.0.138 était connecté.',
  }),
  fr('fr-S7', undefined, {
    narrative: 'Ma box (192.168.1.254) redémarre toute seule depuis que je parle aux journalistes.',
  }),
  fr('fr-S8', undefined, {
    narrative: 'Un inconnu m’appelle du 06 12 34 56 79 et me demande des nouvelles de mes parents à Urumqi.',
  }),
  fr('fr-S9', undefined, {
    narrative:
      'J’ai trouvé une autre liste sur ouighour-traitres.info, mais mon nom n’y est pas, celui de mon cousin oui.',
  }),
  fr('fr-S10', undefined, {
    narrative:
      'Quelqu’un sur WeChat avec l’identifiant li_consulat_pari (sans s) m’a proposé de l’argent pour des photos de la réunion.',
  }),
  fr('fr-S11', undefined, {
    narrative:
      'Le 4 juin 2023, après la veillée, sur Instagram et TikTok des comptes anonymes m’ont insulté. J’ai porté plainte au commissariat du 13e (75013) le 05/06/2023.',
  }),
  fr('fr-S12', undefined, {
    narrative:
      'Depuis le 04/06/2023, des gens sur WhatsApp pour me faire peur envoient des photos de ma rue. On m’a dit que le compte était basé à l’étranger.',
  }),
  fr('fr-S13', undefined, {
    narrative:
      'Je suis journaliste. Sur Twitter et sur X plus généralement, et par mail via yahoo.fr, on me traite d’espionne. Plainte n° 2023/01187 déposée.',
  }),
];

const CHINESE: UnseenReport[] = [
  // A：一个专门“曝光”民运人士的网站。
  zh('zh-A1', 'A', {
    narrative:
      '有人把我的照片和住址放在 https://minyun-jiancha.net/bg/1123 上面，说我是“汉奸”，还写了我父母在老家的地址。',
  }),
  zh('zh-A2', 'A', {
    narrative: '朋友告诉我，我的名字出现在minyun-jiancha.net上，跟其他几十个海外民运人士的资料放在一起。',
  }),
  zht('zh-A3', 'A', {
    narrative: '我在 hxxps://minyun-jiancha[.]net 上看到自己的護照照片，不知道他們怎麼拿到的。',
  }),
  zh('zh-A4', 'A', {
    narrative:
      '我收到了tips@minyun-jiancha.net发来的邮件，要我“主动交代”参加了哪些活动，否则就公开我的工作单位。',
  }),
  // B：一个大陆手机号，四种写法，一个全角。
  zh('zh-B1', 'B', {
    narrative: '一个自称是国保的人用135 1234 5678给我打电话，说我在国外说的话他们都知道，让我想想家里人。',
  }),
  zh('zh-B2', 'B', {
    narrative: '电话：+86-135-1234-5678，每天晚上打来，让我回国“喝茶”。',
  }),
  zh('zh-B3', 'B', {
    narrative: '我妈妈收到１３５１２３４５６７８的短信，说如果我继续参加集会，我弟弟的工作就保不住了。',
  }),
  zht('zh-B4', 'B', {
    narrative: '對方用電話威脅我，號碼我填在下面了。',
    perpetrators: [{ indicators: [{ kind: 'phone', value: '+86 135-1234-5678' }] }],
  }),
  // C：一个QQ号。
  zh('zh-C1', 'C', {
    narrative: '有个QQ号：2468013579的人加我好友，问我们学生会谁去了悼念活动。',
  }),
  zh('zh-C2', 'C', {
    narrative:
      '他用QQ 2468013579 发给我一张我宿舍楼的照片，还发了邮件到我的学校邮箱，发件人是2468013579@qq.com。',
  }),
  zh('zh-C3', 'C', {
    narrative: '在QQ上被威胁，号码见表格。',
    perpetrators: [{ indicators: [{ kind: 'account', platform: 'qq', value: '2468013579' }] }],
  }),
  // D：一个微信号。
  zh('zh-D1', 'D', {
    narrative: '微信号：wxid_k8m2n4p6q 一直给我发消息，说我在海外的言论已经“被记录”。',
  }),
  zh('zh-D2', 'D', {
    narrative: '有人加我微信，微信号是wxid_k8m2n4p6q，冒充我的高中同学，打听我男朋友的情况。',
  }),
  zht('zh-D3', 'D', {
    narrative: '一個微信號 wxid_k8m2n4p6q 的人在群裡發我的照片，說我是台獨分子。',
  }),
  // E：服务器的公网IP。
  zh('zh-E1', 'E', {
    narrative: '技术人员说我手机里的间谍软件一直连到103.76.180.54这个地址。',
  }),
  zht('zh-E2', 'E', {
    narrative: '釣魚網站的伺服器IP是 103.76.180[.]54，我們協會好幾個人都收到了同樣的連結。',
  }),
  // F：一个微博账号（主页链接）。
  zh('zh-F1', 'F', {
    narrative: '微博上这个人 https://weibo.com/u/7654321098 天天骂我，还贴出我公司的名字。',
  }),
  zh('zh-F2', 'F', {
    narrative: '这个微博账号weibo.com/u/7654321098?refer_flag=1001030103_ 发了我的照片和我孩子学校的名字。',
  }),
  // G：一个微博用户名。
  zh('zh-G1', 'G', {
    narrative: '微博用户 @护旗手阿强 转发了我的照片，说要“人肉”我。',
  }),
  zh('zh-G2', 'G', {
    narrative: '@护旗手阿强 在评论里写了我的真名和我住的城市，很多人跟着骂。',
  }),
  // 陷阱：互不相关的报告。
  zh('zh-S1', undefined, {
    narrative: '他们在微信上威胁我，还在推特和脸书上骂我。我的微信号被封了，QQ号也被盗了。',
  }),
  zh('zh-S2', undefined, {
    narrative: '有人用QQ邮箱 13579246810@qq.com 给我发邮件，说知道我住在哪里。',
  }),
  zh('zh-S3', undefined, {
    narrative: '163邮箱 zhongguo_aiguo@163.com 给我发了很多辱骂的邮件，还有一个outlook.com的邮箱。',
  }),
  zh('zh-S4', undefined, {
    narrative: '有人发给我一个短链接 bit.ly/2ZxY8wQ ，打开是假的大使馆网页，要我填护照号码。',
  }),
  zh('zh-S5', undefined, {
    narrative:
      '油管上有人做了一个视频骂我：https://www.youtube.com/watch?v=aB3dE5fG7hI ，在youtube.com上举报了也没用。',
  }),
  zh('zh-S6', undefined, {
    narrative: '我家路由器192.168.1.1的管理密码被改了，WiFi名字被改成了骂人的话。',
  }),
  zht('zh-S7', undefined, {
    narrative: '我家的路由器（192.168.1.1）常常自己重啟，還有一台陌生設備10.0.0.8連上了。',
  }),
  zh('zh-S8', undefined, {
    narrative: '一个陌生号码13512345679打给我爸爸，问我在国外做什么工作。',
  }),
  zh('zh-S9', undefined, {
    narrative: '有个QQ号2468013578的人在群里发了我的照片，说我是“境外势力”。',
  }),
  zht('zh-S10', undefined, {
    narrative:
      '2023年6月4日之後，有人在LINE和Instagram上騷擾我，微信號wxid_k8m2n4p6r 也加過我。我在6月5日報了警，人民幣5000元的轉帳記錄也被人拿去了。',
  }),
];

export const UNSEEN_SETS: UnseenSet[] = [
  { name: 'English', reports: ENGLISH },
  { name: 'French', reports: FRENCH },
  { name: 'Chinese', reports: CHINESE },
];
