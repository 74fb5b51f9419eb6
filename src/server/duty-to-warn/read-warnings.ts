import type {
  ThreatAssessment,
  WarnedPerson,
  WarningList,
  WarningView,
} from '../../shared/contracts/duty-to-warn.ts';
import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import type { Queryable } from '../platform/db/db.ts';
import { notFound } from '../platform/http/errors.ts';
import { canSeeWarning, type WarningActor } from './policy.ts';
import { type OpenedWarning, presentWarning, presentWarningSummary } from './presenter.ts';
import * as repo from './repo.ts';
import { WARNING_AAD } from './sealing.ts';

type Deps = Pick<AppDeps, 'db' | 'vault' | 'keys' | 'clock'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A warning `actor` may see, or a 404 exactly like one that does not exist. */
export async function loadVisibleWarning(q: Queryable, actor: WarningActor, id: string, forUpdate = false) {
  if (!UUID.test(id)) throw notFound();
  const row = await repo.findWarning(q, id, { forUpdate });
  if (!row || !canSeeWarning(actor, row)) throw notFound();
  return row;
}

export async function openWarningText(
  deps: Pick<AppDeps, 'vault'>,
  q: Queryable,
  row: repo.WarningRow,
): Promise<OpenedWarning> {
  const open = (sealed: unknown, aad: string) =>
    sealed ? deps.vault.openText(q, sealed, aad) : Promise.resolve(null);
  return {
    person: JSON.parse((await open(row.person_sealed, WARNING_AAD.person(row.id))) ?? '{}') as WarnedPerson,
    assessment: JSON.parse(
      (await open(row.assessment_sealed, WARNING_AAD.assessment(row.id))) ?? '{}',
    ) as ThreatAssessment,
    signoffNote: await open(row.signoff_note_sealed, WARNING_AAD.signoffNote(row.id)),
    deliveryNote: await open(row.delivery_note_sealed, WARNING_AAD.deliveryNote(row.id)),
    outcomeNote: await open(row.outcome_note_sealed, WARNING_AAD.outcomeNote(row.id)),
  };
}

/** The warnings `actor` may see: codes and dates, no person, no threat. */
export async function listWarnings(deps: Deps, actor: WarningActor): Promise<WarningList> {
  if (actor.role === 'partner' && !actor.partnerOrgId) return { items: [] };
  const rows = (
    await repo.listWarnings(
      deps.db,
      actor.role === 'partner' ? { partnerOrgId: actor.partnerOrgId ?? '' } : {},
    )
  ).filter((r) => canSeeWarning(actor, r));
  const names = await repo.staffNames(
    deps.db,
    rows.map((r) => r.created_by),
  );
  return { items: rows.map((r) => presentWarningSummary(r, names)) };
}

/** One warning as `actor` may see it, inside a transaction (after an act, or for a view). */
export async function presentFor(
  deps: Deps,
  q: Queryable,
  actor: WarningActor,
  id: string,
): Promise<WarningView> {
  const row = await repo.findWarning(q, id);
  if (!row) throw notFound();
  const events = await repo.eventsOf(q, id);
  const names = await repo.staffNames(q, [
    row.created_by,
    row.signoff_by,
    row.delivery_assignee_id,
    row.delivered_by,
    ...events.map((e) => e.actor_id),
  ]);
  return presentWarning(row, await openWarningText(deps, q, row), {
    actor,
    names,
    relatedCases: await repo.casesById(q, row.related_case_ids),
    events,
  });
}

/** Opens one warning: who the person is and the threat. Audited (staff and partners alike). */
export async function viewWarning(deps: Deps, actor: WarningActor, id: string): Promise<WarningView> {
  return deps.db.transaction(async (tx) => {
    await loadVisibleWarning(tx, actor, id);
    await appendAudit(
      tx,
      deps.keys,
      {
        actor:
          actor.role === 'partner'
            ? { type: 'partner', id: actor.userId }
            : { type: 'user', id: actor.userId },
        action: 'duty_to_warn.viewed',
        target: { type: 'duty_to_warn', id },
      },
      deps.clock.now(),
    );
    return presentFor(deps, tx, actor, id);
  });
}
