import { randomInt, randomUUID } from 'node:crypto';
import type { NewWarning, WarningView } from '../../shared/contracts/duty-to-warn.ts';
import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { RECEIPT_ALPHABET } from '../platform/crypto/receipts.ts';
import { AppError } from '../platform/http/errors.ts';
import type { WarningActor } from './policy.ts';
import { presentFor } from './read-warnings.ts';
import * as repo from './repo.ts';
import { WARNING_AAD } from './sealing.ts';

type Deps = Pick<AppDeps, 'db' | 'vault' | 'keys' | 'clock'>;

/** A warning's reference for staff and partners: DW- and 6 characters (not a secret, names no one). */
export function newWarningReference(): string {
  let s = 'DW-';
  for (let i = 0; i < 6; i++) s += RECEIPT_ALPHABET[randomInt(RECEIPT_ALPHABET.length)];
  return s;
}

const unknownReference = (field: string) =>
  new AppError(400, 'error.validation', {
    fields: { [field]: { key: 'dutyToWarn.error.unknownReference' } },
  });

/**
 * Opens a duty-to-warn record: the person and the threat assessment sealed under a data key of the warning's
 * own, the person's case and the cases whose reports name them found by reference. It waits for a
 * supervisor's sign-off; nothing reaches anyone before.
 */
export async function openWarning(deps: Deps, actor: WarningActor, input: NewWarning): Promise<WarningView> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const references = [
      ...new Set([...(input.caseReference ? [input.caseReference] : []), ...input.relatedReferences]),
    ];
    const found = await repo.casesByReference(tx, references);
    if (input.caseReference && !found.has(input.caseReference)) throw unknownReference('caseReference');
    const missing = input.relatedReferences.findIndex((r) => !found.has(r));
    if (missing >= 0) throw unknownReference(`relatedReferences.${missing}`);
    const caseId = input.caseReference ? (found.get(input.caseReference)?.id ?? null) : null;
    const related = [...new Set(input.relatedReferences.map((r) => found.get(r)?.id ?? ''))].filter(
      (id) => id && id !== caseId,
    );
    const id = randomUUID();
    const key = await deps.vault.newDataKey(tx);
    const { severity, ...assessment } = input.assessment;
    await repo.insertWarning(tx, {
      id,
      reference: newWarningReference(),
      caseId,
      relatedCaseIds: related,
      severity,
      dataKeyId: key.id,
      personSealed: deps.vault.seal(key, JSON.stringify(input.person), WARNING_AAD.person(id)),
      assessmentSealed: deps.vault.seal(
        key,
        JSON.stringify({ ...assessment, severity }),
        WARNING_AAD.assessment(id),
      ),
      createdBy: actor.userId,
      now,
    });
    await repo.addWarningEvent(tx, {
      id: randomUUID(),
      warningId: id,
      at: now,
      actorId: actor.userId,
      kind: 'opened',
      data: { severity },
    });
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: { type: 'user', id: actor.userId },
        action: 'duty_to_warn.opened',
        target: { type: 'duty_to_warn', id },
        meta: {
          severity,
          credibility: input.assessment.credibility,
          reporter: caseId !== null,
          related: related.length,
        },
      },
      now,
    );
    return presentFor(deps, tx, actor, id);
  });
}
