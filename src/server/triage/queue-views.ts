import { randomUUID } from 'node:crypto';
import {
  MAX_QUEUE_VIEWS,
  type NewQueueView,
  type QueueView,
  type QueueViewList,
} from '../../shared/contracts/triage.ts';
import { type CaseActor, mayFilterByContent } from '../cases/policy.ts';
import type { AppDeps } from '../deps.ts';
import { AppError, notFound } from '../platform/http/errors.ts';
import { countViews, deleteView, insertView, type QueueViewRow, viewsOf } from './repo.ts';

/** A person's saved queue views: theirs alone, kept on the server so they follow them between devices. */

type Deps = Pick<AppDeps, 'db' | 'clock'>;

const present = (row: QueueViewRow): QueueView => ({
  id: row.id,
  name: row.name,
  filters: row.filters,
  createdAt: new Date(row.created_at).toISOString(),
});

export async function listQueueViews(deps: Deps, actor: CaseActor): Promise<QueueViewList> {
  return { items: (await viewsOf(deps.db, actor.userId)).map(present) };
}

export async function saveQueueView(deps: Deps, actor: CaseActor, input: NewQueueView): Promise<QueueView> {
  // A view may hold only filters its owner may use (the queue refuses the others).
  if (!mayFilterByContent(actor) && (input.filters.language || input.filters.tag))
    throw new AppError(403, 'triage.error.contentFilter');
  const filters = Object.fromEntries(
    Object.entries(input.filters).filter(([, v]) => v !== undefined && v !== ''),
  );
  const row = { id: randomUUID(), name: input.name, filters, created_at: deps.clock.now() };
  return deps.db.transaction(async (tx) => {
    if ((await countViews(tx, actor.userId)) >= MAX_QUEUE_VIEWS)
      throw new AppError(409, 'triage.error.tooManyViews', { params: { max: MAX_QUEUE_VIEWS } });
    if (!(await insertView(tx, { ...row, userId: actor.userId, at: row.created_at })))
      throw new AppError(409, 'triage.error.viewExists');
    return present(row);
  });
}

export async function deleteQueueView(deps: Deps, actor: CaseActor, id: string): Promise<void> {
  if (!(await deleteView(deps.db, actor.userId, id))) throw notFound();
}
