import type { ReportInput } from '../../shared/contracts/report.ts';
import type { RiskLevel } from '../../shared/taxonomy.ts';

/**
 * Risk on arrival, from the reporter's own answers, so that staff see danger first (DESIGN.md, "risk").
 * Reasons are codes, never text. Staff may change the level later, with a reason.
 *
 *   immediate  the reporter says the danger is happening now; or a death threat that is still going on
 *   high       threat of death or of sexual violence, an explicit threat of violence, an assault,
 *              relatives questioned or detained, physical surveillance at home
 *   medium     threats against family, stalking, physical surveillance elsewhere, coercion to return or
 *              inform, doxxing, hacking of the person's devices or accounts, misuse of Interpol or consular
 *              coercion, fabricated intimate images
 *   low        everything else
 */
export const RISK_REASONS = [
  'in_danger_now',
  'death_threat_ongoing',
  'death_threat',
  'threat_of_sexual_violence',
  'threat_of_violence',
  'assault',
  'family_questioned_or_detained',
  'physical_surveillance_at_home',
  'threat_against_family',
  'stalking',
  'physical_surveillance',
  'pressure_to_return',
  'pressure_to_inform',
  'doxxing',
  'threat_to_dox',
  'spyware',
  'account_compromise',
  'interpol_or_extradition_misuse',
  'consular_coercion',
  'fabricated_intimate_images',
] as const;
export type RiskReason = (typeof RISK_REASONS)[number];

type Answers = Pick<ReportInput, 'inDangerNow' | 'tactics' | 'channels'> & {
  incident: Pick<ReportInput['incident'], 'ongoing'>;
};

const HIGH_TACTICS = [
  'death_threat',
  'threat_of_sexual_violence',
  'threat_of_violence',
  'assault',
  'family_questioned_or_detained',
] as const;
const MEDIUM_TACTICS = [
  'threat_against_family',
  'stalking',
  'pressure_to_return',
  'pressure_to_inform',
  'doxxing',
  'threat_to_dox',
  'spyware',
  'account_compromise',
  'interpol_or_extradition_misuse',
  'consular_coercion',
  'fabricated_intimate_images',
] as const;

export function assessRisk(answers: Answers): { risk: RiskLevel; reasons: RiskReason[] } {
  const tactics = new Set<string>(answers.tactics);
  const immediate: RiskReason[] = [];
  const high: RiskReason[] = [];
  const medium: RiskReason[] = [];

  if (answers.inDangerNow) immediate.push('in_danger_now');
  if (tactics.has('death_threat') && answers.incident.ongoing) immediate.push('death_threat_ongoing');
  for (const t of HIGH_TACTICS) if (tactics.has(t)) high.push(t);
  if (tactics.has('physical_surveillance')) {
    if (answers.channels.includes('home')) high.push('physical_surveillance_at_home');
    else medium.push('physical_surveillance');
  }
  for (const t of MEDIUM_TACTICS) if (tactics.has(t)) medium.push(t);

  const reasons = [...immediate, ...high, ...medium];
  if (immediate.length > 0) return { risk: 'immediate', reasons };
  if (high.length > 0) return { risk: 'high', reasons };
  if (medium.length > 0) return { risk: 'medium', reasons };
  return { risk: 'low', reasons };
}
