import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import {
  CASE_SCOPES,
  formatDuration,
  parseDuration,
  RECORD_KINDS,
  type RetentionSettingsPatch,
  type RetentionSettingsView,
  type SettingKey,
} from '../../../shared/contracts/retention.ts';
import { api } from '../../api/client.ts';
import { DataTable } from '../../components/data-table.tsx';
import { ErrorMessage, FormError, fieldError, Loading } from '../../components/states.tsx';
import { type RetentionText, useRetentionText, useScopeText } from './text.ts';

export const SETTINGS_KEY = ['retention', 'settings'] as const;
const NOTICES = ['notice.receipt', 'notice.upcoming'] as const;
const fieldId = (key: SettingKey) => `retention-${key.replaceAll('.', '-')}`;

/**
 * The schedule. Admins edit it (durations as 730d, 2y, 12h, 5m or never; each field tells its own error);
 * supervisors read it. Nothing here shows or needs any case's content.
 */
export function ScheduleSection({ editable }: { editable: boolean }) {
  const r = useRetentionText();
  const scopeText = useScopeText();
  const client = useQueryClient();
  const settings = useQuery({
    queryKey: SETTINGS_KEY,
    queryFn: () => api<RetentionSettingsView>('GET', '/api/v1/retention/settings'),
  });
  const [invalid, setInvalid] = useState<SettingKey[]>([]);
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: (patch: RetentionSettingsPatch) =>
      api<RetentionSettingsView>('PATCH', '/api/v1/retention/settings', patch),
    onSuccess: (view) => {
      client.setQueryData(SETTINGS_KEY, view);
      void client.invalidateQueries({ queryKey: ['retention'] });
      setSaved(true);
    },
  });
  if (settings.isPending) return <Loading />;
  if (settings.isError)
    return <ErrorMessage error={settings.error} onRetry={() => void settings.refetch()} />;
  const view = settings.data;

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setSaved(false);
    const form = new FormData(e.currentTarget);
    const patch: RetentionSettingsPatch = {};
    const bad: SettingKey[] = [];
    for (const key of Object.keys(view.settings) as SettingKey[]) {
      const minutes = parseDuration(String(form.get(key) ?? ''));
      if (minutes === undefined) bad.push(key);
      else if (minutes !== view.settings[key]) patch[key] = minutes;
    }
    setInvalid(bad);
    if (bad.length === 0) save.mutate(patch);
  };
  const cell = (key: SettingKey, label: string) => (
    <DurationCell
      key={key}
      setting={key}
      label={label}
      view={view}
      editable={editable}
      error={invalid.includes(key) ? r('retention.schedule.invalid') : fieldError(save.error, key)}
      r={r}
    />
  );

  return (
    <section aria-labelledby="retention-schedule">
      <h2 id="retention-schedule">{r('retention.schedule.title')}</h2>
      <p>{r('retention.schedule.intro')}</p>
      {editable ? null : <p className="hint">{r('retention.schedule.readOnly')}</p>}
      <form onSubmit={onSubmit} noValidate>
        <DataTable
          caption={r('retention.schedule.title')}
          headers={[
            r('retention.schedule.scope'),
            r('retention.schedule.deidentify'),
            r('retention.schedule.destroy'),
          ]}
        >
          {CASE_SCOPES.map((scope) => (
            <tr key={scope}>
              <th scope="row">{scopeText(scope)}</th>
              {cell(`${scope}.deidentify`, `${scopeText(scope)} — ${r('retention.schedule.deidentify')}`)}
              {cell(`${scope}.destroy`, `${scopeText(scope)} — ${r('retention.schedule.destroy')}`)}
            </tr>
          ))}
        </DataTable>
        <h3>{r('retention.schedule.records')}</h3>
        <DataTable
          caption={r('retention.schedule.records')}
          headers={[r('retention.schedule.record'), r('retention.schedule.keepFor')]}
        >
          {RECORD_KINDS.map((kind) => (
            <tr key={kind}>
              <th scope="row">{r(`retention.record.${kind}`)}</th>
              {cell(`keep.${kind}`, `${r(`retention.record.${kind}`)} — ${r('retention.schedule.keepFor')}`)}
            </tr>
          ))}
        </DataTable>
        <h3>{r('retention.schedule.notices')}</h3>
        <DataTable caption={r('retention.schedule.notices')} headers={[r('retention.schedule.notices'), '']}>
          {NOTICES.map((key) => (
            <tr key={key}>
              <th scope="row">{r(`retention.${key}`)}</th>
              {cell(key, r(`retention.${key}`))}
            </tr>
          ))}
        </DataTable>
        {editable ? (
          <p>
            <button type="submit" className="primary" disabled={save.isPending}>
              {r('retention.schedule.save')}
            </button>
          </p>
        ) : null}
        {saved ? <p role="status">{r('retention.schedule.saved')}</p> : null}
        <FormError error={save.error} />
      </form>
    </section>
  );
}

function DurationCell({
  setting,
  label,
  view,
  editable,
  error,
  r,
}: {
  setting: SettingKey;
  label: string;
  view: RetentionSettingsView;
  editable: boolean;
  error: string | undefined;
  r: RetentionText;
}) {
  const value = formatDuration(view.settings[setting]);
  const fallback = formatDuration(view.defaults[setting]);
  const id = fieldId(setting);
  if (!editable) {
    return (
      <td>
        {value}
        {value === fallback ? null : (
          <div className="hint">{r('retention.schedule.default', { value: fallback })}</div>
        )}
      </td>
    );
  }
  return (
    <td>
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        name={setting}
        defaultValue={value}
        size={8}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
      />
      <div className="hint" id={`${id}-hint`}>
        {r('retention.schedule.default', { value: fallback })}
      </div>
      {error ? (
        <div className="field-error" id={`${id}-error`}>
          {error}
        </div>
      ) : null}
    </td>
  );
}
