import { type FormEvent, useState } from 'react';
import type {
  CaseSummary,
  CaseView,
  ClassificationUpdate,
  ReportView,
} from '../../../shared/contracts/cases.ts';
import {
  CHANNELS,
  COMMUNITIES,
  IMPACTS,
  PERPETRATOR_TYPES,
  PROVINCES,
  TACTIC_GROUPS,
} from '../../../shared/taxonomy.ts';
import { api } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { errorText } from '../../components/states.tsx';
import { useCaseMutation } from './hooks.ts';

/** Triage: correct the codes a report was classified with. Each list replaces the report's old one. */
export function ClassificationForm({ view, report }: { view: CaseView; report: ReportView }) {
  const { t, label } = useI18n();
  const [editing, setEditing] = useState(false);
  const save = useCaseMutation(view.id, (classification: ClassificationUpdate) =>
    api<CaseSummary>('PATCH', `/api/v1/cases/${view.id}`, { version: view.version, classification }),
  );
  const c = report.classification;
  const prefix = `cls-${report.id}`;
  if (!editing) {
    return (
      <button type="button" onClick={() => setEditing(true)}>
        {t('console.classify.edit')}
        <span className="visually-hidden"> {report.reference}</span>
      </button>
    );
  }
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const all = (name: string) => form.getAll(name).map(String);
    const province = String(form.get('province') ?? '');
    save.mutate(
      {
        reportId: report.id,
        tactics: all('tactics'),
        communities: all('communities'),
        channels: all('channels'),
        impacts: all('impacts'),
        perpetratorTypes: all('perpetratorTypes'),
        province: province ? (province as ClassificationUpdate['province']) : null,
      },
      { onSuccess: () => setEditing(false) },
    );
  };
  const boxes = (name: string, vocabulary: string, codes: readonly string[], chosen: string[]) =>
    codes.map((code) => (
      <label key={code} className="check">
        <input type="checkbox" name={name} value={code} defaultChecked={chosen.includes(code)} />{' '}
        {label(vocabulary, code)}
      </label>
    ));
  return (
    <form onSubmit={onSubmit} className="classify">
      <fieldset>
        <legend>{t('console.report.tactics')}</legend>
        {Object.entries(TACTIC_GROUPS).map(([group, codes]) => (
          <fieldset key={group} className="group">
            <legend>{label('tactic_group', group)}</legend>
            {boxes('tactics', 'tactic', codes, c.tactics)}
          </fieldset>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('console.report.communities')}</legend>
        {boxes('communities', 'community', COMMUNITIES, c.communities)}
      </fieldset>
      <fieldset>
        <legend>{t('console.report.channels')}</legend>
        {boxes('channels', 'channel', CHANNELS, c.channels)}
      </fieldset>
      <fieldset>
        <legend>{t('console.report.impacts')}</legend>
        {boxes('impacts', 'impact', IMPACTS, c.impacts)}
      </fieldset>
      <fieldset>
        <legend>{t('console.report.perpetrators')}</legend>
        {boxes('perpetratorTypes', 'perpetrator_type', PERPETRATOR_TYPES, c.perpetratorTypes)}
      </fieldset>
      <div className="field">
        <label htmlFor={`${prefix}-province`}>{t('console.classify.province')}</label>
        <select id={`${prefix}-province`} name="province" defaultValue={c.province ?? ''}>
          <option value="">—</option>
          {PROVINCES.map((p) => (
            <option key={p} value={p}>
              {label('province', p)}
            </option>
          ))}
        </select>
      </div>
      {save.isError ? (
        <p className="form-error" role="alert">
          {errorText(save.error, t)}
        </p>
      ) : null}
      <div className="buttons">
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('console.classify.save')}
        </button>
        <button type="button" onClick={() => setEditing(false)}>
          {t('console.classify.cancel')}
        </button>
      </div>
    </form>
  );
}
