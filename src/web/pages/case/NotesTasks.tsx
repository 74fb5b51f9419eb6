import { type FormEvent, useState } from 'react';
import type { Note, Task } from '../../../shared/contracts/cases.ts';
import { api } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { errorText } from '../../components/states.tsx';
import { CallbackTask } from '../../frontline/CallbackTask.tsx';
import { useCaseMutation } from './hooks.ts';

export function NotesSection({
  caseId,
  notes,
  canWrite,
}: {
  caseId: string;
  notes: Note[];
  canWrite: boolean;
}) {
  const { t, date } = useI18n();
  const [body, setBody] = useState('');
  const add = useCaseMutation(caseId, (input: { body: string }) =>
    api<Note>('POST', `/api/v1/cases/${caseId}/notes`, input),
  );
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate({ body }, { onSuccess: () => setBody('') });
  };
  return (
    <section id="notes" aria-labelledby="notes-h">
      <h2 id="notes-h">{t('console.notes.title')}</h2>
      <p className="hint">{t('console.notes.hint')}</p>
      {notes.length === 0 ? (
        <p className="state state-empty">{t('console.notes.empty')}</p>
      ) : (
        <ol className="notes">
          {notes.map((n) => (
            <li key={n.id} className="card">
              <p className="message-meta">
                {n.author?.displayName ?? '—'} · {date(n.createdAt)}
              </p>
              <div className="message-body">{n.body}</div>
            </li>
          ))}
        </ol>
      )}
      {canWrite ? (
        <form onSubmit={onSubmit}>
          <div className="field">
            <label htmlFor="note-body">{t('console.notes.add')}</label>
            <textarea
              id="note-body"
              rows={3}
              required
              maxLength={10_000}
              value={body}
              onChange={(e) => setBody(e.target.value)}
            />
          </div>
          {add.isError ? (
            <p className="form-error" role="alert">
              {errorText(add.error, t)}
            </p>
          ) : null}
          <button type="submit" disabled={add.isPending}>
            {t('console.notes.submit')}
          </button>
        </form>
      ) : null}
    </section>
  );
}

export function TasksSection({
  caseId,
  tasks,
  canWrite,
}: {
  caseId: string;
  tasks: Task[];
  canWrite: boolean;
}) {
  const { t, date } = useI18n();
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const add = useCaseMutation(caseId, (input: { title: string; dueOn?: string }) =>
    api<Task>('POST', `/api/v1/cases/${caseId}/tasks`, input),
  );
  const toggle = useCaseMutation(caseId, ({ id, done }: { id: string; done: boolean }) =>
    api<Task>('PATCH', `/api/v1/cases/${caseId}/tasks/${id}`, { done }),
  );
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(
      { title, ...(dueOn ? { dueOn } : {}) },
      {
        onSuccess: () => {
          setTitle('');
          setDueOn('');
        },
      },
    );
  };
  return (
    <section id="tasks" aria-labelledby="tasks-h">
      <h2 id="tasks-h">{t('console.tasks.title')}</h2>
      {tasks.length === 0 ? (
        <p className="state state-empty">{t('console.tasks.empty')}</p>
      ) : (
        <ul className="tasks">
          {tasks.map((task) =>
            task.callbackId ? (
              <CallbackTask key={task.id} task={task} caseId={caseId} canWrite={canWrite} />
            ) : (
              <li key={task.id} className={task.done ? 'done' : undefined}>
                <input
                  type="checkbox"
                  id={`task-${task.id}`}
                  checked={task.done}
                  disabled={!canWrite || toggle.isPending}
                  onChange={(e) => toggle.mutate({ id: task.id, done: e.target.checked })}
                />{' '}
                <label htmlFor={`task-${task.id}`}>{task.title}</label>
                {task.dueOn ? (
                  <span className="muted"> · {t('console.tasks.due', { date: task.dueOn })}</span>
                ) : null}
                {task.doneAt ? (
                  <span className="muted"> · {t('console.tasks.doneAt', { at: date(task.doneAt) })}</span>
                ) : null}
              </li>
            ),
          )}
        </ul>
      )}
      {toggle.isError ? (
        <p className="form-error" role="alert">
          {errorText(toggle.error, t)}
        </p>
      ) : null}
      {canWrite ? (
        <form onSubmit={onSubmit} className="inline-form">
          <div className="field">
            <label htmlFor="task-title">{t('console.tasks.add')}</label>
            <input
              id="task-title"
              required
              maxLength={500}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="task-due">{t('console.tasks.dueLabel')}</label>
            <input id="task-due" type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} />
          </div>
          <button type="submit" disabled={add.isPending}>
            {t('console.tasks.submit')}
          </button>
          {add.isError ? (
            <p className="form-error" role="alert">
              {errorText(add.error, t)}
            </p>
          ) : null}
        </form>
      ) : null}
    </section>
  );
}
