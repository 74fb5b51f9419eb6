import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { CaseIdentifiers, NewCaseIdentifier } from '../../../shared/contracts/indicators.ts';
import { INDICATOR_KINDS, PLATFORMS } from '../../../shared/taxonomy.ts';
import { api } from '../../api/client.ts';
import { useIndicatorText } from '../../app/indicator-text.ts';
import { Empty, ErrorMessage, Loading } from '../../components/states.tsx';

/**
 * The identifiers the reports of this case name, for people who may read the reports: what each is, how it
 * was found and how sure. Remove a wrong one (it stops linking, for good); add one the extractor missed.
 * Opening the list is audited, like every view of content.
 */
export function IdentifiersSection({
  caseId,
  reports,
  canCorrect,
}: {
  caseId: string;
  reports: { id: string; reference: string }[];
  canCorrect: boolean;
}) {
  const it = useIndicatorText();
  const client = useQueryClient();
  const key = ['cases', caseId, 'identifiers'];
  const ids = useQuery({
    queryKey: key,
    queryFn: () => api<CaseIdentifiers>('GET', `/api/v1/cases/${caseId}/identifiers`),
  });
  const refresh = () => {
    void client.invalidateQueries({ queryKey: key });
    void client.invalidateQueries({ queryKey: ['cases', caseId, 'links'] });
  };
  const remove = useMutation({
    mutationFn: (v: { identifierId: string; reportId: string }) =>
      api('DELETE', `/api/v1/cases/${caseId}/identifiers/${v.identifierId}?reportId=${v.reportId}`),
    onSuccess: refresh,
  });
  const [kind, setKind] = useState<NewCaseIdentifier['kind']>('phone');
  const add = useMutation({
    mutationFn: (body: NewCaseIdentifier) => api('POST', `/api/v1/cases/${caseId}/identifiers`, body),
    onSuccess: refresh,
  });
  const onAdd = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const platform = String(form.get('platform') ?? '');
    add.mutate({
      reportId: String(form.get('reportId')),
      kind,
      value: String(form.get('value') ?? ''),
      ...(kind === 'account' && platform
        ? { platform: platform as NonNullable<NewCaseIdentifier['platform']> }
        : {}),
    });
  };
  return (
    <section id="identifiers" aria-labelledby="identifiers-h">
      <h2 id="identifiers-h">{it('indicators.identifiers.title')}</h2>
      <p className="muted">{it('indicators.identifiers.intro')}</p>
      {ids.isPending ? <Loading /> : null}
      {ids.isError ? <ErrorMessage error={ids.error} onRetry={() => void ids.refetch()} /> : null}
      {ids.data && ids.data.items.length === 0 ? <Empty>{it('indicators.identifiers.empty')}</Empty> : null}
      {ids.data && ids.data.items.length > 0 ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{it('indicators.identifiers.value')}</th>
                <th scope="col">{it('indicators.identifiers.kind')}</th>
                <th scope="col">{it('indicators.identifiers.report')}</th>
                <th scope="col">{it('indicators.identifiers.how')}</th>
                {canCorrect ? (
                  <th scope="col">
                    <span className="visually-hidden">{it('indicators.identifiers.correct')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {ids.data.items.map((i) => (
                <tr key={`${i.identifierId}|${i.reportId}`}>
                  <th scope="row">
                    <bdi>{i.value}</bdi>
                  </th>
                  <td>
                    {it(`indicators.kind.${i.kind}`)}
                    {i.platform ? ` (${i.platform})` : ''}
                  </td>
                  <td>{i.reportReference}</td>
                  <td>
                    {it(`indicators.matched.${i.matchedAs}`)} —{' '}
                    {it(`indicators.identifiers.confidence.${i.confidence}`)}
                    {i.linkable ? '' : ` — ${it('indicators.identifiers.notLinking')}`}
                  </td>
                  {canCorrect ? (
                    <td>
                      <button
                        type="button"
                        className="secondary"
                        disabled={remove.isPending}
                        onClick={() => remove.mutate({ identifierId: i.identifierId, reportId: i.reportId })}
                      >
                        {it('indicators.identifiers.remove')}
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {ids.data && ids.data.removed.length > 0 ? (
        <p className="muted">{it('indicators.identifiers.removed', { count: ids.data.removed.length })}</p>
      ) : null}
      {remove.isError ? <ErrorMessage error={remove.error} /> : null}
      {canCorrect ? (
        <form className="inline-form" onSubmit={onAdd} aria-labelledby="identifier-add-h">
          <h3 id="identifier-add-h">{it('indicators.identifiers.add')}</h3>
          <div className="field">
            <label htmlFor="identifier-report">{it('indicators.identifiers.report')}</label>
            <select id="identifier-report" name="reportId">
              {reports.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.reference}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="identifier-kind">{it('indicators.identifiers.kind')}</label>
            <select
              id="identifier-kind"
              value={kind}
              onChange={(e) => setKind(e.target.value as NewCaseIdentifier['kind'])}
            >
              {INDICATOR_KINDS.map((k) => (
                <option key={k} value={k}>
                  {it(`indicators.kind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          {kind === 'account' ? (
            <div className="field">
              <label htmlFor="identifier-platform">{it('indicators.identifiers.platform')}</label>
              <select id="identifier-platform" name="platform">
                {PLATFORMS.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <div className="field">
            <label htmlFor="identifier-value">{it('indicators.identifiers.value')}</label>
            <input id="identifier-value" name="value" required maxLength={500} />
          </div>
          {add.isError ? <ErrorMessage error={add.error} /> : null}
          <button type="submit" disabled={add.isPending}>
            {add.isPending ? it('indicators.identifiers.adding') : it('indicators.identifiers.add')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
