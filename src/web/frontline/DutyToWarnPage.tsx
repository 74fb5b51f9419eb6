import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import {
  type NewWarning,
  WARNING_CREDIBILITY,
  WARNING_SEVERITIES,
  type WarningList,
  type WarningSummary,
  type WarningView,
} from '../../shared/contracts/duty-to-warn.ts';
import type { Role } from '../../shared/roles.ts';
import { ApiError, api } from '../api/client.ts';
import { useI18n } from '../app/i18n.tsx';
import { BASE, Link, navigate } from '../app/router.tsx';
import { Empty, ErrorMessage, FormError, Loading } from '../components/states.tsx';
import { useFrontlineText } from './text.ts';

/** Who works duty-to-warn records in the console (server: duty-to-warn/policy.ts). */
export const WARNING_ROLES: readonly Role[] = ['intake_officer', 'caseworker', 'supervisor'];
export const WARNINGS_KEY = ['duty-to-warn'];

/**
 * Duty-to-warn records, with their step, and the form to open one; for a police partner, the warnings
 * given to their organisation to deliver (after sign-off).
 */
export function DutyToWarnPage({ partner = false }: { partner?: boolean }) {
  const ft = useFrontlineText();
  const { date } = useI18n();
  const [opening, setOpening] = useState(false);
  const list = useQuery({
    queryKey: WARNINGS_KEY,
    queryFn: () => api<WarningList>('GET', partner ? '/api/v1/partner/duty-to-warn' : '/api/v1/duty-to-warn'),
    refetchInterval: 30_000,
  });
  return (
    <>
      <h1>{partner ? ft('fl.warn.partnerTitle') : ft('fl.warn.title')}</h1>
      <p className="hint">{partner ? ft('fl.warn.partnerLead') : ft('fl.warn.lead')}</p>
      {partner ? null : opening ? (
        <NewWarningForm onCancel={() => setOpening(false)} />
      ) : (
        <button type="button" className="primary" onClick={() => setOpening(true)}>
          {ft('fl.warn.new')}
        </button>
      )}
      <h2>{ft('fl.warn.list')}</h2>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorMessage error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && list.data.items.length === 0 ? <Empty>{ft('fl.warn.empty')}</Empty> : null}
      {list.data && list.data.items.length > 0 ? (
        <table>
          <caption className="visually-hidden">{ft('fl.warn.list')}</caption>
          <thead>
            <tr>
              <th scope="col">{ft('fl.warn.reference')}</th>
              <th scope="col">{ft('fl.warn.severity')}</th>
              <th scope="col">{ft('fl.warn.status')}</th>
              <th scope="col">{ft('fl.warn.opened')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((w) => (
              <tr key={w.id}>
                <th scope="row">
                  <Link to={`${BASE}/duty-to-warn/${w.id}`}>{w.reference}</Link>
                </th>
                <td>{ft(`fl.warn.severity.${w.severity}`)}</td>
                <td>
                  <WarningStep w={w} />
                </td>
                <td>{date(w.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

export function WarningStep({ w }: { w: WarningSummary }) {
  const ft = useFrontlineText();
  return <span className={`badge warning-${w.status}`}>{ft(`fl.warn.status.${w.status}`)}</span>;
}

function NewWarningForm({ onCancel }: { onCancel: () => void }) {
  const ft = useFrontlineText();
  const client = useQueryClient();
  const open = useMutation({
    mutationFn: (body: NewWarning) => api<WarningView>('POST', '/api/v1/duty-to-warn', body),
    onSuccess: async (w) => {
      await client.invalidateQueries({ queryKey: WARNINGS_KEY });
      navigate(`${BASE}/duty-to-warn/${w.id}`);
    },
  });
  // A field's error, or its first item's (a reference in the list that names nothing).
  const problem = (f: string) => {
    const fields = open.error instanceof ApiError ? open.error.fields : {};
    return fields[f] ?? Object.entries(fields).find(([k]) => k.startsWith(`${f}.`))?.[1];
  };
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (n: string) => String(form.get(n) ?? '').trim();
    const refs = (n: string) =>
      text(n)
        .split(/[\s,;]+/)
        .filter(Boolean);
    open.mutate({
      person: {
        name: text('name'),
        contact: text('contact'),
        language: text('language'),
        notes: text('notes'),
      },
      assessment: {
        threat: text('threat'),
        basis: text('basis'),
        severity: text('severity') as NewWarning['assessment']['severity'],
        credibility: text('credibility') as NewWarning['assessment']['credibility'],
      },
      ...(text('caseReference') ? { caseReference: text('caseReference') } : {}),
      relatedReferences: refs('related'),
    });
  };
  const field = (
    name: string,
    labelKey: Parameters<typeof ft>[0],
    opts: { area?: boolean; required?: boolean; errorPath?: string } = {},
  ) => {
    const id = `warn-${name}`;
    const err = problem(opts.errorPath ?? name);
    const common = {
      id,
      name,
      required: opts.required,
      'aria-invalid': err ? true : undefined,
      'aria-describedby': err ? `${id}-error` : undefined,
    };
    return (
      <div className="field">
        <label htmlFor={id}>{ft(labelKey)}</label>
        {opts.area ? (
          <textarea rows={4} maxLength={5000} {...common} />
        ) : (
          <input maxLength={500} {...common} />
        )}
        {err ? (
          <p className="field-error" id={`${id}-error`}>
            {err}
          </p>
        ) : null}
      </div>
    );
  };
  return (
    <form onSubmit={onSubmit} aria-labelledby="warn-new-h" noValidate>
      <h2 id="warn-new-h">{ft('fl.warn.new')}</h2>
      <fieldset>
        <legend>{ft('fl.warn.person')}</legend>
        {field('name', 'fl.warn.name', { required: true, errorPath: 'person.name' })}
        {field('contact', 'fl.warn.contact', { errorPath: 'person.contact' })}
        {field('language', 'fl.warn.language', { errorPath: 'person.language' })}
        {field('notes', 'fl.warn.notes', { area: true, errorPath: 'person.notes' })}
      </fieldset>
      <fieldset>
        <legend>{ft('fl.warn.assessment')}</legend>
        {field('threat', 'fl.warn.threat', { area: true, required: true, errorPath: 'assessment.threat' })}
        {field('basis', 'fl.warn.basis', { area: true, required: true, errorPath: 'assessment.basis' })}
        <div className="field">
          <label htmlFor="warn-severity">{ft('fl.warn.severity')}</label>
          <select id="warn-severity" name="severity">
            {WARNING_SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {ft(`fl.warn.severity.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="warn-credibility">{ft('fl.warn.credibility')}</label>
          <select id="warn-credibility" name="credibility">
            {WARNING_CREDIBILITY.map((s) => (
              <option key={s} value={s}>
                {ft(`fl.warn.credibility.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <fieldset>
        <legend>{ft('fl.warn.cases')}</legend>
        {field('caseReference', 'fl.warn.caseReference')}
        {field('related', 'fl.warn.related', { errorPath: 'relatedReferences' })}
      </fieldset>
      <FormError error={open.error} />
      <div className="buttons">
        <button type="submit" className="primary" disabled={open.isPending}>
          {ft('fl.warn.submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {ft('fl.cancel')}
        </button>
      </div>
    </form>
  );
}
