import type {
  ThreatAssessment,
  WarnedPerson,
  WarningSummary,
  WarningView,
} from '../../shared/contracts/duty-to-warn.ts';
import type { WarningActor } from './policy.ts';
import { warningPermissions } from './policy.ts';
import type { WarningRow } from './repo.ts';

const iso = (d: Date | string) => new Date(d).toISOString();
const isoOrNull = (d: Date | string | null) => (d ? iso(d) : null);

const named = (names: Map<string, string>, id: string | null) =>
  id ? { id, displayName: names.get(id) ?? '—' } : null;

export function presentWarningSummary(row: WarningRow, names: Map<string, string>): WarningSummary {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    severity: row.severity,
    createdAt: iso(row.created_at),
    createdBy: named(names, row.created_by),
    deliveryMethod: row.delivery_method,
    partnerOrg:
      row.delivery_partner_org_id && row.partner_org_name
        ? { id: row.delivery_partner_org_id, name: row.partner_org_name }
        : null,
    deliveredAt: isoOrNull(row.delivered_at),
    acknowledgement: row.acknowledgement,
    outcome: row.outcome,
  };
}

export type OpenedWarning = {
  person: WarnedPerson;
  assessment: ThreatAssessment;
  signoffNote: string | null;
  deliveryNote: string | null;
  outcomeNote: string | null;
};

/**
 * One warning as `actor` may see it. A partner delivers: they get the person, the threat and the delivery,
 * never why the threat is credible, the reports behind it, the supervisor's note or the outcome's note.
 */
export function presentWarning(
  row: WarningRow,
  opened: OpenedWarning,
  o: {
    actor: WarningActor;
    names: Map<string, string>;
    relatedCases: { id: string; reference: string }[];
    events: { at: Date; actor_id: string | null; kind: string; data: Record<string, string | null> }[];
  },
): WarningView {
  const partner = o.actor.role === 'partner';
  return {
    ...presentWarningSummary(row, o.names),
    person: opened.person,
    threat: opened.assessment.threat,
    assessment: partner ? null : opened.assessment,
    case:
      !partner && row.case_id && row.case_reference
        ? { id: row.case_id, reference: row.case_reference }
        : null,
    relatedCases: partner ? [] : o.relatedCases,
    signoff:
      row.signoff_at && row.signoff_by
        ? {
            by: named(o.names, row.signoff_by),
            at: iso(row.signoff_at),
            note: partner ? '' : (opened.signoffNote ?? ''),
          }
        : null,
    deliveryAssignee: named(o.names, row.delivery_assignee_id),
    deliveryChannel: row.delivery_channel,
    deliveryNote: opened.deliveryNote,
    outcomeNote: partner ? null : opened.outcomeNote,
    closedAt: isoOrNull(row.closed_at),
    events: o.events.map((e) => ({
      at: iso(e.at),
      kind: e.kind,
      actor: partner ? null : named(o.names, e.actor_id),
      data: e.data,
    })),
    version: row.version,
    permissions: warningPermissions(o.actor, row),
  };
}
