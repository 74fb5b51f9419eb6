import type { Role } from '../../shared/roles.ts';

/**
 * Who may do what with duty-to-warn records (the Public Inquiry into Foreign Interference, 2025):
 *   intake officers  open one (a threat heard at intake) and read them all
 *   caseworkers      open one; read those they opened, must deliver, or whose person's case they hold;
 *                    deliver one assigned to them; record the outcome of one they opened or delivered
 *   supervisors      everything; sign off one they did not open (the two-person rule for telling someone
 *                    their life is threatened), choosing who delivers it
 *   partners         (police) only those whose delivery was given to their organisation, after sign-off:
 *                    the person and the threat (never why it is credible, nor the reports behind it);
 *                    record the delivery and the person's acknowledgement
 *   analysts, admins nothing (analysts see counts in the dashboards, suppressed below 5)
 */
export const WARNING_STAFF = ['intake_officer', 'caseworker', 'supervisor'] as const satisfies Role[];
export const WARNING_SIGNERS = ['supervisor'] as const satisfies Role[];
export const WARNING_WORKERS = ['caseworker', 'supervisor'] as const satisfies Role[];
export const WARNING_PARTNERS = ['partner'] as const satisfies Role[];

/** A warning delivered through a partner goes to police: the partners that take duty-to-warn deliveries. */
export const DELIVERING_PARTNER_KINDS = ['police'] as const;

export type WarningActor = { userId: string; role: Role; partnerOrgId: string | null };

export type WarningAccess = {
  created_by: string;
  delivery_assignee_id: string | null;
  case_assignee_id: string | null;
  status: string;
  delivery_method: string | null;
  delivery_partner_org_id: string | null;
};

export function canSeeWarning(actor: WarningActor, w: WarningAccess): boolean {
  switch (actor.role) {
    case 'supervisor':
    case 'intake_officer':
      return true;
    case 'caseworker':
      return (
        w.created_by === actor.userId ||
        w.delivery_assignee_id === actor.userId ||
        w.case_assignee_id === actor.userId
      );
    case 'partner':
      return (
        w.delivery_method === 'police_partner' &&
        actor.partnerOrgId !== null &&
        w.delivery_partner_org_id === actor.partnerOrgId &&
        ['approved', 'delivered', 'closed'].includes(w.status)
      );
    case 'analyst':
    case 'admin':
      return false;
  }
}

export function warningPermissions(actor: WarningActor, w: WarningAccess) {
  const involved =
    actor.role === 'supervisor' || w.created_by === actor.userId || w.delivery_assignee_id === actor.userId;
  return {
    signOff: actor.role === 'supervisor' && w.status === 'awaiting_signoff' && w.created_by !== actor.userId,
    recordDelivery:
      w.status === 'approved' &&
      (actor.role === 'partner'
        ? w.delivery_method === 'police_partner'
        : w.delivery_method === 'caseworker' &&
          (actor.role === 'supervisor' ||
            (actor.role === 'caseworker' && w.delivery_assignee_id === actor.userId))),
    recordOutcome:
      w.status === 'delivered' && (actor.role === 'supervisor' || actor.role === 'caseworker') && involved,
  };
}
