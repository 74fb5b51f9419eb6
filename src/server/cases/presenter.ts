import type {
  AuditItem,
  CasePermissions,
  CaseSummary,
  CaseView,
  EvidenceItem,
  Identifier,
  Message,
  Note,
  ReportView,
  RevealReason,
  StaffRef,
  Task,
  TimelineEvent,
} from '../../shared/contracts/cases.ts';
import type { Config } from '../config.ts';
import type { ReportDetails, ReportPlace } from '../reports/sealing.ts';
import type {
  AuditRow,
  CaseRow,
  EventRow,
  EvidenceRow,
  MessageRow,
  NoteRow,
  ReportRow,
  RevealEntryRow,
  StaffRow,
  TaskRow,
} from './repo.ts';

/**
 * Rows → API shapes, one function per entity; never a database row on the wire. De-identification for
 * analysts happens here and only here (`deidentifiedReport`), so what an analyst can see is one read.
 */

const iso = (d: Date | string) => new Date(d).toISOString();
const isoOrNull = (d: Date | string | null) => (d ? iso(d) : null);
const dateOnly = (d: string | Date | null) =>
  d ? (typeof d === 'string' ? d.slice(0, 10) : iso(d).slice(0, 10)) : null;

export function staffRef(row: StaffRow | undefined): StaffRef | null {
  return row ? { id: row.id, displayName: row.display_name || row.email, email: row.email } : null;
}

/** When a case must be acknowledged: opened time + the target for its risk (config, in minutes). */
export function ackDueAt(
  row: Pick<CaseRow, 'opened_at' | 'risk'>,
  targets: Config['ackTargetsMinutes'],
): Date {
  const minutes =
    row.risk === 'immediate' ? targets.immediate : row.risk === 'high' ? targets.high : targets.other;
  return new Date(new Date(row.opened_at).getTime() + minutes * 60_000);
}

export function presentCaseSummary(
  row: CaseRow,
  staff: Map<string, StaffRow>,
  now: Date,
  targets: Config['ackTargetsMinutes'],
): CaseSummary {
  const due = ackDueAt(row, targets);
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    risk: row.risk,
    assignee: row.assignee_id ? staffRef(staff.get(row.assignee_id)) : null,
    openedAt: iso(row.opened_at),
    acknowledgedAt: isoOrNull(row.acknowledged_at),
    ackDueAt: due.toISOString(),
    overdue: !row.acknowledged_at && row.status !== 'closed' && now.getTime() > due.getTime(),
    closedAt: isoOrNull(row.closed_at),
    closingReason: row.closing_reason,
    reportCount: row.report_count,
    province: row.province,
    tactics: row.tactics ?? [],
    version: row.version,
  };
}

/** What case work shows of a report's perpetrators: their descriptions, and the identifiers they gave. */
export type DetailsView = {
  perpetratorDescriptions: string[];
  identifiers: Identifier[];
};

/** The case view's reading of a report's details (opened, and read leniently, by reports/openDetails). */
export function detailsView(details: ReportDetails): DetailsView {
  return {
    perpetratorDescriptions: details.perpetrators.flatMap((p) => (p.description ? [p.description] : [])),
    identifiers: details.perpetrators.flatMap((p) =>
      p.indicators.map((i) => ({ kind: i.kind, platform: i.platform ?? null, value: i.value })),
    ),
  };
}

function identifierKinds(details: DetailsView): { kind: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const i of details.identifiers) counts.set(i.kind, (counts.get(i.kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => ({ kind, count })).sort((a, b) => a.kind.localeCompare(b.kind));
}

/** A report's classification; the sealed place only for staff who read content (none for analysts). */
function classificationOf(row: ReportRow, place: ReportPlace | null) {
  return {
    incidentStartedOn: dateOnly(row.incident_started_on),
    incidentEndedOn: dateOnly(row.incident_ended_on),
    ongoing: row.ongoing,
    province: row.province,
    city: place?.city ?? null,
    institution: row.institution,
    institutionOther: place?.institutionOther ?? null,
    tactics: row.tactics,
    communities: row.communities,
    channels: row.channels,
    impacts: row.impacts,
    perpetratorTypes: row.perpetrator_types,
    suspectedState: row.suspected_state,
  };
}

export function presentEvidence(
  row: EvidenceRow,
  opened: { filename: string | null; sha256Original: string },
): EvidenceItem {
  return {
    id: row.id,
    reportId: row.report_id,
    filename: opened.filename,
    mediaType: row.media_type,
    sizeBytes: Number(row.size_bytes),
    sha256Original: opened.sha256Original,
    sanitisedAvailable: Boolean(row.sanitised_blob_id),
    receivedAt: iso(row.received_at),
  };
}

/** The full report, for staff who may read case content. */
export function presentReport(
  row: ReportRow,
  content: { narrative: string; place: ReportPlace; details: DetailsView; evidence: EvidenceItem[] },
): ReportView {
  return {
    id: row.id,
    reference: row.reference,
    receivedAt: iso(row.received_at),
    language: row.language,
    reporterKind: row.reporter_kind,
    anonymous: row.anonymous,
    verified: row.verified,
    risk: row.risk,
    riskReasons: row.risk_reasons,
    consents: {
      contact: row.consent_contact,
      referralToPolice: row.consent_referral_police,
      anonymisedStatistics: row.consent_statistics,
      updates: row.consent_updates,
    },
    classification: classificationOf(row, content.place),
    narrative: content.narrative,
    identifiers: content.details.identifiers,
    identifierKinds: identifierKinds(content.details),
    perpetratorDescriptions: content.details.perpetratorDescriptions,
    evidence: content.evidence,
  };
}

/**
 * The analyst's view of a report: classification codes, dates, province and institution, risk reason
 * codes, consents and indicator kinds. No narrative, identity, contact, city or unlisted institution's
 * name, identifier values,
 * perpetrator descriptions or evidence. The reporter's language is dropped too: in a small community
 * it narrows down who wrote.
 */
export function deidentifiedReport(row: ReportRow, details: DetailsView): ReportView {
  return {
    id: row.id,
    reference: row.reference,
    receivedAt: iso(row.received_at),
    language: '',
    reporterKind: row.reporter_kind,
    anonymous: row.anonymous,
    verified: row.verified,
    risk: row.risk,
    riskReasons: row.risk_reasons,
    consents: {
      contact: row.consent_contact,
      referralToPolice: row.consent_referral_police,
      anonymisedStatistics: row.consent_statistics,
      updates: row.consent_updates,
    },
    classification: classificationOf(row, null),
    narrative: null,
    identifiers: null,
    identifierKinds: identifierKinds(details),
    perpetratorDescriptions: null,
    evidence: null,
  };
}

export function presentEvent(
  row: EventRow,
  staff: Map<string, StaffRow>,
  reason: string | null,
): TimelineEvent {
  return {
    id: row.id,
    at: iso(row.at),
    kind: row.kind,
    actor: row.actor_id ? staffRef(staff.get(row.actor_id)) : null,
    data: row.data ?? {},
    reason,
  };
}

export const presentNote = (row: NoteRow, staff: Map<string, StaffRow>, body: string): Note => ({
  id: row.id,
  author: staffRef(staff.get(row.author_id)),
  body,
  createdAt: iso(row.created_at),
});

export const presentTask = (row: TaskRow, staff: Map<string, StaffRow>, title: string): Task => ({
  id: row.id,
  title,
  assignee: row.assignee_id ? staffRef(staff.get(row.assignee_id)) : null,
  dueOn: dateOnly(row.due_on),
  done: Boolean(row.done_at),
  doneAt: isoOrNull(row.done_at),
  createdAt: iso(row.created_at),
});

export const presentMessage = (row: MessageRow, staff: Map<string, StaffRow>, body: string): Message => ({
  id: row.id,
  reportId: row.report_id,
  direction: row.direction,
  author: row.author_id ? staffRef(staff.get(row.author_id)) : null,
  body,
  createdAt: iso(row.created_at),
  readAt: isoOrNull(row.read_at),
});

export function presentCaseView({
  summary,
  ...parts
}: {
  summary: CaseSummary;
  mergedIntoId: string | null;
  deidentified: boolean;
  reports: ReportView[];
  timeline: TimelineEvent[];
  notes: Note[] | null;
  tasks: Task[] | null;
  messages: Message[] | null;
  permissions: CasePermissions;
}): CaseView {
  return { ...summary, ...parts };
}

export function presentRevealReason(
  row: RevealEntryRow & { case_id: string; revealed_at: Date },
  reason: string,
  staff: Map<string, StaffRow>,
): RevealReason {
  return {
    seq: Number(row.seq),
    revealId: row.reveal_id,
    caseId: row.case_id,
    revealedAt: iso(row.revealed_at),
    revealedBy: row.user_id ? staffRef(staff.get(row.user_id)) : null,
    reason,
  };
}

export function presentAudit(row: AuditRow, staff: Map<string, StaffRow>): AuditItem {
  return {
    seq: Number(row.seq),
    at: iso(row.at),
    actorType: row.actor_type,
    actor: row.actor_id ? staffRef(staff.get(row.actor_id)) : null,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    meta: row.meta,
  };
}
