import type { PartnerKind, Role } from '../../shared/roles.ts';

/**
 * Who may do what with referrals, in one visible place (DESIGN.md, "People" and "Referrals").
 *
 *   caseworker      refers the cases assigned to them: on the reporter's consent, or asks a supervisor to
 *                   approve an imminent-danger override (nothing is sent until one does).
 *   supervisor      refers any case, on consent or under an imminent-danger override that they approve by
 *                   creating it; approves a caseworker's override request.
 *   intake_officer  reads the referrals of every case (they see every case) but does not refer.
 *   analyst, admin  nothing here (admins manage partner organisations, never case content).
 *   partner         only the referrals sent to their own organisation: read, download the package and
 *                   the evidence it lists, acknowledge, give their reference number and the outcome.
 *                   Anything else answers 404, exactly like an id that does not exist.
 *                   Partner and focal point (caseworker of the case, supervisors) write to each other on
 *                   a sent referral; intake officers read those messages.
 *
 * The consent rule: police and intelligence partners need the reporter's consent to referral to police
 * (`consent_referral_police`). Every other partner (university, platform, victim services, digital
 * security, other) needs the reporter's consent to be contacted (`consent_contact`): those partners exist to reach the
 * person and help, and a person who refused contact has not agreed to be handed to someone who will
 * contact them. In a case that merges several reports, every report must carry that consent, since the
 * package carries every report. The imminent-danger override needs no consent, only a supervisor.
 */
export const ORG_READERS = ['intake_officer', 'caseworker', 'supervisor', 'admin'] as const satisfies Role[];
export const ORG_MANAGERS = ['admin'] as const satisfies Role[];
export const REFERRERS = ['caseworker', 'supervisor'] as const satisfies Role[];
export const OVERRIDE_APPROVERS = ['supervisor'] as const satisfies Role[];
export const REFERRAL_READERS = [
  'intake_officer',
  'caseworker',
  'supervisor',
  'partner',
] as const satisfies Role[];
export const REFERRAL_ANSWERERS = ['partner'] as const satisfies Role[];
/** The two sides of a referral's messages: the partner, and the staff who may refer (intake officers read). */
export const MESSAGE_WRITERS = ['partner', ...REFERRERS] as const satisfies Role[];

export type ConsentKind = 'referral_police' | 'contact';

/**
 * The consent a referral to a partner of `kind` relies on. A regulator (a foreign-influence register's
 * commissioner) is an authority that enforces the law, like police: the same consent.
 */
export function consentNeededFor(kind: PartnerKind): ConsentKind {
  return kind === 'police' || kind === 'intelligence' || kind === 'regulator' ? 'referral_police' : 'contact';
}

/** Police and intelligence partners may take an original file (chain of custody); others the sanitised copy. */
export const mayTakeOriginals = (kind: PartnerKind) => kind === 'police' || kind === 'intelligence';

/** Business days a partner has to acknowledge a referral before the caseworker sees it flagged. */
export const ACK_BUSINESS_DAYS = 3;

/** `from` plus `days` business days (Monday to Friday, UTC; public holidays are not counted out). */
export function addBusinessDays(from: Date, days: number): Date {
  const d = new Date(from.getTime());
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const day = d.getUTCDay();
    if (day !== 0 && day !== 6) left -= 1;
  }
  return d;
}
