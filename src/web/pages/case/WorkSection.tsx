import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import {
  type Assignee,
  type CaseStatus,
  type CaseSummary,
  type CaseUpdate,
  type CaseView,
  CLOSING_REASONS,
  type ClosingReason,
  RISKS,
  type Risk,
  TRANSITIONS,
} from '../../../shared/contracts/cases.ts';
import { api } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { BASE, navigate } from '../../app/router.tsx';
import { errorText, fieldError } from '../../components/states.tsx';
import { useCaseMutation } from './hooks.ts';

/** Triage and case work: status (closing with a reason), risk (with a reason), assignee, merge. */
export function WorkSection({ view }: { view: CaseView }) {
  const { t } = useI18n();
  const p = view.permissions;
  const open = !view.mergedIntoId;
  return (
    <section id="work" aria-labelledby="work-h">
      <h2 id="work-h">{t('console.case.work')}</h2>
      {/* Keyed by version: after any change (here, a referral, another person) the forms start again from
          the case as it now is — the choices its status allows, and the version the next change is made against. */}
      <div className="work-grid" key={view.version}>
        {p.changeStatus && open ? <StatusForm view={view} /> : null}
        {p.changeRisk && open ? <RiskForm view={view} /> : null}
        {p.assign && open ? <AssignForm view={view} /> : null}
        {p.merge && open ? <MergeForm view={view} /> : null}
      </div>
    </section>
  );
}

function usePatch(view: CaseView) {
  return useCaseMutation(view.id, (body: Omit<CaseUpdate, 'version'>) =>
    api<CaseSummary>('PATCH', `/api/v1/cases/${view.id}`, { ...body, version: view.version }),
  );
}

function FormError({ error, fields }: { error: unknown; fields: string[] }) {
  const { t } = useI18n();
  if (!error) return null;
  const ownField = fields.map((f) => fieldError(error, f)).find(Boolean);
  return (
    <p className="form-error" role="alert">
      {ownField ?? errorText(error, t)}
    </p>
  );
}

function StatusForm({ view }: { view: CaseView }) {
  const { t } = useI18n();
  const next = TRANSITIONS[view.status];
  const [target, setTarget] = useState<CaseStatus | ''>(next[0] ?? '');
  const patch = usePatch(view);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!target) return;
    const form = new FormData(e.currentTarget);
    patch.mutate({
      status: target,
      ...(target === 'closed' ? { closingReason: String(form.get('closingReason')) as ClosingReason } : {}),
    });
  };
  return (
    <form onSubmit={onSubmit} className="card">
      <h3>{t('console.work.status')}</h3>
      <div className="field">
        <label htmlFor="work-status">{t('console.work.moveTo')}</label>
        <select id="work-status" value={target} onChange={(e) => setTarget(e.target.value as CaseStatus)}>
          {next.map((s) => (
            <option key={s} value={s}>
              {t(`console.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {target === 'closed' ? (
        <div className="field">
          <label htmlFor="work-closing">{t('console.case.closingReason')}</label>
          <select id="work-closing" name="closingReason" required defaultValue="">
            <option value="" disabled>
              {t('console.work.chooseReason')}
            </option>
            {CLOSING_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`console.closing.${r}`)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <FormError error={patch.error} fields={['status', 'closingReason']} />
      <button type="submit" disabled={patch.isPending}>
        {t('console.work.changeStatus')}
      </button>
    </form>
  );
}

function RiskForm({ view }: { view: CaseView }) {
  const { t } = useI18n();
  const patch = usePatch(view);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    patch.mutate(
      { risk: String(form.get('risk')) as Risk, riskReason: String(form.get('riskReason') ?? '').trim() },
      { onSuccess: () => (e.target as HTMLFormElement).reset() },
    );
  };
  return (
    <form onSubmit={onSubmit} className="card">
      <h3>{t('console.work.risk')}</h3>
      <div className="field">
        <label htmlFor="work-risk">{t('console.queue.risk')}</label>
        <select id="work-risk" name="risk" defaultValue={view.risk} key={view.risk}>
          {RISKS.map((r) => (
            <option key={r} value={r}>
              {t(`console.risk.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="work-risk-reason">{t('console.work.riskReason')}</label>
        <textarea id="work-risk-reason" name="riskReason" rows={2} required maxLength={2000} />
      </div>
      <FormError error={patch.error} fields={['riskReason', 'risk']} />
      <button type="submit" disabled={patch.isPending}>
        {t('console.work.changeRisk')}
      </button>
    </form>
  );
}

function AssignForm({ view }: { view: CaseView }) {
  const { t } = useI18n();
  const patch = usePatch(view);
  const people = useQuery({
    queryKey: ['assignees'],
    queryFn: () => api<{ items: Assignee[] }>('GET', '/api/v1/cases/assignees'),
    staleTime: 5 * 60_000,
  });
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const value = String(new FormData(e.currentTarget).get('assignee') ?? '');
    patch.mutate({ assigneeId: value || null });
  };
  return (
    <form onSubmit={onSubmit} className="card">
      <h3>{t('console.work.assign')}</h3>
      <div className="field">
        <label htmlFor="work-assignee">{t('console.queue.assignee')}</label>
        <select
          id="work-assignee"
          name="assignee"
          defaultValue={view.assignee?.id ?? ''}
          key={`${view.assignee?.id}-${people.data?.items.length ?? 0}`}
        >
          <option value="">{t('console.queue.unassigned')}</option>
          {people.data?.items.map((a) => (
            <option key={a.id} value={a.id}>
              {a.displayName} ({t(`console.role.${a.role}`)})
            </option>
          ))}
        </select>
      </div>
      {people.isError ? <p className="form-error">{errorText(people.error, t)}</p> : null}
      <FormError error={patch.error} fields={['assigneeId']} />
      <button type="submit" disabled={patch.isPending || people.isPending}>
        {view.assignee ? t('console.work.reassign') : t('console.work.assignSubmit')}
      </button>
    </form>
  );
}

function MergeForm({ view }: { view: CaseView }) {
  const { t } = useI18n();
  const merge = useCaseMutation(view.id, (intoReference: string) =>
    api<CaseSummary>('POST', `/api/v1/cases/${view.id}/merge`, { intoReference }),
  );
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const ref = String(new FormData(e.currentTarget).get('into') ?? '').trim();
    if (!ref) return;
    merge.mutate(ref, { onSuccess: (into) => navigate(`${BASE}/cases/${into.id}`) });
  };
  return (
    <form onSubmit={onSubmit} className="card">
      <h3>{t('console.work.merge')}</h3>
      <p className="hint" id="merge-hint">
        {t('console.work.mergeHint', { reference: view.reference })}
      </p>
      <div className="field">
        <label htmlFor="work-merge">{t('console.work.mergeInto')}</label>
        <input id="work-merge" name="into" placeholder="FP-" required aria-describedby="merge-hint" />
      </div>
      <FormError error={merge.error} fields={['intoReference', 'intoCaseId']} />
      <button type="submit" disabled={merge.isPending}>
        {t('console.work.mergeSubmit')}
      </button>
    </form>
  );
}
