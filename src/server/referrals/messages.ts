import { randomUUID } from 'node:crypto';
import type {
  NewReferralMessage,
  ReferralMessage,
  ReferralMessageList,
} from '../../shared/contracts/referrals.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import type { Queryable } from '../platform/db/db.ts';
import { AppError, forbidden } from '../platform/http/errors.ts';
import { auditActor, loadVisible, type ReferralActor, type ReferralDeps } from './access.ts';
import { notifyReferralMessage } from './notify.ts';
import { MESSAGE_WRITERS } from './policy.ts';
import * as repo from './repo.ts';
import { aad } from './sealing.ts';

/**
 * Messages on a referral between the partner and the focal point (both sides: the partner portal and the
 * case page). Each text is sealed under its own data key; the audit log records who wrote or read, and
 * when, never what. A partner sees the focal point as one voice; staff see which partner user wrote.
 */

const mayWrite = (actor: ReferralActor) => (MESSAGE_WRITERS as readonly string[]).includes(actor.role);

async function present(
  deps: ReferralDeps,
  q: Queryable,
  actor: ReferralActor,
  rows: repo.ReferralMessageRow[],
): Promise<ReferralMessage[]> {
  const isPartner = actor.role === 'partner';
  const out: ReferralMessage[] = [];
  for (const m of rows) {
    out.push({
      id: m.id,
      at: m.at.toISOString(),
      from: m.from_partner ? 'partner' : 'focal_point',
      author: isPartner && !m.from_partner ? null : m.author_name,
      mine: m.from_partner === isPartner,
      body: await deps.vault.openText(q, m.body_sealed, aad.message(m.id)),
    });
  }
  return out;
}

/** The messages of a referral the reader may see; the reading is audited (it opens sealed text). */
export async function listReferralMessages(
  deps: ReferralDeps,
  actor: ReferralActor,
  id: string,
): Promise<ReferralMessageList> {
  return deps.db.transaction(async (tx) => {
    await loadVisible(tx, actor, id);
    const rows = await repo.messagesOf(tx, id);
    if (rows.length > 0) {
      await appendAudit(
        tx,
        deps.keys,
        {
          actor: auditActor(actor),
          action: 'referral.messages.read',
          target: { type: 'referral', id },
          meta: { messages: rows.length },
        },
        deps.clock.now(),
      );
    }
    return { items: await present(deps, tx, actor, rows) };
  });
}

/** Writes a message on a sent referral; the other side is told by e-mail that one is waiting (no text). */
export async function postReferralMessage(
  deps: ReferralDeps,
  actor: ReferralActor,
  id: string,
  input: NewReferralMessage,
): Promise<ReferralMessage> {
  if (!mayWrite(actor)) throw forbidden();
  const now = deps.clock.now();
  const fromPartner = actor.role === 'partner';
  const { message, ...told } = await deps.db.transaction(async (tx) => {
    const row = await loadVisible(tx, actor, id, true);
    if (row.status !== 'sent') throw new AppError(409, 'referrals.error.notSent');
    const messageId = randomUUID();
    const dataKey = await deps.vault.newDataKey(tx);
    await repo.insertReferralMessage(tx, {
      id: messageId,
      referralId: id,
      at: now,
      authorId: actor.userId,
      fromPartner,
      dataKeyId: dataKey.id,
      bodySealed: deps.vault.seal(dataKey, input.body, aad.message(messageId)),
    });
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: auditActor(actor),
        action: 'referral.message.sent',
        target: { type: 'referral', id },
        meta: { from: fromPartner ? 'partner' : 'focal_point' },
      },
      now,
    );
    const [message] = await present(
      deps,
      tx,
      actor,
      (await repo.messagesOf(tx, id)).filter((m) => m.id === messageId),
    );
    if (!message) throw new Error('referral message not stored');
    return {
      message,
      caseId: row.case_id,
      caseReference: row.case_reference,
      partnerOrgId: row.partner_org_id,
      assigneeId: row.case_assignee_id,
    };
  });
  void notifyReferralMessage(deps, { ...told, toPartner: !fromPartner });
  return message;
}
