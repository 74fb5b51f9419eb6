import { randomUUID } from 'node:crypto';
import type { NewTag, Tag } from '../../shared/contracts/triage.ts';
import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { AppError } from '../platform/http/errors.ts';
import { insertTag } from './repo.ts';

/** Defines a new tag label (audited by id: the label stays out of the audit log). */
export async function createTag(
  deps: Pick<AppDeps, 'db' | 'keys' | 'clock'>,
  actor: { userId: string },
  input: NewTag,
): Promise<Tag> {
  const id = randomUUID();
  const label = input.label.replace(/\s+/g, ' ');
  return deps.db.transaction(async (tx) => {
    const at = deps.clock.now();
    if (!(await insertTag(tx, { id, label, createdBy: actor.userId, at })))
      throw new AppError(409, 'triage.error.tagExists');
    await appendAudit(
      tx,
      deps.keys,
      { actor: { type: 'user', id: actor.userId }, action: 'tag.created', target: { type: 'tag', id } },
      at,
    );
    return { id, label };
  });
}
