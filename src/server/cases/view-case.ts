import type { CaseView, Message, Note, Task, TimelineEvent } from '../../shared/contracts/cases.ts';
import { openDigests } from '../evidence/sealing.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { openDetails, openNarrative, openPlace } from '../reports/sealing.ts';
import { tagsOfCases } from '../triage/repo.ts';
import { type CaseDeps, loadCase, userActor } from './load-case.ts';
import { type CaseActor, permissions } from './policy.ts';
import {
  deidentifiedReport,
  detailsView,
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

/** A case as its reader may see it: content to the roles that read content (audited), codes to the others. */

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
      if (!full || r.deidentified_at) {
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
    const disposed = row.deidentified_at !== null;
    return presentCaseView({
      summary: presentCaseSummary(row, staff, now, deps.config.ackTargetsMinutes, {
        readsContent: full,
        tags: (await tagsOfCases(tx, [caseId])).get(caseId) ?? [],
      }),
      mergedIntoId: row.merged_into_id,
      deidentified: !full,
      reports: reportViews,
      timeline,
      notes: noteViews,
      tasks: taskViews,
      messages: messageViews,
      // Nothing can be done on a case whose content was removed; reading what is left stays.
      permissions: disposed
        ? (Object.fromEntries(
            Object.keys(perms).map((k) => [k, k === 'readContent' && perms.readContent]),
          ) as typeof perms)
        : perms,
      retention: {
        deidentifiedAt: row.deidentified_at ? new Date(row.deidentified_at).toISOString() : null,
        destroyedAt: row.destroyed_at ? new Date(row.destroyed_at).toISOString() : null,
        legalHold: await repo.underLegalHold(tx, caseId),
      },
    });
  });
}
