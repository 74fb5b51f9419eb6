import { randomUUID } from 'node:crypto';
import {
  type Assignee,
  AUDIT_PAGE_SIZE,
  type AuditList,
  type AuditQuery,
  CASES_PAGE_SIZE,
  type CaseList,
  type CaseListQuery,
  type CaseSummary,
  type CaseUpdate,
  type CaseView,
  canTransition,
  type IdentityAnswer,
  type MergeRequest,
  type Message,
  type NewMessage,
  type NewNote,
  type NewTask,
  type Note,
  type ReporterIdentity,
  RISKS,
  type Task,
  type TimelineEvent,
} from '../../shared/contracts/cases.ts';
import type { Role } from '../../shared/roles.ts';
import { AUDIT_CHECKPOINT_JOB } from '../audit-log/take-checkpoint.ts';
import type { AppDeps } from '../deps.ts';
import { openDigests } from '../evidence/sealing.ts';
import { countHeldCases } from '../intake/repo.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import type { Queryable } from '../platform/db/db.ts';
import { AppError, forbidden, notFound } from '../platform/http/errors.ts';
import { openDetails, openIdentity, openNarrative, openPlace } from '../reports/sealing.ts';
import {
  ASSIGNABLE_ROLES,
  type CaseAbility,
  type CaseActor,
  can,
  canSeeCase,
  permissions,
  queueScope,
} from './policy.ts';
import {
  deidentifiedReport,
  detailsView,
  presentAudit,
  presentCaseSummary,
  presentCaseView,
  presentEvent,
  presentEvidence,
  presentMessage,
  presentNote,
  presentReport,
  presentTask,
} from './presenter.ts';
import * as repo from './repo.ts';
import { aad } from './sealing.ts';

/**
 * Case work: one verb-named function per act, each reading find → 404 → permission → act → audit, in one
 * transaction so the audit entry exists if and only if the act does. Content is opened only for people
 * whose role may read it (policy.ts), and every opening of a narrative or an identity is audited.
 */
export type CaseDeps = Pick<AppDeps, 'db' | 'vault' | 'clock' | 'config' | 'blobs' | 'keys' | 'runtime'>;

const userActor = (actor: CaseActor) => ({ type: 'user' as const, id: actor.userId });

async function loadCase(q: Queryable, actor: CaseActor, caseId: string, forUpdate = false) {
  const row = await repo.findCase(q, caseId, { forUpdate });
  if (!row) throw notFound();
  if (!canSeeCase(actor, { assigneeId: row.assignee_id })) throw forbidden();
  return row;
}

function demand(actor: CaseActor, row: repo.CaseRow, ability: CaseAbility) {
  if (!can(actor, { assigneeId: row.assignee_id }, ability)) throw forbidden();
}

async function summaryOf(deps: CaseDeps, q: Queryable, caseId: string): Promise<CaseSummary> {
  const row = await repo.findCase(q, caseId);
  if (!row) throw notFound();
  const staff = await repo.staffByIds(q, [row.assignee_id]);
  return presentCaseSummary(row, staff, deps.clock.now(), deps.config.ackTargetsMinutes);
}

export async function listCases(deps: CaseDeps, actor: CaseActor, query: CaseListQuery): Promise<CaseList> {
  const { rows, total } = await repo.listCases(deps.db, {
    ...query,
    ...queueScope(actor),
    me: actor.userId,
  });
  const staff = await repo.staffByIds(
    deps.db,
    rows.map((r) => r.assignee_id),
  );
  const now = deps.clock.now();
  return {
    items: rows.map((r) => presentCaseSummary(r, staff, now, deps.config.ackTargetsMinutes)),
    total,
    held: await countHeldCases(deps.db),
    page: query.page,
    pageSize: CASES_PAGE_SIZE,
  };
}

export async function viewCase(deps: CaseDeps, actor: CaseActor, caseId: string): Promise<CaseView> {
  return deps.db.transaction(async (tx) => {
    const row = await loadCase(tx, actor, caseId);
    const perms = permissions(actor, { assigneeId: row.assignee_id });
    const now = deps.clock.now();
    const [reports, events] = await Promise.all([repo.reportsOf(tx, caseId), repo.eventsOf(tx, caseId)]);
    const full = perms.readContent;

    const evidenceRows = full ? await repo.evidenceOf(tx, caseId) : [];
    const notes = full ? await repo.notesOf(tx, caseId) : [];
    const tasks = full ? await repo.tasksOf(tx, caseId) : [];
    const messages = full ? await repo.messagesOf(tx, caseId) : [];
    const staff = await repo.staffByIds(tx, [
      row.assignee_id,
      ...events.map((e) => e.actor_id),
      ...notes.map((n) => n.author_id),
      ...tasks.map((t) => t.assignee_id),
      ...messages.map((m) => m.author_id),
    ]);

    const reportViews = [];
    for (const r of reports) {
      const details = detailsView(await openDetails(deps.vault, tx, r.id, r.details_sealed));
      if (!full) {
        reportViews.push(deidentifiedReport(r, details));
        continue;
      }
      const evidence = [];
      for (const e of evidenceRows.filter((x) => x.report_id === r.id)) {
        const filename = e.filename_sealed
          ? await deps.vault.openText(tx, e.filename_sealed, aad.evidenceFilename(e.id))
          : null;
        const { sha256Original } = await openDigests(tx, deps.vault, e);
        evidence.push(presentEvidence(e, { filename, sha256Original }));
      }
      const narrative = await openNarrative(deps.vault, tx, r.id, r.narrative_sealed);
      const place = await openPlace(deps.vault, tx, r.id, r.place_sealed);
      reportViews.push(presentReport(r, { narrative, place, details, evidence }));
    }

    // Arrivals are facts of the reports and messages themselves; the timeline shows them in their place.
    const timeline: TimelineEvent[] = reports.map((r) => ({
      id: r.id,
      at: new Date(r.received_at).toISOString(),
      kind: 'report_received',
      actor: null,
      data: { report: r.reference },
      reason: null,
    }));
    for (const m of messages.filter((x) => x.direction === 'from_reporter')) {
      timeline.push({
        id: m.id,
        at: new Date(m.created_at).toISOString(),
        kind: 'message_received',
        actor: null,
        data: {},
        reason: null,
      });
    }
    for (const e of events) {
      const reason =
        full && e.reason_sealed
          ? await deps.vault.openText(tx, e.reason_sealed, aad.eventReason(e.id))
          : null;
      timeline.push(presentEvent(e, staff, reason));
    }

    let noteViews: Note[] | null = null;
    let taskViews: Task[] | null = null;
    let messageViews: Message[] | null = null;
    if (full) {
      noteViews = [];
      for (const n of notes) {
        noteViews.push(presentNote(n, staff, await deps.vault.openText(tx, n.body_sealed, aad.note(n.id))));
      }
      taskViews = [];
      for (const t of tasks) {
        taskViews.push(
          presentTask(t, staff, await deps.vault.openText(tx, t.title_sealed, aad.taskTitle(t.id))),
        );
      }
      messageViews = [];
      for (const m of messages) {
        messageViews.push(
          presentMessage(m, staff, await deps.vault.openText(tx, m.body_sealed, aad.message(m.id))),
        );
      }
      await repo.markReporterMessagesRead(tx, caseId, now);
      await appendAudit(
        tx,
        deps.keys,
        {
          actor: userActor(actor),
          action: 'case.narrative.viewed',
          target: { type: 'case', id: caseId },
          meta: { reports: reports.length },
        },
        now,
      );
    }

    timeline.sort((a, b) => a.at.localeCompare(b.at));
    return presentCaseView({
      summary: presentCaseSummary(row, staff, now, deps.config.ackTargetsMinutes),
      mergedIntoId: row.merged_into_id,
      deidentified: !full,
      reports: reportViews,
      timeline,
      notes: noteViews,
      tasks: taskViews,
      messages: messageViews,
      permissions: perms,
    });
  });
}

export async function updateCase(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  input: CaseUpdate,
): Promise<CaseSummary> {
  return deps.db.transaction(async (tx) => {
    const row = await loadCase(tx, actor, caseId, true);
    if (row.merged_into_id) throw new AppError(409, 'cases.error.merged');
    if (row.version !== input.version) throw new AppError(409, 'error.conflict');
    const now = deps.clock.now();
    const changes: repo.CaseChanges = {};
    const events: Parameters<typeof repo.addEvent>[2][] = [];
    const audits: { action: string; meta: Record<string, string | null> }[] = [];

    if (input.status !== undefined && input.status !== row.status) {
      demand(actor, row, 'changeStatus');
      if (!canTransition(row.status, input.status)) {
        throw new AppError(400, 'cases.error.transition', {
          fields: { status: { key: 'cases.error.transition' } },
        });
      }
      changes.status = input.status;
      if (input.status === 'closed') {
        if (!input.closingReason) {
          throw new AppError(400, 'error.validation', {
            fields: { closingReason: { key: 'error.required' } },
          });
        }
        changes.closingReason = input.closingReason;
        changes.closedAt = now;
      } else if (row.status === 'closed') {
        changes.closingReason = null;
        changes.closedAt = null;
      }
      changes.acknowledgedAt = now;
      const data = { from: row.status, to: input.status, closingReason: input.closingReason ?? null };
      events.push({ caseId, actorId: actor.userId, kind: 'status_changed', data, at: now });
      audits.push({ action: 'case.status.changed', meta: { from: row.status, to: input.status } });
    } else if (input.closingReason !== undefined && row.status !== 'closed') {
      throw new AppError(400, 'error.validation', { fields: { closingReason: { key: 'error.invalid' } } });
    }

    if (input.risk !== undefined && input.risk !== row.risk) {
      demand(actor, row, 'changeRisk');
      if (!input.riskReason) {
        throw new AppError(400, 'error.validation', { fields: { riskReason: { key: 'error.required' } } });
      }
      changes.risk = input.risk;
      changes.acknowledgedAt = now;
      events.push({
        caseId,
        actorId: actor.userId,
        kind: 'risk_changed',
        data: { from: row.risk, to: input.risk },
        reason: input.riskReason,
        at: now,
      });
      audits.push({ action: 'case.risk.changed', meta: { from: row.risk, to: input.risk } });
    }

    if (input.assigneeId !== undefined && input.assigneeId !== row.assignee_id) {
      demand(actor, row, 'assign');
      if (input.assigneeId && !(await repo.userIsAssignable(tx, input.assigneeId, ASSIGNABLE_ROLES))) {
        throw new AppError(400, 'error.validation', {
          fields: { assigneeId: { key: 'cases.error.notAssignable' } },
        });
      }
      changes.assigneeId = input.assigneeId;
      events.push({
        caseId,
        actorId: actor.userId,
        kind: 'assigned',
        data: { to: input.assigneeId },
        at: now,
      });
      audits.push({ action: 'case.assigned', meta: { assignee: input.assigneeId } });
    }

    let classification: { reportId: string; changes: repo.ReportClassificationChanges } | null = null;
    if (input.classification) {
      demand(actor, row, 'classify');
      const { reportId, ...codes } = input.classification;
      const report = (await repo.reportsOf(tx, caseId)).find((r) => r.id === reportId);
      if (!report) {
        throw new AppError(400, 'error.validation', {
          fields: { 'classification.reportId': { key: 'error.invalidChoice' } },
        });
      }
      const vocabularies = [
        ['tactics', 'tactic'],
        ['communities', 'community'],
        ['channels', 'channel'],
        ['impacts', 'impact'],
        ['perpetratorTypes', 'perpetrator_type'],
      ] as const;
      for (const [field, vocabulary] of vocabularies) {
        const wanted = [...new Set(codes[field] ?? [])];
        const known = await repo.activeTerms(tx, vocabulary, wanted);
        if (wanted.some((c) => !known.has(c))) {
          throw new AppError(400, 'error.validation', {
            fields: { [`classification.${field}`]: { key: 'error.invalidChoice' } },
          });
        }
        if (codes[field]) codes[field] = wanted;
      }
      if (Object.keys(codes).length > 0) {
        classification = { reportId, changes: codes };
        changes.acknowledgedAt = now;
        events.push({
          caseId,
          actorId: actor.userId,
          kind: 'classified',
          data: { report: report.reference },
          at: now,
        });
        audits.push({ action: 'case.classified', meta: { report: reportId } });
      }
    }

    if (events.length === 0) return summaryOf(deps, tx, caseId);
    if (!(await repo.updateCaseRow(tx, caseId, input.version, changes, now))) {
      throw new AppError(409, 'error.conflict');
    }
    if (classification)
      await repo.updateReportClassification(tx, classification.reportId, classification.changes);
    for (const e of events) await repo.addEvent(tx, deps.vault, e);
    for (const a of audits) {
      await appendAudit(
        tx,
        deps.keys,
        { actor: userActor(actor), action: a.action, target: { type: 'case', id: caseId }, meta: a.meta },
        now,
      );
    }
    return summaryOf(deps, tx, caseId);
  });
}

function readIdentity(json: unknown): Omit<ReporterIdentity, 'reportId' | 'reference' | 'anonymous'> {
  const o = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  const safe = o.safeToContact;
  return {
    name: str(o.name),
    email: str(o.email),
    phone: str(o.phone),
    preferredLanguage: str(o.preferredLanguage),
    safeToContact: typeof safe === 'boolean' ? safe : str(safe),
  };
}

export async function revealIdentity(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  reason: string,
): Promise<IdentityAnswer> {
  const answer = await deps.db.transaction(async (tx) => {
    const row = await loadCase(tx, actor, caseId);
    demand(actor, row, 'revealIdentity');
    const now = deps.clock.now();
    const identities: ReporterIdentity[] = [];
    for (const r of await repo.reportsOf(tx, caseId)) {
      const identity = readIdentity(
        JSON.parse((await openIdentity(deps.vault, tx, r.id, r.identity_sealed)) ?? 'null'),
      );
      identities.push({ reportId: r.id, reference: r.reference, anonymous: r.anonymous, ...identity });
    }
    const id = randomUUID();
    const key = await deps.vault.newDataKey(tx);
    await tx.query(
      `INSERT INTO identity_reveals (id, case_id, user_id, data_key_id, reason_sealed, revealed_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, caseId, actor.userId, key.id, deps.vault.seal(key, reason, aad.revealReason(id)), now],
    );
    await repo.addEvent(tx, deps.vault, {
      caseId,
      actorId: actor.userId,
      kind: 'identity_revealed',
      reason,
      at: now,
    });
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: userActor(actor),
        action: 'case.identity.revealed',
        target: { type: 'case', id: caseId },
        meta: { reveal: id },
      },
      now,
    );
    return { identities };
  });
  // A reveal is what someone who takes over the database would most want to erase: its entry is signed
  // outside the database within seconds, not at the next hourly checkpoint.
  deps.runtime.scheduler.nudge(AUDIT_CHECKPOINT_JOB);
  return answer;
}

export async function sendMessage(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  input: NewMessage,
): Promise<Message> {
  return deps.db.transaction(async (tx) => {
    const row = await loadCase(tx, actor, caseId);
    demand(actor, row, 'message');
    if (row.merged_into_id) throw new AppError(409, 'cases.error.merged');
    const reports = await repo.reportsOf(tx, caseId);
    // A merged case may hold reports of different people: a message goes to one receipt holder only.
    const report = input.reportId
      ? reports.find((r) => r.id === input.reportId)
      : (reports.find((r) => r.reference === row.reference) ?? reports[0]);
    if (!report) {
      throw new AppError(400, 'error.validation', { fields: { reportId: { key: 'error.invalidChoice' } } });
    }
    const now = deps.clock.now();
    const id = randomUUID();
    const key = await deps.vault.newDataKey(tx);
    await tx.query(
      `INSERT INTO case_messages (id, case_id, report_id, direction, author_id, data_key_id, body_sealed, created_at)
       VALUES ($1, $2, $3, 'to_reporter', $4, $5, $6, $7)`,
      [id, caseId, report.id, actor.userId, key.id, deps.vault.seal(key, input.body, aad.message(id)), now],
    );
    await repo.acknowledge(tx, caseId, now);
    await repo.addEvent(tx, deps.vault, {
      caseId,
      actorId: actor.userId,
      kind: 'message_sent',
      data: { report: report.reference },
      at: now,
    });
    await appendAudit(
      tx,
      deps.keys,
      { actor: userActor(actor), action: 'case.message.sent', target: { type: 'case', id: caseId } },
      now,
    );
    const staff = await repo.staffByIds(tx, [actor.userId]);
    return presentMessage(
      {
        id,
        report_id: report.id,
        direction: 'to_reporter',
        author_id: actor.userId,
        body_sealed: null,
        created_at: now,
        read_at: null,
      },
      staff,
      input.body,
    );
  });
}

export async function addNote(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  input: NewNote,
): Promise<Note> {
  return deps.db.transaction(async (tx) => {
    const row = await loadCase(tx, actor, caseId);
    demand(actor, row, 'writeNotes');
    const now = deps.clock.now();
    const id = randomUUID();
    const key = await deps.vault.newDataKey(tx);
    await tx.query(
      `INSERT INTO case_notes (id, case_id, author_id, data_key_id, body_sealed, created_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, caseId, actor.userId, key.id, deps.vault.seal(key, input.body, aad.note(id)), now],
    );
    await repo.addEvent(tx, deps.vault, { caseId, actorId: actor.userId, kind: 'note_added', at: now });
    await appendAudit(
      tx,
      deps.keys,
      { actor: userActor(actor), action: 'case.note.added', target: { type: 'case', id: caseId } },
      now,
    );
    const staff = await repo.staffByIds(tx, [actor.userId]);
    return presentNote(
      { id, author_id: actor.userId, body_sealed: null, created_at: now },
      staff,
      input.body,
    );
  });
}

export async function addTask(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  input: NewTask,
): Promise<Task> {
  return deps.db.transaction(async (tx) => {
    const row = await loadCase(tx, actor, caseId);
    demand(actor, row, 'writeTasks');
    if (input.assigneeId && !(await repo.userIsAssignable(tx, input.assigneeId, ASSIGNABLE_ROLES))) {
      throw new AppError(400, 'error.validation', {
        fields: { assigneeId: { key: 'cases.error.notAssignable' } },
      });
    }
    const now = deps.clock.now();
    const id = randomUUID();
    const key = await deps.vault.newDataKey(tx);
    await tx.query(
      `INSERT INTO case_tasks (id, case_id, created_by, assignee_id, data_key_id, title_sealed, due_on, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        id,
        caseId,
        actor.userId,
        input.assigneeId ?? null,
        key.id,
        deps.vault.seal(key, input.title, aad.taskTitle(id)),
        input.dueOn ?? null,
        now,
      ],
    );
    await repo.addEvent(tx, deps.vault, { caseId, actorId: actor.userId, kind: 'task_added', at: now });
    await appendAudit(
      tx,
      deps.keys,
      { actor: userActor(actor), action: 'case.task.added', target: { type: 'case', id: caseId } },
      now,
    );
    const staff = await repo.staffByIds(tx, [input.assigneeId ?? null]);
    return presentTask(
      {
        id,
        assignee_id: input.assigneeId ?? null,
        title_sealed: null,
        due_on: input.dueOn ?? null,
        done_at: null,
        created_at: now,
      },
      staff,
      input.title,
    );
  });
}

export async function setTaskDone(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  taskId: string,
  done: boolean,
): Promise<Task> {
  return deps.db.transaction(async (tx) => {
    const row = await loadCase(tx, actor, caseId);
    demand(actor, row, 'writeTasks');
    const now = deps.clock.now();
    const { rows } = await tx.query<repo.TaskRow>(
      `UPDATE case_tasks SET done_at = CASE WHEN $3 THEN COALESCE(done_at, $4::timestamptz) ELSE NULL END
        WHERE id = $1 AND case_id = $2
        RETURNING id, assignee_id, title_sealed, due_on::text, done_at, created_at`,
      [taskId, caseId, done, now],
    );
    const task = rows[0];
    if (!task) throw notFound();
    await repo.addEvent(tx, deps.vault, {
      caseId,
      actorId: actor.userId,
      kind: done ? 'task_done' : 'task_reopened',
      at: now,
    });
    const staff = await repo.staffByIds(tx, [task.assignee_id]);
    return presentTask(task, staff, await deps.vault.openText(tx, task.title_sealed, aad.taskTitle(task.id)));
  });
}

const riskRank = (r: string) => RISKS.indexOf(r as (typeof RISKS)[number]);

/** Merges this (duplicate) case into another: its reports, messages, notes and tasks move over. */
export async function mergeCase(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  input: MergeRequest,
): Promise<CaseSummary> {
  return deps.db.transaction(async (tx) => {
    const source = await loadCase(tx, actor, caseId, true);
    demand(actor, source, 'merge');
    const intoId = input.intoCaseId ?? (await repo.findCaseByReference(tx, input.intoReference ?? ''))?.id;
    if (!intoId) {
      throw new AppError(400, 'error.validation', {
        fields: { intoReference: { key: 'cases.error.noSuchCase' } },
      });
    }
    if (intoId === caseId) throw new AppError(400, 'cases.error.mergeSelf');
    const target = await repo.findCase(tx, intoId, { forUpdate: true });
    if (!target) {
      throw new AppError(400, 'error.validation', {
        fields: { intoCaseId: { key: 'cases.error.noSuchCase' } },
      });
    }
    demand(actor, target, 'merge');
    if (source.merged_into_id || target.merged_into_id) throw new AppError(409, 'cases.error.merged');
    const now = deps.clock.now();
    await repo.moveCaseContent(tx, caseId, intoId);
    await repo.updateCaseRow(
      tx,
      caseId,
      source.version,
      {
        mergedIntoId: intoId,
        status: 'closed',
        closingReason: 'duplicate',
        closedAt: now,
        acknowledgedAt: now,
      },
      now,
    );
    // The merged case keeps the more urgent of the two risks.
    const escalate = riskRank(source.risk) < riskRank(target.risk);
    await repo.updateCaseRow(
      tx,
      intoId,
      target.version,
      {
        ...(escalate ? { risk: source.risk } : {}),
        ...(source.acknowledged_at ? { acknowledgedAt: now } : {}),
      },
      now,
    );
    await repo.addEvent(tx, deps.vault, {
      caseId,
      actorId: actor.userId,
      kind: 'merged_into',
      data: { case: target.reference },
      at: now,
    });
    await repo.addEvent(tx, deps.vault, {
      caseId: intoId,
      actorId: actor.userId,
      kind: 'merged_from',
      data: { case: source.reference, ...(escalate ? { riskFrom: target.risk, riskTo: source.risk } : {}) },
      at: now,
    });
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: userActor(actor),
        action: 'case.merged',
        target: { type: 'case', id: caseId },
        meta: { into: intoId },
      },
      now,
    );
    return summaryOf(deps, tx, intoId);
  });
}

export type EvidenceDownload = { bytes: Buffer; mediaType: string; fileId: string };

/** A sanitised copy for anyone who may read the case; the original only for supervisors, with a reason. */
export async function downloadEvidence(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  fileId: string,
  original?: { reason: string },
): Promise<EvidenceDownload> {
  return deps.db.transaction(async (tx) => {
    const row = await loadCase(tx, actor, caseId);
    demand(actor, row, original ? 'downloadOriginal' : 'downloadEvidence');
    const file = (await repo.evidenceOf(tx, caseId)).find((e) => e.id === fileId);
    if (!file) throw notFound();
    const now = deps.clock.now();
    let bytes: Buffer;
    if (original) {
      bytes = await deps.vault.open(
        tx,
        await deps.blobs.get(file.original_blob_id),
        aad.evidenceOriginal(file.id),
      );
      const id = randomUUID();
      const key = await deps.vault.newDataKey(tx);
      await tx.query(
        `INSERT INTO evidence_original_downloads
           (id, evidence_file_id, case_id, user_id, data_key_id, reason_sealed, downloaded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          id,
          file.id,
          caseId,
          actor.userId,
          key.id,
          deps.vault.seal(key, original.reason, aad.originalDownloadReason(id)),
          now,
        ],
      );
      await repo.addEvent(tx, deps.vault, {
        caseId,
        actorId: actor.userId,
        kind: 'evidence_original_downloaded',
        data: { file: file.id },
        reason: original.reason,
        at: now,
      });
    } else {
      if (!file.sanitised_blob_id) throw new AppError(404, 'cases.error.noSanitisedCopy');
      bytes = await deps.vault.open(
        tx,
        await deps.blobs.get(file.sanitised_blob_id),
        aad.evidenceSanitised(file.id),
      );
    }
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: userActor(actor),
        action: original ? 'case.evidence.original_downloaded' : 'case.evidence.downloaded',
        target: { type: 'evidence_file', id: file.id },
        meta: { case: caseId },
      },
      now,
    );
    return { bytes, mediaType: file.media_type, fileId: file.id };
  });
}

export async function listAssignees(deps: CaseDeps): Promise<{ items: Assignee[] }> {
  const rows = await repo.assignableStaff(deps.db, ASSIGNABLE_ROLES);
  return {
    items: rows.map((r) => ({
      id: r.id,
      displayName: r.display_name || r.email,
      email: r.email,
      role: r.role as Role,
    })),
  };
}

export async function listAuditEntries(deps: CaseDeps, query: AuditQuery): Promise<AuditList> {
  const { rows, total } = await repo.listAudit(deps.db, {
    page: query.page,
    pageSize: AUDIT_PAGE_SIZE,
    action: query.action,
    targetId: query.targetId,
  });
  const staff = await repo.staffByIds(
    deps.db,
    rows.map((r) => (r.actor_type === 'user' ? r.actor_id : null)),
  );
  return {
    items: rows.map((r) => presentAudit(r, staff)),
    total,
    page: query.page,
    pageSize: AUDIT_PAGE_SIZE,
  };
}
