import type { Role } from '../../shared/roles.ts';
import type { StixIdentifiers } from './stix.ts';

/**
 * Who exports what (DESIGN.md, "People"; cases/policy.ts for who reads which case content).
 *
 * CSV/JSON case exports are de-identified for everyone who may export: codes, month, province, counts and
 * a pseudonym per case — never a reference, narrative, identity or identifier value (cases-export.ts).
 *
 * STIX bundles carry the perpetrators' identifier values (phone numbers, accounts, addresses) only for
 * supervisors. Why supervisors: they read every case's content, identifiers included, and they are the
 * ones accountable for what leaves the focal point (they approve referrals without consent and
 * publications); handing identifiers to partner agencies is such a disclosure. Analysts work with codes —
 * their case view shows identifier kinds, never values — so their bundles carry kinds (stix.ts: counts
 * per kind in a STIX report; no observable, indicator or observed-data). Intake officers and caseworkers read
 * identifiers in the cases they work but export nothing: exports span every case.
 *
 * An analyst who needs the values for a partner asks for that export; a supervisor approves it (never
 * their own request), and the analyst may download it once, within APPROVAL_VALID_HOURS. The export's
 * parameters are fixed when asked for, so the supervisor approves exactly what will leave. Every step is
 * audited.
 */
export const EXPORTERS = ['analyst', 'supervisor'] as const satisfies Role[];
/** Who gets identifier values in STIX without asking. */
const VALUE_EXPORTERS: ReadonlySet<Role> = new Set<Role>(['supervisor']);
/** Who may ask for a STIX export with values (the others either have them or export nothing). */
export const VALUE_EXPORT_REQUESTERS = ['analyst'] as const satisfies Role[];
/** Who approves or rejects those requests. */
export const EXPORT_APPROVERS = ['supervisor'] as const satisfies Role[];
/** Who reads the requests: the analysts who asked (their own) and the supervisors who decide (all). */
export const EXPORT_REQUEST_READERS = ['analyst', 'supervisor'] as const satisfies Role[];
/** How long an approval may wait to be used (once). */
export const APPROVAL_VALID_HOURS = 24;

/** What a role's STIX bundle says of identifiers, without an approval. */
export const stixIdentifiersFor = (role: Role): StixIdentifiers =>
  VALUE_EXPORTERS.has(role) ? 'values' : 'kinds';

/** Whose requests a role sees: supervisors every request, analysts their own. */
export const requestsVisibleTo = (actor: { userId: string; role: Role }): string | null =>
  (EXPORT_APPROVERS as readonly Role[]).includes(actor.role) ? null : actor.userId;
