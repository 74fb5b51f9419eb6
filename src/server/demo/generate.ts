import type { ReportInputBody } from '../../shared/contracts/report.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { INSTITUTIONS, OTHER_INSTITUTION } from '../../shared/institutions.ts';
import {
  CHANNELS,
  COMMUNITIES,
  COMMUNITY_PACKS,
  IMPACTS,
  PERPETRATOR_TYPES,
  TACTICS,
} from '../../shared/taxonomy.ts';
import { Random } from './random.ts';

/**
 * Synthetic reports for demos, tests and benchmarks. Realistic in shape — every intake language, the
 * seed taxonomy, incidents spread over time, provinces and campuses (codes of the institution list, a few
 * unlisted ones by name), suspected states with the communities of their packs (campaigns are China's; a
 * quarter of the other reports name India, Iran, Russia or Eritrea, with a phone number of that state)
 * — and organised into campaigns whose
 * members reuse the same phone numbers, accounts and sites written in different formats, as real victims
 * would. Every narrative starts with "[SYNTHETIC]" and every record is flagged synthetic when loaded.
 * The ground truth (which campaign each report belongs to) comes back beside the reports, so linking can
 * be scored for precision and recall.
 */

export type IdentifierTruth = {
  kind: 'phone' | 'account' | 'url' | 'email';
  canonical: string;
  platform?: string;
};
export type SyntheticReport = {
  input: ReportInputBody;
  campaign: number | null;
  receivedAt: Date;
  identifiers: IdentifierTruth[];
};

type Campaign = {
  id: number;
  identifiers: IdentifierTruth[];
  community: (typeof COMMUNITIES)[number];
  tactics: string[];
};

/** The languages of synthetic narratives (a subset of the public site's). */
const LANGUAGES = ['en', 'fr', 'zh-Hans', 'zh-Hant', 'bo', 'ug'] as const satisfies readonly Locale[];
const CITIES: Record<string, string[]> = {
  ON: ['Toronto', 'Ottawa', 'Markham', 'Waterloo'],
  BC: ['Vancouver', 'Richmond', 'Burnaby', 'Victoria'],
  QC: ['Montréal', 'Québec'],
  AB: ['Calgary', 'Edmonton'],
  MB: ['Winnipeg'],
  NS: ['Halifax'],
  SK: ['Saskatoon', 'Regina'],
};
/** The universities of each province: campuses (codes of the institution list). */
const CAMPUSES: Readonly<Record<string, string[]>> = Object.fromEntries(
  [...new Set(INSTITUTIONS.map((i) => i.province))].map((province) => [
    province,
    INSTITUTIONS.filter((i) => i.province === province && i.kind === 'university').map((i) => i.code),
  ]),
);

/** States other than China, with their packs' communities and a mobile number's shape in E.164. */
const OTHER_STATES = COMMUNITY_PACKS.filter((p) => p.suspectedState && p.suspectedState !== 'CN').map(
  (p) => ({
    state: p.suspectedState as string,
    communities: p.communities,
    mobile: ({ IN: '+919', IR: '+98912', RU: '+7916', ER: '+2917' } as Record<string, string>)[
      p.suspectedState as string
    ]!,
  }),
);
const CHINA = COMMUNITY_PACKS[0].communities;

const NARRATIVES: Record<(typeof LANGUAGES)[number], string[]> = {
  en: [
    'Since {month} I keep receiving messages from {id} saying my family back home will suffer if I keep speaking at rallies.',
    'After the vigil someone photographed me and later {id} sent the pictures with my home address.',
    'An account {id} posted my phone number and called me a traitor; strangers now call me at night.',
    'My parents were questioned by police at home and asked about my activities; then {id} contacted me.',
  ],
  fr: [
    'Depuis {month}, je reçois des messages de {id} disant que ma famille souffrira si je continue de parler aux manifestations.',
    'Après la vigile, quelqu’un m’a photographié, puis {id} m’a envoyé les photos avec mon adresse.',
    'Le compte {id} a publié mon numéro et me traite de traître; des inconnus m’appellent la nuit.',
  ],
  'zh-Hans': [
    '从{month}开始，{id}一直给我发信息，说如果我继续参加集会，我在国内的家人会有麻烦。',
    '守夜活动后有人拍了我的照片，后来{id}把照片和我的住址一起发给了我。',
    '账号{id}公开了我的电话号码，说我是叛徒，现在半夜有陌生人打电话给我。',
  ],
  'zh-Hant': [
    '自從{month}以來，{id}一直傳訊息給我，說如果我繼續在集會上發言，我在家鄉的家人會受苦。',
    '燭光晚會後有人拍了我的照片，之後{id}把照片連同我的地址傳給我。',
  ],
  bo: [
    '{month}ནས་བཟུང་{id}ཡིས་ང་ལ་འཕྲིན་ཡིག་བཏང་སྟེ་ངའི་ཕ་མ་ལ་ཉེན་ཁ་ཡོད་ཟེར།',
    'སྨོན་ལམ་གྱི་རྗེས་སུ་{id}ཡིས་ངའི་པར་དང་ཁ་བྱང་བཏང་བྱུང་།',
  ],
  ug: [
    '{month}دىن بېرى {id} ماڭا ئۇچۇر ئەۋەتىپ، نامايىشقا قاتناشسام ئائىلەمگە زىيان يېتىدىغانلىقىنى ئېيتتى.',
    'يىغىلىشتىن كېيىن {id} مېنىڭ رەسىمىم ۋە ئادرېسىمنى ئەۋەتتى.',
  ],
};
const MONTHS = ['March', 'mars', '三月', '三月', 'ཟླ་གསུམ་པ།', 'مارت'];

/** A Chinese mobile number written the way different people write it. */
export function phoneVariants(national11: string): string[] {
  const n = national11;
  return [
    `+86 ${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`,
    `0086${n}`,
    `86-${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7)}`,
    `+86${n}`,
    `(+86) ${n.slice(0, 3)}-${n.slice(3)}`,
    `＋８６ ${[...n].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('')}`,
  ];
}

export function xAccountVariants(handle: string): string[] {
  const mixed = handle[0]!.toUpperCase() + handle.slice(1);
  return [
    `@${handle}`,
    `https://x.com/${handle}`,
    `twitter.com/${mixed}`,
    `https://mobile.twitter.com/${handle}/`,
    `@${mixed}`,
  ];
}

export function urlVariants(host: string, path: string): string[] {
  return [
    `https://${host}/${path}`,
    `http://www.${host}/${path}/`,
    `https://${host.toUpperCase()}/${path}?utm_source=wechat&utm_medium=share`,
    `${host}/${path}`,
  ];
}

function makeCampaign(rng: Random, id: number): Campaign {
  const identifiers: IdentifierTruth[] = [];
  const phones = rng.int(1, 2);
  for (let i = 0; i < phones; i++)
    identifiers.push({ kind: 'phone', canonical: `+861${rng.pick(['3', '5', '8'])}${rng.digits(9)}` });
  identifiers.push({ kind: 'account', platform: 'x', canonical: `${rng.word(6)}${rng.digits(3)}` });
  if (rng.chance(0.5))
    identifiers.push({
      kind: 'account',
      platform: 'wechat',
      canonical: `wxid_${rng.word(4)}${rng.digits(4)}`,
    });
  if (rng.chance(0.5)) identifiers.push({ kind: 'url', canonical: `${rng.word(7)}-news.com/${rng.word(5)}` });
  return { id, identifiers, community: rng.pick(CHINA), tactics: rng.sample(TACTICS, 2) };
}

function written(
  rng: Random,
  id: IdentifierTruth,
): { kind: 'phone' | 'account' | 'url' | 'email'; platform?: 'x' | 'wechat'; value: string } {
  switch (id.kind) {
    case 'phone':
      return id.canonical.startsWith('+86')
        ? { kind: 'phone', value: rng.pick(phoneVariants(id.canonical.slice(3))) }
        : { kind: 'phone', value: id.canonical };
    case 'account':
      return id.platform === 'x'
        ? { kind: 'account', platform: 'x', value: rng.pick(xAccountVariants(id.canonical)) }
        : { kind: 'account', platform: 'wechat', value: id.canonical };
    case 'url': {
      const [host = '', path = ''] = id.canonical.split('/');
      return { kind: 'url', value: rng.pick(urlVariants(host, path)) };
    }
    case 'email':
      return { kind: 'email', value: rng.chance(0.5) ? id.canonical.toUpperCase() : id.canonical };
  }
}

export type GenerateOptions = {
  count: number;
  seed?: number;
  /** Share of reports that belong to a campaign (default 0.4). */
  campaignShare?: number;
  /** Reports per campaign on average (default 8). */
  campaignSize?: number;
  from?: Date;
  to?: Date;
};

/** Yields reports one at a time, so a million never sit in memory together. */
export function* generateReports(opts: GenerateOptions): Generator<SyntheticReport> {
  const rng = new Random(opts.seed ?? 20_200_701);
  const share = opts.campaignShare ?? 0.4;
  const size = opts.campaignSize ?? 8;
  const campaignCount = Math.max(1, Math.round((opts.count * share) / size));
  const campaigns = Array.from({ length: campaignCount }, (_, i) => makeCampaign(rng, i + 1));
  const from = (opts.from ?? new Date('2025-01-01T00:00:00Z')).getTime();
  const to = (opts.to ?? new Date('2026-10-31T00:00:00Z')).getTime();

  for (let i = 0; i < opts.count; i++) {
    const campaign = rng.chance(share) ? rng.pick(campaigns) : null;
    const language = rng.pick(LANGUAGES);
    const receivedAt = new Date(from + rng.next() * (to - from));
    const province = rng.pick(['ON', 'ON', 'BC', 'BC', 'QC', 'AB', 'MB', 'NS', 'SK'] as const);
    const onCampus = rng.chance(0.25) && CAMPUSES[province] !== undefined;
    const elsewhere = campaign ? null : rng.chance(0.25) ? rng.pick(OTHER_STATES) : null;
    const mobile = elsewhere
      ? `${elsewhere.mobile}${rng.digits(13 - elsewhere.mobile.length)}`
      : `+861${rng.pick(['3', '5', '8'])}${rng.digits(9)}`;
    const truth: IdentifierTruth[] = campaign
      ? rng.sample(campaign.identifiers, rng.int(1, Math.min(3, campaign.identifiers.length)))
      : [
          { kind: 'phone', canonical: mobile },
          { kind: 'account', platform: 'x', canonical: `${rng.word(8)}${rng.digits(4)}` },
          { kind: 'email', canonical: `${rng.word(6)}.${rng.digits(3)}@example.net` },
        ];
    const indicators = truth.map((t) => written(rng, t));
    const startedOn = new Date(receivedAt.getTime() - rng.int(0, 60) * 86_400_000).toISOString().slice(0, 10);
    const narrative = `[SYNTHETIC] ${rng
      .pick(NARRATIVES[language])
      .replace('{month}', rng.pick(MONTHS))
      .replace('{id}', indicators[0]?.value ?? '')}`;
    const tactics = campaign
      ? [...campaign.tactics, ...(rng.chance(0.3) ? [rng.pick(TACTICS)] : [])]
      : rng.sample(TACTICS, rng.int(1, 3));
    const input: ReportInputBody = {
      language,
      narrative,
      incident: {
        startedOn,
        ongoing: rng.chance(0.3),
        province,
        city: rng.pick(CITIES[province] ?? ['Toronto']),
        ...(onCampus
          ? rng.chance(0.1)
            ? {
                institution: OTHER_INSTITUTION,
                institutionOther: `Synthetic Learning Centre ${rng.int(1, 9)}`,
              }
            : { institution: rng.pick(CAMPUSES[province]!) }
          : {}),
      },
      tactics: [...new Set(tactics)] as ReportInputBody['tactics'],
      communities: [campaign?.community ?? rng.pick(elsewhere?.communities ?? COMMUNITIES)],
      channels: rng.sample(CHANNELS, rng.int(1, 2)),
      impacts: rng.sample(IMPACTS, rng.int(0, 3)),
      ...(elsewhere ? { suspectedState: elsewhere.state } : rng.chance(0.9) ? { suspectedState: 'CN' } : {}),
      perpetrators: [{ type: rng.pick(PERPETRATOR_TYPES), indicators }],
      reporter: rng.chance(0.7)
        ? { anonymous: true }
        : {
            anonymous: false,
            name: `Synthetic Person ${i}`,
            email: `synthetic.${i}@example.org`,
            preferredLanguage: language,
          },
      consents: {
        contact: rng.chance(0.6),
        referralToPolice: rng.chance(0.4),
        anonymisedStatistics: rng.chance(0.85),
        updates: true,
      },
    };
    yield { input, campaign: campaign?.id ?? null, receivedAt, identifiers: truth };
  }
}
