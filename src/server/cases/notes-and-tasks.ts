import { randomUUID } from 'node:crypto';
import type { NewNote, NewTask, Note, Task } from '../../shared/contracts/cases.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { AppError, notFound } from '../platform/http/errors.ts';
import { type CaseDeps, demand, loadCase, userActor } from './load-case.ts';
import { ASSIGNABLE_ROLES, type CaseActor } from './policy.ts';
import { presentNote, presentTask } from './presenter.ts';
import * as repo from './repo.ts';
import { aad } from './sealing.ts';

/** Staff notes and tasks on a case. */

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
    // A call-back's task is done when the call is recorded (POST /api/v1/callbacks/{id}/done): the
    // reporter is told what came of it, which a tick alone would not say.
    const { rows } = await tx.query<repo.TaskRow>(
      `UPDATE case_tasks SET done_at = CASE WHEN $3 THEN COALESCE(done_at, $4::timestamptz) ELSE NULL END
        WHERE id = $1 AND case_id = $2 AND callback_id IS NULL
        RETURNING id, assignee_id, title_sealed, due_on::text, due_at, callback_id, done_at, created_at`,
      [taskId, caseId, done, now],
    );
    const task = rows[0];
    if (!task) {
      const callback = await tx.query('SELECT 1 FROM case_tasks WHERE id = $1 AND case_id = $2', [
        taskId,
        caseId,
      ]);
      if (callback.rows.length > 0) throw new AppError(409, 'callbacks.error.recordTheCall');
      throw notFound();
    }
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
