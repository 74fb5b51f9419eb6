import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AssigneeList,
  AuditList,
  AuditPeople,
  AuditQuery,
  CaseList,
  CaseListQuery,
  CaseSummary,
  CaseUpdate,
  CaseView,
  HeldReview,
  HeldReviewResult,
  IdentityAnswer,
  MergeRequest,
  Message,
  NewMessage,
  NewNote,
  NewTask,
  Note,
  Reason,
  RevealReason,
  RevealReasonParams,
  Task,
  TaskUpdate,
} from '../../shared/contracts/cases.ts';
import { principal, staffGuard } from '../auth/guard.ts';
import type { AppDeps } from '../deps.ts';
import { listAuditEntries, listAuditPeople } from './audit-view.ts';
import { downloadEvidence, type EvidenceDownload } from './download-evidence.ts';
import { listAssignees, listCases } from './list-cases.ts';
import { mergeCase } from './merge-case.ts';
import { addNote, addTask, setTaskDone } from './notes-and-tasks.ts';
import {
  AUDIT_READERS,
  CASE_ASSIGNERS,
  CASE_READERS,
  CASE_WORKERS,
  HELD_REVIEWERS,
  REVEAL_REASON_READERS,
} from './policy.ts';
import { readRevealReason } from './read-reveal-reason.ts';
import { revealIdentity } from './reveal-identity.ts';
import { reviewHeldCases } from './review-held-cases.ts';
import { sendMessage } from './send-message.ts';
import { updateCase } from './update-case.ts';
import { viewCase } from './view-case.ts';

const CaseParams = z.object({ id: z.uuid() });
const FileParams = z.object({ id: z.uuid(), fileId: z.uuid() });
const TaskParams = z.object({ id: z.uuid(), taskId: z.uuid() });
const security = [{ session: [] }];
const tags = ['cases'];

/** Thin handlers: validate (schemas), authorise (guard + policy in the service), act, present. */
export function caseRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const readers = staffGuard(deps, CASE_READERS);
  const workers = staffGuard(deps, CASE_WORKERS);

  return async (app) => {
    app.get(
      '/api/v1/cases',
      {
        preHandler: readers,
        schema: {
          tags,
          security,
          summary: 'The triage queue: cases ordered by risk then age, with acknowledgement targets',
          querystring: CaseListQuery,
          response: { 200: CaseList },
        },
      },
      async (req) => listCases(deps, principal(req), req.query),
    );

    app.post(
      '/api/v1/cases/held',
      {
        preHandler: staffGuard(deps, HELD_REVIEWERS),
        schema: {
          tags,
          security,
          summary: 'Release the reports held apart during a flood into the queue, or discard them as spam',
          body: HeldReview,
          response: { 200: HeldReviewResult },
        },
      },
      async (req) => reviewHeldCases(deps, principal(req), req.body),
    );

    app.get(
      '/api/v1/cases/assignees',
      {
        preHandler: staffGuard(deps, CASE_ASSIGNERS),
        schema: {
          tags,
          security,
          summary: 'Staff a case can be assigned to',
          response: { 200: AssigneeList },
        },
      },
      async () => listAssignees(deps),
    );

    app.get(
      '/api/v1/cases/:id',
      {
        preHandler: readers,
        schema: {
          tags,
          security,
          summary: 'One case: reports, narrative, evidence, timeline, notes, tasks, messages (audited)',
          description: 'Analysts receive the de-identified view (deidentified: true).',
          params: CaseParams,
          response: { 200: CaseView },
        },
      },
      async (req) => viewCase(deps, principal(req), req.params.id),
    );

    app.patch(
      '/api/v1/cases/:id',
      {
        preHandler: workers,
        schema: {
          tags,
          security,
          summary: 'Change status (with closing reason), risk (with reason) or assignee',
          params: CaseParams,
          body: CaseUpdate,
          response: { 200: CaseSummary },
        },
      },
      async (req) => updateCase(deps, principal(req), req.params.id, req.body),
    );

    app.post(
      '/api/v1/cases/:id/identity',
      {
        preHandler: staffGuard(deps, ['caseworker', 'supervisor']),
        schema: {
          tags,
          security,
          summary: "Reveal the reporter's identity, with a stated reason (audited)",
          params: CaseParams,
          body: Reason,
          response: { 200: IdentityAnswer },
        },
      },
      async (req) => revealIdentity(deps, principal(req), req.params.id, req.body.reason),
    );

    app.post(
      '/api/v1/cases/:id/messages',
      {
        preHandler: workers,
        schema: {
          tags,
          security,
          summary: 'Send a message to the reporter (shown on their follow-up page)',
          params: CaseParams,
          body: NewMessage,
          response: { 201: Message },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await sendMessage(deps, principal(req), req.params.id, req.body)),
    );

    app.post(
      '/api/v1/cases/:id/notes',
      {
        preHandler: workers,
        schema: {
          tags,
          security,
          summary: 'Add an internal note (staff only)',
          params: CaseParams,
          body: NewNote,
          response: { 201: Note },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await addNote(deps, principal(req), req.params.id, req.body)),
    );

    app.post(
      '/api/v1/cases/:id/tasks',
      {
        preHandler: workers,
        schema: {
          tags,
          security,
          summary: 'Add a task',
          params: CaseParams,
          body: NewTask,
          response: { 201: Task },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await addTask(deps, principal(req), req.params.id, req.body)),
    );

    app.patch(
      '/api/v1/cases/:id/tasks/:taskId',
      {
        preHandler: workers,
        schema: {
          tags,
          security,
          summary: 'Mark a task done or not done',
          params: TaskParams,
          body: TaskUpdate,
          response: { 200: Task },
        },
      },
      async (req) => setTaskDone(deps, principal(req), req.params.id, req.params.taskId, req.body.done),
    );

    app.post(
      '/api/v1/cases/:id/merge',
      {
        preHandler: staffGuard(deps, ['intake_officer', 'supervisor']),
        schema: {
          tags,
          security,
          summary: 'Merge this duplicate case into another; answers the case merged into',
          params: CaseParams,
          body: MergeRequest,
          response: { 200: CaseSummary },
        },
      },
      async (req) => mergeCase(deps, principal(req), req.params.id, req.body),
    );

    app.get(
      '/api/v1/cases/:id/evidence/:fileId',
      {
        preHandler: workers,
        schema: {
          tags,
          security,
          summary: 'Download the sanitised copy of an evidence file (audited)',
          params: FileParams,
          produces: ['application/octet-stream'],
        },
      },
      async (req, reply) => {
        const file = await downloadEvidence(deps, principal(req), req.params.id, req.params.fileId);
        return sendFile(reply, file, 'sanitised');
      },
    );

    app.post(
      '/api/v1/cases/:id/evidence/:fileId/original',
      {
        preHandler: staffGuard(deps, ['supervisor']),
        schema: {
          tags,
          security,
          summary: 'Download the original evidence file, with a stated reason (supervisors, audited)',
          params: FileParams,
          body: Reason,
          produces: ['application/octet-stream'],
        },
      },
      async (req, reply) => {
        const file = await downloadEvidence(deps, principal(req), req.params.id, req.params.fileId, {
          reason: req.body.reason,
        });
        return sendFile(reply, file, 'original');
      },
    );

    app.get(
      '/api/v1/audit',
      {
        preHandler: staffGuard(deps, AUDIT_READERS),
        schema: {
          tags: ['audit'],
          security,
          summary:
            'The audit log, newest first: people by name, cases by reference (codes only, never content)',
          querystring: AuditQuery,
          response: { 200: AuditList },
        },
      },
      async (req) => listAuditEntries(deps, req.query),
    );

    app.get(
      '/api/v1/audit/people',
      {
        preHandler: staffGuard(deps, AUDIT_READERS),
        schema: {
          tags: ['audit'],
          security,
          summary: 'Everyone on staff, by name, to filter the audit log by',
          response: { 200: AuditPeople },
        },
      },
      async () => listAuditPeople(deps),
    );

    app.get(
      '/api/v1/audit/:seq/reveal-reason',
      {
        preHandler: staffGuard(deps, REVEAL_REASON_READERS),
        schema: {
          tags: ['audit'],
          security,
          summary: 'The reason given for an identity reveal, from its audit entry (supervisors; audited)',
          params: RevealReasonParams,
          response: { 200: RevealReason },
        },
      },
      async (req) => readRevealReason(deps, principal(req), req.params.seq),
    );
  };
}

function sendFile(
  reply: import('fastify').FastifyReply,
  file: EvidenceDownload,
  copy: 'sanitised' | 'original',
) {
  // The stored name may identify someone: the download is named by its id, never by the original name.
  return reply
    .header('content-type', file.mediaType)
    .header('content-disposition', `attachment; filename="evidence-${file.fileId}-${copy}"`)
    .header('cache-control', 'no-store')
    .send(file.bytes);
}
