import { randomUUID } from 'node:crypto';
import type { IdentityAnswer, ReporterIdentity } from '../../shared/contracts/cases.ts';
import { AUDIT_CHECKPOINT_JOB } from '../audit-log/take-checkpoint.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { openIdentity } from '../reports/sealing.ts';
import { type CaseDeps, demand, loadCase, userActor } from './load-case.ts';
import type { CaseActor } from './policy.ts';
import * as repo from './repo.ts';
import { aad } from './sealing.ts';

/** A reporter's identity, opened for a supervisor with a reason (sealed with its audit entry). */

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
