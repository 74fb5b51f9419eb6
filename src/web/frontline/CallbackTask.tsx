import type { Task } from '../../shared/contracts/cases.ts';
import { useI18n } from '../app/i18n.tsx';
import { OverdueBadge } from '../components/badges.tsx';
import { CallbackWork } from './CallbacksPage.tsx';
import { useFrontlineText } from './text.ts';

/**
 * A call-back on the case's task list: its due time (not a date), overdue when past, and instead of a tick
 * the call to make and record — the person is told in follow-up what came of it.
 */
export function CallbackTask({ task, caseId, canWrite }: { task: Task; caseId: string; canWrite: boolean }) {
  const ft = useFrontlineText();
  const { date } = useI18n();
  const overdue = !task.done && task.dueAt !== null && Date.now() > new Date(task.dueAt).getTime();
  return (
    <li className={task.done ? 'done callback-task' : 'callback-task'}>
      <strong>{task.title}</strong>
      {task.dueAt ? (
        <span className="muted">
          {' '}
          · {ft('fl.callbacks.dueAt', { date: date(task.dueAt) })} {overdue ? <OverdueBadge /> : null}
        </span>
      ) : null}
      {task.doneAt ? (
        <span className="muted"> · {ft('fl.callbacks.calledAt', { date: date(task.doneAt) })}</span>
      ) : null}
      {!task.done && canWrite && task.callbackId ? (
        <CallbackWork id={task.callbackId} caseId={caseId} reference={task.title} />
      ) : null}
    </li>
  );
}
