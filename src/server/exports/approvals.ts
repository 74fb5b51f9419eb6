import { randomUUID } from 'node:crypto';
import type { StixValuesRequest, StixValuesRequestInput } from '../../shared/contracts/exports.ts';
import type { Role } from '../../shared/roles.ts';
import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { AppError, notFound } from '../platform/http/errors.ts';
import * as repo from './approvals-repo.ts';
import { APPROVAL_VALID_HOURS, requestsVisibleTo } from './policy.ts';
import type { TlpLevel } from './stix.ts';

/**
 * An analyst's STIX export with identifier values, approved by a supervisor (exports/policy.ts): asked for,
 * decided, then downloaded once before the approval expires. Each step is audited with codes only.
 */

type Deps = Pick<AppDeps, 'db' | 'clock' | 'keys'>;
type Actor = { userId: string; role: Role };

export { spendApproval } from './approvals-repo.ts';

export const approvalSpent = () => new AppError(410, 'exports.error.approvalSpent');

export async function requestStixValues(
  deps: Deps,
  opts: { actor: Actor; input: StixValuesRequestInput },
): Promise<StixValuesRequest> {
  const id = randomUUID();
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    await repo.insertApproval(tx, {
      id,
      requestedBy: opts.actor.userId,
      requestedAt: now,
      since: opts.input.since ? new Date(opts.input.since) : null,
      tlp: opts.input.tlp,
    });
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: { type: 'user', id: opts.actor.userId },
        action: 'export.stix_values.requested',
        target: { type: 'export_approval', id },
        meta: { tlp: opts.input.tlp.replace('+', '_'), since: Boolean(opts.input.since) },
      },
      now,
    );
    return repo.presentApproval((await repo.findApproval(tx, id))!, now);
  });
}

export async function listStixValuesRequests(
  deps: Deps,
  opts: { actor: Actor },
): Promise<{ items: StixValuesRequest[] }> {
  const now = deps.clock.now();
  const rows = await repo.listApprovals(deps.db, requestsVisibleTo(opts.actor));
  return { items: rows.map((r) => repo.presentApproval(r, now)) };
}

/** A supervisor's decision on a pending request (never their own). */
export async function decideStixValuesRequest(
  deps: Deps,
  opts: { actor: Actor; id: string; decision: 'approved' | 'rejected' },
): Promise<StixValuesRequest> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const row = await repo.findApproval(tx, opts.id, { forUpdate: true });
    if (!row) throw notFound();
    if (row.requested_by === opts.actor.userId) throw new AppError(403, 'exports.error.ownRequest');
    if (row.status !== 'pending') throw new AppError(409, 'exports.error.decided');
    const expiresAt =
      opts.decision === 'approved' ? new Date(now.getTime() + APPROVAL_VALID_HOURS * 3600_000) : null;
    await repo.decideApproval(tx, {
      id: opts.id,
      status: opts.decision,
      by: opts.actor.userId,
      at: now,
      expiresAt,
    });
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: { type: 'user', id: opts.actor.userId },
        action: `export.stix_values.${opts.decision}`,
        target: { type: 'export_approval', id: opts.id },
        meta: opts.decision === 'approved' ? { validHours: APPROVAL_VALID_HOURS } : {},
      },
      now,
    );
    return repo.presentApproval((await repo.findApproval(tx, opts.id))!, now);
  });
}

/**
 * The parameters of an approved export the actor may download now. Someone else's request is not found;
 * one not approved is refused (403); one used or expired is gone (410). The approval is spent only when
 * the bundle is handed out (stix-service.ts), in the transaction that audits it.
 */
export async function approvedStixExport(
  deps: Deps,
  opts: { actor: Actor; id: string },
): Promise<{ since: Date | null; tlp: TlpLevel }> {
  const row = await repo.findApproval(deps.db, opts.id);
  if (!row || row.requested_by !== opts.actor.userId) throw notFound();
  const status = repo.approvalStatus(row, deps.clock.now());
  if (status === 'pending' || status === 'rejected') throw new AppError(403, 'exports.error.notApproved');
  if (status !== 'approved') throw approvalSpent();
  return { since: row.since, tlp: row.tlp };
}
