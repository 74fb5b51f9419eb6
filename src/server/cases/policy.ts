import type { CasePermissions } from '../../shared/contracts/cases.ts';
import type { Role } from '../../shared/roles.ts';

/**
 * Who may do what with cases: the one place these rules live (DESIGN.md, "People and what they do").
 *
 *   intake_officer  every case: read the narrative and evidence, triage (status), classify, risk, assign, message
 *                   the reporter, notes, tasks, merge duplicates. Never the reporter's identity.
 *   caseworker      only the cases assigned to them, end to end: everything an intake officer may do on
 *                   them except assigning and merging, plus revealing the identity (with a reason).
 *   supervisor      everything on every case, including original (unsanitised) evidence with a reason.
 *   analyst         the de-identified view only (see presenter.ts `deidentify`): status, risk and its
 *                   reason codes, dates, province and institution (never city), classification codes,
 *                   indicator kinds and counts. Never the narrative, identity, contact details,
 *                   identifier values, perpetrator descriptions, messages, notes, tasks, evidence or
 *                   free-text reasons.
 *   admin           no case content at all (separation of duties); may read the audit log (codes only).
 *   partner         nothing here: partners see only their referrals, elsewhere.
 *
 * Every route also passes `staffGuard` with the role lists below; the per-case rules are `permissions`.
 */
export type CaseActor = { userId: string; role: Role };
export type CaseAccess = { assigneeId: string | null };

/** Roles that reach the case routes at all. */
export const CASE_READERS = [
  'intake_officer',
  'caseworker',
  'supervisor',
  'analyst',
] as const satisfies Role[];
/** Roles that act on case content (every case route except the list and the case view). */
export const CASE_WORKERS = ['intake_officer', 'caseworker', 'supervisor'] as const satisfies Role[];
/** Who may pick an assignee (and so list the people a case can be assigned to). */
export const CASE_ASSIGNERS = ['intake_officer', 'supervisor'] as const satisfies Role[];
/** Who reviews the reports held during a flood (release them into the queue, or discard them as spam). */
export const HELD_REVIEWERS = ['intake_officer', 'supervisor'] as const satisfies Role[];
/** Who reads the audit log: supervisors for oversight, admins for audit review. Entries hold codes only. */
export const AUDIT_READERS = ['supervisor', 'admin'] as const satisfies Role[];
/**
 * Who reads the sealed reason given for an identity reveal, from its audit entry: supervisors, for
 * oversight. Not admins: a reason may quote the case (separation of duties). Each reading is audited.
 */
export const REVEAL_REASON_READERS = ['supervisor'] as const satisfies Role[];
/** Who can be assigned a case. */
export const ASSIGNABLE_ROLES = ['caseworker', 'supervisor', 'intake_officer'] as const satisfies Role[];

const NONE: CasePermissions = {
  readContent: false,
  changeStatus: false,
  changeRisk: false,
  classify: false,
  assign: false,
  message: false,
  writeNotes: false,
  writeTasks: false,
  revealIdentity: false,
  merge: false,
  downloadEvidence: false,
  downloadOriginal: false,
};

/** Whether `actor` sees `access`'s case at all (in the queue and by id). */
export function canSeeCase(actor: CaseActor, access: CaseAccess): boolean {
  switch (actor.role) {
    case 'supervisor':
    case 'intake_officer':
    case 'analyst':
      return true;
    case 'caseworker':
      return access.assigneeId === actor.userId;
    case 'admin':
    case 'partner':
      return false;
  }
}

/** The queue a role sees: caseworkers see their own cases only. */
export function queueScope(actor: CaseActor): { onlyAssignedTo: string | null } {
  return { onlyAssignedTo: actor.role === 'caseworker' ? actor.userId : null };
}

/** Everything `actor` may do on a case they can see. */
export function permissions(actor: CaseActor, access: CaseAccess): CasePermissions {
  if (!canSeeCase(actor, access)) return NONE;
  switch (actor.role) {
    case 'supervisor':
      return {
        readContent: true,
        changeStatus: true,
        changeRisk: true,
        classify: true,
        assign: true,
        message: true,
        writeNotes: true,
        writeTasks: true,
        revealIdentity: true,
        merge: true,
        downloadEvidence: true,
        downloadOriginal: true,
      };
    case 'intake_officer':
      return {
        ...NONE,
        readContent: true,
        changeStatus: true,
        changeRisk: true,
        classify: true,
        assign: true,
        message: true,
        writeNotes: true,
        writeTasks: true,
        merge: true,
        downloadEvidence: true,
      };
    case 'caseworker':
      return {
        ...NONE,
        readContent: true,
        changeStatus: true,
        changeRisk: true,
        classify: true,
        message: true,
        writeNotes: true,
        writeTasks: true,
        revealIdentity: true,
        downloadEvidence: true,
      };
    case 'analyst':
    case 'admin':
    case 'partner':
      return NONE;
  }
}

export type CaseAbility = keyof CasePermissions;

export const can = (actor: CaseActor, access: CaseAccess, ability: CaseAbility): boolean =>
  permissions(actor, access)[ability];
