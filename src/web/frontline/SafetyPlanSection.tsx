import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { NewReferral, PartnerOrgList, Referral } from '../../shared/contracts/referrals.ts';
import {
  type CaseSafetyPlans,
  SAFETY_SECTIONS,
  type SafetyChecklist,
  type SafetyPlanInput,
  type SafetyPlanView,
  type TrustedContact,
} from '../../shared/contracts/safety-plans.ts';
import { api } from '../api/client.ts';
import { useI18n } from '../app/i18n.tsx';
import { ErrorMessage, FormError, Loading } from '../components/states.tsx';
import { useFrontlineText } from './text.ts';

type Plan = CaseSafetyPlans['plans'][number];

/** Partners a person can be referred to for support with their `contact` consent alone (referrals/policy.ts). */
const SUPPORT_PARTNER_KINDS = ['victim_services', 'digital_security'];

/**
 * The case page's safety plans: one per person who reported in the case, filled with them — steps chosen
 * from the checklist (marked done as they are), a note per section, trusted contacts. They read it in
 * follow-up, in their language. A referral to a victim-services or digital-security partner is one step
 * away, below the plan, when the person agreed to be contacted.
 */
export function SafetyPlanSection({ caseId, canWrite }: { caseId: string; canWrite: boolean }) {
  const ft = useFrontlineText();
  const key = ['case', caseId, 'safety-plan'];
  const plans = useQuery({
    queryKey: key,
    queryFn: () => api<CaseSafetyPlans>('GET', `/api/v1/cases/${caseId}/safety-plan`),
  });
  const checklist = useQuery({
    queryKey: ['safety-checklist'],
    queryFn: () => api<SafetyChecklist>('GET', '/api/v1/safety-plan/checklist'),
    staleTime: 300_000,
  });
  return (
    <section id="safety-plan" aria-labelledby="safety-plan-h">
      <h2 id="safety-plan-h">{ft('fl.plan.title')}</h2>
      {plans.isPending || checklist.isPending ? <Loading /> : null}
      {plans.isError ? <ErrorMessage error={plans.error} onRetry={() => void plans.refetch()} /> : null}
      {plans.data && checklist.data
        ? plans.data.plans.map((p) => (
            <PersonPlan
              key={p.reportId}
              caseId={caseId}
              plan={p}
              checklist={checklist.data}
              canWrite={canWrite}
              showReference={(plans.data?.plans.length ?? 0) > 1}
            />
          ))
        : null}
    </section>
  );
}

function PersonPlan(props: {
  caseId: string;
  plan: Plan;
  checklist: SafetyChecklist;
  canWrite: boolean;
  showReference: boolean;
}) {
  const ft = useFrontlineText();
  const { date } = useI18n();
  const [editing, setEditing] = useState(false);
  const { plan, caseId } = props;
  const heading = props.showReference ? (
    <h3>{ft('fl.plan.forReport', { reference: plan.reference })}</h3>
  ) : null;
  return (
    <div className="safety-plan">
      {heading}
      {editing ? (
        <PlanEditor {...props} onDone={() => setEditing(false)} />
      ) : (
        <>
          {plan.plan ? (
            <>
              <p className="hint">{ft('fl.plan.updated', { date: date(plan.plan.updatedAt) })}</p>
              <PlanSummary view={plan.plan} />
            </>
          ) : (
            <p className="state state-empty">{ft('fl.plan.none')}</p>
          )}
          {props.canWrite ? (
            <button type="button" onClick={() => setEditing(true)}>
              {plan.plan ? ft('fl.plan.edit') : ft('fl.plan.start')}
              {props.showReference ? <span className="visually-hidden"> {plan.reference}</span> : null}
            </button>
          ) : null}
        </>
      )}
      {props.canWrite ? <SupportReferral caseId={caseId} consentContact={plan.consentContact} /> : null}
    </div>
  );
}

function PlanSummary({ view }: { view: SafetyPlanView }) {
  const ft = useFrontlineText();
  return (
    <>
      {SAFETY_SECTIONS.map((s) => {
        const steps = view.steps.filter((x) => x.section === s);
        const note = view.notes[s];
        if (steps.length === 0 && !note) return null;
        return (
          <div key={s}>
            <h4>{ft(`fl.plan.section.${s}`)}</h4>
            <ul className="plan-steps">
              {steps.map((x) => (
                <li key={x.code}>
                  <span className={x.done ? 'badge done' : 'badge'}>
                    {x.done ? ft('fl.plan.done') : ft('fl.plan.todo')}
                  </span>{' '}
                  {x.label}
                </li>
              ))}
            </ul>
            {note ? <p>{note}</p> : null}
          </div>
        );
      })}
      {view.contacts.length > 0 ? (
        <>
          <h4>{ft('fl.plan.contacts')}</h4>
          <ul>
            {view.contacts.map((c) => (
              <li key={`${c.name}-${c.how}`}>
                {c.name}
                {c.how ? ` — ${c.how}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function PlanEditor(props: { caseId: string; plan: Plan; checklist: SafetyChecklist; onDone: () => void }) {
  const ft = useFrontlineText();
  const { locale } = useI18n();
  const client = useQueryClient();
  const current = props.plan.plan;
  const chosen = new Map((current?.steps ?? []).map((s) => [s.code, s.done]));
  const [contacts, setContacts] = useState<TrustedContact[]>(current?.contacts ?? []);
  const save = useMutation({
    mutationFn: (body: SafetyPlanInput) =>
      api<SafetyPlanView>('PUT', `/api/v1/cases/${props.caseId}/safety-plan`, body),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['case', props.caseId] });
      props.onDone();
    },
  });
  const p = props.plan.reportId;
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const steps = props.checklist.items
      .filter((i) => form.get(`step-${i.code}`) !== 'no')
      .map((i) => ({ code: i.code, done: form.get(`step-${i.code}`) === 'done' }));
    save.mutate({
      reportId: p,
      version: current?.version ?? 0,
      steps,
      notes: Object.fromEntries(SAFETY_SECTIONS.map((s) => [s, String(form.get(`note-${s}`) ?? '').trim()])),
      contacts: contacts.filter((c) => c.name.trim() !== ''),
    });
  };
  const items = props.checklist.items.filter((i) => i.active || chosen.has(i.code));
  return (
    <form onSubmit={onSubmit} className="plan-editor">
      <p className="hint">{ft('fl.plan.editHint')}</p>
      {SAFETY_SECTIONS.map((s) => (
        <fieldset key={s}>
          <legend>{ft(`fl.plan.section.${s}`)}</legend>
          {items
            .filter((i) => i.section === s)
            .map((i) => {
              const state = chosen.has(i.code) ? (chosen.get(i.code) ? 'done' : 'todo') : 'no';
              const name = `step-${i.code}`;
              return (
                <fieldset key={i.code} className="group plan-step">
                  <legend>{i.labels[locale] ?? i.labels.en}</legend>
                  {(['no', 'todo', 'done'] as const).map((v) => (
                    <label key={v} className="check">
                      <input type="radio" name={name} value={v} defaultChecked={state === v} />{' '}
                      {ft(`fl.plan.step.${v}`)}
                    </label>
                  ))}
                </fieldset>
              );
            })}
          <div className="field">
            <label htmlFor={`${p}-note-${s}`}>{ft('fl.plan.note')}</label>
            <textarea
              id={`${p}-note-${s}`}
              name={`note-${s}`}
              rows={2}
              maxLength={2000}
              defaultValue={current?.notes[s] ?? ''}
            />
          </div>
        </fieldset>
      ))}
      <fieldset>
        <legend>{ft('fl.plan.contacts')}</legend>
        {contacts.map((c, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a contact has no id of its own
          <div key={i} className="inline-form">
            <div className="field">
              <label htmlFor={`${p}-contact-${i}-name`}>{ft('fl.plan.contactName')}</label>
              <input
                id={`${p}-contact-${i}-name`}
                value={c.name}
                maxLength={200}
                onChange={(e) =>
                  setContacts(contacts.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)))
                }
              />
            </div>
            <div className="field">
              <label htmlFor={`${p}-contact-${i}-how`}>{ft('fl.plan.contactHow')}</label>
              <input
                id={`${p}-contact-${i}-how`}
                value={c.how}
                maxLength={300}
                onChange={(e) =>
                  setContacts(contacts.map((x, j) => (j === i ? { ...x, how: e.target.value } : x)))
                }
              />
            </div>
          </div>
        ))}
        {contacts.length < 10 ? (
          <button type="button" onClick={() => setContacts([...contacts, { name: '', how: '' }])}>
            {ft('fl.plan.addContact')}
          </button>
        ) : null}
      </fieldset>
      <FormError error={save.error} />
      <div className="buttons">
        <button type="submit" className="primary" disabled={save.isPending}>
          {ft('fl.plan.save')}
        </button>
        <button type="button" onClick={props.onDone}>
          {ft('fl.cancel')}
        </button>
      </div>
    </form>
  );
}

/** One step from the plan: a referral to a support partner, on the person's consent to be contacted. */
function SupportReferral({ caseId, consentContact }: { caseId: string; consentContact: boolean }) {
  const ft = useFrontlineText();
  const client = useQueryClient();
  const orgs = useQuery({
    queryKey: ['partner-orgs'],
    queryFn: () => api<PartnerOrgList>('GET', '/api/v1/partner-orgs'),
  });
  const refer = useMutation({
    mutationFn: (body: NewReferral) => api<Referral>('POST', `/api/v1/cases/${caseId}/referrals`, body),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['referrals', 'case', caseId] }),
  });
  const support = (orgs.data?.items ?? []).filter((o) => o.active && SUPPORT_PARTNER_KINDS.includes(o.kind));
  if (!consentContact) return <p className="hint">{ft('fl.plan.referNoConsent')}</p>;
  if (orgs.isSuccess && support.length === 0) return <p className="hint">{ft('fl.plan.referNone')}</p>;
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    refer.mutate({
      partnerOrgId: String(form.get('partnerOrgId') ?? ''),
      basis: 'consent',
      purpose: ft('fl.plan.referPurpose'),
      note: '',
    });
  };
  const id = `refer-${caseId}`;
  return (
    <form onSubmit={onSubmit} className="inline-form" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{ft('fl.plan.refer')}</h4>
      <div className="field">
        <label htmlFor={`${id}-org`}>{ft('fl.plan.referTo')}</label>
        <select id={`${id}-org`} name="partnerOrgId" required defaultValue="">
          <option value="" disabled>
            {ft('fl.choose')}
          </option>
          {support.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={refer.isPending}>
        {ft('fl.plan.referSubmit')}
      </button>
      {refer.isSuccess ? (
        <p className="form-ok" role="status">
          {ft('fl.plan.referSent')}
        </p>
      ) : null}
      <FormError error={refer.error} />
    </form>
  );
}
