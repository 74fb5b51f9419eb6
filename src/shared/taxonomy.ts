import { z } from 'zod';
import { INSTITUTION_CODES } from './institutions.ts';

/**
 * The seed taxonomy's codes (DESIGN.md, "Seed taxonomy"). Codes are stable identifiers shared by SQL,
 * TypeScript and the UI; labels in every locale live in src/shared/i18n/catalogs/taxonomy.ts and are
 * seeded into `taxonomy_terms`, where admins can edit them and add terms.
 */
export const TACTICS = [
  'threat_of_violence',
  'death_threat',
  'threat_of_sexual_violence',
  'threat_against_family',
  'family_questioned_or_detained',
  'pressure_to_return',
  'pressure_to_inform',
  'abusive_messages',
  'cyber_mob',
  'hateful_speech',
  'smear_or_disinformation',
  'impersonation_or_fake_profile',
  'fabricated_intimate_images',
  'doxxing',
  'threat_to_dox',
  'malicious_mass_reporting',
  'physical_surveillance',
  'online_monitoring',
  'phishing',
  'account_compromise',
  'spyware',
  'website_attack',
  'assault',
  'stalking',
  'property_damage',
  'abduction_plot',
  'assassination_plot',
  'campus_intimidation',
  'event_disruption',
  'pressure_on_employer_venue_or_media',
  'document_denial',
  'interpol_or_extradition_misuse',
  'consular_coercion',
  'forced_return',
  'charges_or_bounty',
  'coerced_payment',
  'assets_seized',
  'other',
] as const;

/**
 * Tactic groups, for forms and dashboards. Checked against Freedom House's four categories of
 * transnational repression and the tactics the G7 leaders' 2025 statement on transnational repression
 * names, so a report from any community finds its words here:
 * - direct attacks: assault, abduction_plot, assassination_plot (the plots foiled in Canada, the United
 *   States and Europe), property_damage, stalking;
 * - co-opting other countries: interpol_or_extradition_misuse, forced_return (deportation or rendition
 *   at the origin state's request);
 * - mobility controls: document_denial, consular_coercion, pressure_to_return;
 * - threats from a distance: the threats, online and digital_attacks groups, and coercion by proxy —
 *   family_questioned_or_detained, charges_or_bounty (charges, warrants or bounties at home),
 *   coerced_payment (e.g. Eritrea's "diaspora tax"), assets_seized (property or accounts at home).
 */
export const TACTIC_GROUPS = {
  threats: ['threat_of_violence', 'death_threat', 'threat_of_sexual_violence', 'threat_against_family'],
  coercion_by_proxy: [
    'family_questioned_or_detained',
    'pressure_to_return',
    'pressure_to_inform',
    'coerced_payment',
    'assets_seized',
  ],
  online: [
    'abusive_messages',
    'cyber_mob',
    'hateful_speech',
    'smear_or_disinformation',
    'impersonation_or_fake_profile',
    'fabricated_intimate_images',
    'doxxing',
    'threat_to_dox',
    'malicious_mass_reporting',
  ],
  surveillance: ['physical_surveillance', 'online_monitoring'],
  digital_attacks: ['phishing', 'account_compromise', 'spyware', 'website_attack'],
  physical: ['assault', 'stalking', 'property_damage', 'abduction_plot', 'assassination_plot'],
  institutional: ['campus_intimidation', 'event_disruption', 'pressure_on_employer_venue_or_media'],
  mobility_and_legal: [
    'document_denial',
    'interpol_or_extradition_misuse',
    'consular_coercion',
    'forced_return',
    'charges_or_bounty',
  ],
  other: ['other'],
} as const satisfies Record<string, readonly (typeof TACTICS)[number][]>;

/**
 * Targeted communities. Every one belongs to at least one community pack below; codes of every pack are
 * valid in every report, whether or not an admin enabled the pack (a report keeps its codes).
 */
export const COMMUNITIES = [
  // China
  'hong_kong',
  'tibetan',
  'uyghur',
  'falun_gong',
  'chinese_pro_democracy',
  'taiwanese',
  'southern_mongolian',
  'chinese_christian',
  // India
  'sikh',
  'kashmiri',
  // Iran
  'bahai',
  'kurdish',
  'iranian_journalists',
  'iranian_womens_rights',
  'iranian_opposition',
  'ps752_families',
  // Russia
  'russian_opposition',
  'russian_independent_media',
  'chechen',
  'ukrainian',
  'crimean_tatar',
  // Eritrea
  'eritrean_diaspora',
  'eritrean_opposition',
  // Targeted by many states
  'journalists',
  'human_rights_defenders',
  'religious_minorities',
  'lgbtq',
  'students',
  'relatives_of_detainees',
] as const;
export type Community = (typeof COMMUNITIES)[number];

/**
 * Community packs: the communities a state is known to target, shipped as data and seeded into
 * `taxonomy_packs` (labels, enabled or not: an admin's choice) and `taxonomy_pack_terms`. The form shows
 * the communities of enabled packs, those of the pack of the state the reporter chose first. The sources
 * behind each pack: Freedom House's transnational repression reports (China, India, Iran, Russia, Eritrea),
 * Amnesty International Canada and the Coalition's 2020 report (China), the Public Inquiry into Foreign
 * Interference (India, Iran, Russia), Human Rights Watch (Eritrea's "diaspora tax").
 * `general` holds people any state may target for what they do.
 */
export const COMMUNITY_PACKS = [
  {
    code: 'china',
    suspectedState: 'CN',
    communities: [
      'hong_kong',
      'tibetan',
      'uyghur',
      'falun_gong',
      'chinese_pro_democracy',
      'taiwanese',
      'southern_mongolian',
      'chinese_christian',
    ],
  },
  { code: 'india', suspectedState: 'IN', communities: ['sikh', 'kashmiri'] },
  {
    code: 'iran',
    suspectedState: 'IR',
    communities: [
      'bahai',
      'kurdish',
      'iranian_journalists',
      'iranian_womens_rights',
      'iranian_opposition',
      'ps752_families',
    ],
  },
  {
    code: 'russia',
    suspectedState: 'RU',
    communities: ['russian_opposition', 'russian_independent_media', 'chechen', 'ukrainian', 'crimean_tatar'],
  },
  { code: 'eritrea', suspectedState: 'ER', communities: ['eritrean_diaspora', 'eritrean_opposition'] },
  {
    code: 'general',
    suspectedState: null,
    communities: [
      'journalists',
      'human_rights_defenders',
      'religious_minorities',
      'lgbtq',
      'students',
      'relatives_of_detainees',
    ],
  },
] as const satisfies readonly {
  code: string;
  suspectedState: string | null;
  communities: readonly Community[];
}[];
export type CommunityPack = (typeof COMMUNITY_PACKS)[number];
export type PackCode = CommunityPack['code'];

export const CHANNELS = [
  'social_media',
  'messaging_app',
  'phone_call',
  'sms',
  'email',
  'website_or_forum',
  'in_person',
  'campus',
  'rally_or_protest',
  'cultural_or_community_event',
  'workplace',
  'home',
] as const;

export const PERPETRATOR_TYPES = [
  'unknown',
  'self_identified_supporter',
  'student_association',
  'diplomat_or_consular_official',
  'origin_state_police_or_security',
  'origin_state_media',
  'community_or_business_association',
  'relative_under_pressure',
  'other',
] as const;

export const ATTRIBUTION_CONFIDENCE = ['low', 'medium', 'high'] as const;

export const IMPACTS = [
  'fear_for_safety',
  'self_censorship',
  'stopped_activism',
  'left_studies_or_job',
  'moved_home',
  'mental_health',
  'financial',
  'family_harmed',
] as const;

export const RISK_LEVELS = ['immediate', 'high', 'medium', 'low'] as const;

export const INDICATOR_KINDS = ['phone', 'email', 'url', 'domain', 'account', 'ip', 'other'] as const;

export const PLATFORMS = [
  'x',
  'facebook',
  'instagram',
  'youtube',
  'tiktok',
  'douyin',
  'weibo',
  'wechat',
  'qq',
  'telegram',
  'whatsapp',
  'other',
] as const;

export const PROVINCES = [
  'AB',
  'BC',
  'MB',
  'NB',
  'NL',
  'NS',
  'NT',
  'NU',
  'ON',
  'PE',
  'QC',
  'SK',
  'YT',
] as const;

export const REPORTER_KINDS = ['self', 'someone_else', 'organisation'] as const;

/**
 * The vocabularies stored in `taxonomy_terms` and editable by admins (labels, enabled or not). Institutions
 * are one too, seeded from src/shared/institutions.ts with their province. Suspected states are not: any
 * ISO 3166-1 state may be named (src/shared/suspected-states.ts), and packs say which come first.
 */
export const VOCABULARIES = {
  tactic: TACTICS,
  community: COMMUNITIES,
  channel: CHANNELS,
  perpetrator_type: PERPETRATOR_TYPES,
  impact: IMPACTS,
  institution: INSTITUTION_CODES,
} as const;
export type Vocabulary = keyof typeof VOCABULARIES;

export const Tactic = z.enum(TACTICS);
export const CommunityCode = z.enum(COMMUNITIES);
export const Channel = z.enum(CHANNELS);
export const PerpetratorType = z.enum(PERPETRATOR_TYPES);
export const Impact = z.enum(IMPACTS);
export const RiskLevel = z.enum(RISK_LEVELS);
export type RiskLevel = z.infer<typeof RiskLevel>;
export const IndicatorKind = z.enum(INDICATOR_KINDS);
export type IndicatorKind = z.infer<typeof IndicatorKind>;
export const Platform = z.enum(PLATFORMS);
export const Province = z.enum(PROVINCES);

export const CASE_STATUSES = ['new', 'triaged', 'in_progress', 'referred', 'closed'] as const;
export const CaseStatus = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof CaseStatus>;
export const CLOSING_REASONS = [
  'resolved',
  'referred_and_completed',
  'no_further_action_wanted',
  'unable_to_contact',
  'duplicate',
  'out_of_mandate',
  'spam_or_invalid',
  'deletion_requested',
] as const;
