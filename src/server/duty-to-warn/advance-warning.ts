import { randomUUID } from 'node:crypto';
import type {
  WarningDelivery,
  WarningOutcome,
  WarningSignoff,
  WarningView,
} from '../../shared/contracts/duty-to-warn.ts';
import { t } from '../../shared/i18n/translate.ts';
import { ASSIGNABLE_ROLES } from '../cases/policy.ts';
import { userIsAssignable } from '../cases/repo.ts';
import type { AppDeps } from '../deps.ts';
import { mailStaff } from '../notifications/notify.ts';
import * as orgRepo from '../partner-orgs/repo.ts';
import { type AuditActor, appendAudit } from '../platform/audit/audit.ts';
import type { Queryable } from '../platform/db/db.ts';
import { AppError, forbidden } from '../platform/http/errors.ts';
import { DELIVERING_PARTNER_KINDS, type WarningActor, warningPermissions } from './policy.ts';
import { loadVisibleWarning, presentFor } from './read-warnings.ts';
import * as repo from './repo.ts';
import { WARNING_AAD } from './sealing.ts';

/**
 * The steps after opening: a supervisor's sign-off (with who delivers), the delivery with the person's
 * acknowledgement (by the police partner or the caseworker), and the outcome that closes it. Each step is
 * checked against the warning's state and the actor (policy.ts), recorded on its history and audited.
 */
type Deps = Pick<AppDeps, 'db' | 'vault' | 'keys' | 'clock' | 'config' | 'runtime'>;

const auditActor = (actor: WarningActor): AuditActor =>
  actor.role === 'partner' ? { type: 'partner', id: actor.userId } : { type: 'user', id: actor.userId };

const field = (name: string, key: 'error.required' | 'error.invalidChoice' | 'dutyToWarn.error.notPolice') =>
  new AppError(400, 'error.validation', { fields: { [name]: { key } } });

async function step(
  deps: Deps,
  actor: WarningActor,
  id: string,
  act: (tx: Queryable, row: Awaited<ReturnType<typeof loadVisibleWarning>>, now: Date) => Promise<void>,
): Promise<WarningView> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const row = await loadVisibleWarning(tx, actor, id, true);
    await act(tx, row, now);
    return presentFor(deps, tx, actor, id);
  });
}

async function sealNote(deps: Deps, tx: Queryable, dataKeyId: string, note: string, aad: string) {
  if (!note) return null;
  return deps.vault.seal(await deps.vault.dataKey(tx, dataKeyId), note, aad);
}

async function record(
  tx: Queryable,
  o: { id: string; version: number; changes: Record<string, unknown>; now: Date },
) {
  if (!(await repo.updateWarning(tx, o.id, o.version, o.changes, o.now)))
    throw new AppError(409, 'error.conflict');
}

export async function signOffWarning(
  deps: Deps,
  actor: WarningActor,
  id: string,
  input: WarningSignoff,
): Promise<WarningView> {
  let partnerToTell: { orgId: string; reference: string } | null = null;
  const view = await step(deps, actor, id, async (tx, row, now) => {
    if (row.status !== 'awaiting_signoff') throw new AppError(409, 'dutyToWarn.error.notAwaitingSignoff');
    if (row.created_by === actor.userId) throw new AppError(403, 'dutyToWarn.error.ownWarning');
    if (!warningPermissions(actor, row).signOff) throw forbidden();
    const changes: Record<string, unknown> = {
      status: input.decision,
      signoff_by: actor.userId,
      signoff_at: now,
      signoff_note_sealed: await sealNote(deps, tx, row.data_key_id, input.note, WARNING_AAD.signoffNote(id)),
    };
    if (input.decision === 'approved') {
      if (!input.deliveryMethod) throw field('deliveryMethod', 'error.required');
      changes.delivery_method = input.deliveryMethod;
      if (input.deliveryMethod === 'police_partner') {
        if (!input.partnerOrgId) throw field('partnerOrgId', 'error.required');
        const org = await orgRepo.findOrg(tx, input.partnerOrgId);
        if (!org?.active) throw field('partnerOrgId', 'error.invalidChoice');
        if (!(DELIVERING_PARTNER_KINDS as readonly string[]).includes(org.kind)) {
          throw field('partnerOrgId', 'dutyToWarn.error.notPolice');
        }
        changes.delivery_partner_org_id = org.id;
        partnerToTell = { orgId: org.id, reference: row.reference };
      } else {
        const assignee = input.assigneeId ?? row.created_by;
        if (!(await userIsAssignable(tx, assignee, ASSIGNABLE_ROLES)))
          throw field('assigneeId', 'error.invalidChoice');
        changes.delivery_assignee_id = assignee;
      }
    }
    await record(tx, { id, version: row.version, changes, now });
    await repo.addWarningEvent(tx, {
      id: randomUUID(),
      warningId: id,
      at: now,
      actorId: actor.userId,
      kind: 'signed_off',
      data: {
        decision: input.decision,
        delivery: input.decision === 'approved' ? (input.deliveryMethod ?? null) : null,
      },
    });
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: auditActor(actor),
        action: 'duty_to_warn.signed_off',
        target: { type: 'duty_to_warn', id },
        meta: {
          decision: input.decision,
          delivery: input.decision === 'approved' ? (input.deliveryMethod ?? null) : null,
          ...(changes.delivery_partner_org_id
            ? { partner_org: String(changes.delivery_partner_org_id) }
            : {}),
        },
      },
      now,
    );
  });
  // After the commit, never blocking: the partner's users hear that a delivery waits (a reference only).
  const tell = partnerToTell as { orgId: string; reference: string } | null;
  if (tell) void tellPartner(deps, tell);
  return view;
}

async function tellPartner(deps: Deps, o: { orgId: string; reference: string }) {
  try {
    const userIds = await repo.partnerUsersOf(deps.db, o.orgId);
    if (userIds.length === 0) return;
    await mailStaff(deps, { userIds }, 'duty_to_warn_delivery', (locale) => ({
      subject: t(locale, 'dutyToWarn.email.subject', { reference: o.reference }),
      text: `${t(locale, 'dutyToWarn.email.body', { reference: o.reference, link: `${deps.config.publicUrl}/console/` })}\n\n-- \n${t(locale, 'notify.footer')}`,
    }));
  } catch {
    // Logged by the mailer; the portal shows the delivery anyway.
  }
}

export async function recordDelivery(
  deps: Deps,
  actor: WarningActor,
  id: string,
  input: WarningDelivery,
): Promise<WarningView> {
  return step(deps, actor, id, async (tx, row, now) => {
    if (row.status !== 'approved') throw new AppError(409, 'dutyToWarn.error.notApproved');
    if (!warningPermissions(actor, row).recordDelivery) throw forbidden();
    await record(tx, {
      id,
      version: row.version,
      changes: {
        status: 'delivered',
        delivered_at: now,
        delivered_by: actor.userId,
        delivery_channel: input.channel,
        acknowledgement: input.acknowledgement,
        delivery_note_sealed: await sealNote(
          deps,
          tx,
          row.data_key_id,
          input.note,
          WARNING_AAD.deliveryNote(id),
        ),
      },
      now,
    });
    await repo.addWarningEvent(tx, {
      id: randomUUID(),
      warningId: id,
      at: now,
      actorId: actor.userId,
      kind: 'delivered',
      data: {
        channel: input.channel,
        acknowledgement: input.acknowledgement,
        by: actor.role === 'partner' ? 'partner' : 'staff',
      },
    });
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: auditActor(actor),
        action: 'duty_to_warn.delivered',
        target: { type: 'duty_to_warn', id },
        meta: { channel: input.channel, acknowledgement: input.acknowledgement },
      },
      now,
    );
  });
}

export async function recordOutcome(
  deps: Deps,
  actor: WarningActor,
  id: string,
  input: WarningOutcome,
): Promise<WarningView> {
  return step(deps, actor, id, async (tx, row, now) => {
    if (row.status !== 'delivered') throw new AppError(409, 'dutyToWarn.error.notDelivered');
    if (!warningPermissions(actor, row).recordOutcome) throw forbidden();
    await record(tx, {
      id,
      version: row.version,
      changes: {
        status: 'closed',
        outcome: input.outcome,
        outcome_note_sealed: await sealNote(
          deps,
          tx,
          row.data_key_id,
          input.note,
          WARNING_AAD.outcomeNote(id),
        ),
        closed_at: now,
      },
      now,
    });
    await repo.addWarningEvent(tx, {
      id: randomUUID(),
      warningId: id,
      at: now,
      actorId: actor.userId,
      kind: 'closed',
      data: { outcome: input.outcome },
    });
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: auditActor(actor),
        action: 'duty_to_warn.closed',
        target: { type: 'duty_to_warn', id },
        meta: { outcome: input.outcome },
      },
      now,
    );
  });
}
