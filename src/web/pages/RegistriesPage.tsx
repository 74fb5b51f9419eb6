import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { RegistryImportResult, RegistrySourceList } from '../../shared/contracts/registries.ts';
import { api, upload } from '../api/client.ts';
import { useI18n } from '../app/i18n.tsx';
import { useRegistryText } from '../app/registry-text.ts';
import { Empty, ErrorMessage, Loading } from '../components/states.tsx';

/**
 * Admins: the foreign-influence registers — each source, its snapshots (what was known when) and what the
 * latest lists — and the import of a snapshot in FocalPoint's format, with the upload's progress.
 */
export function RegistriesPage() {
  const rt = useRegistryText();
  const { date } = useI18n();
  const client = useQueryClient();
  const list = useQuery({
    queryKey: ['registries'],
    queryFn: () => api<RegistrySourceList>('GET', '/api/v1/registries'),
  });
  const [progress, setProgress] = useState<{ sent: number; total: number } | null>(null);
  const importing = useMutation({
    mutationFn: (v: { source: string; format: string; file: File; name: string; jurisdiction: string }) => {
      const query = new URLSearchParams({ format: v.format });
      if (v.name) query.set('name', v.name);
      if (v.jurisdiction) query.set('jurisdiction', v.jurisdiction);
      return upload<RegistryImportResult>(
        `/api/v1/registries/${encodeURIComponent(v.source)}/snapshots?${query}`,
        v.file,
        (sent, total) => setProgress({ sent, total }),
      );
    },
    onSettled: () => {
      setProgress(null);
      void client.invalidateQueries({ queryKey: ['registries'] });
    },
  });
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) return;
    importing.mutate({
      source: String(form.get('source') ?? '').trim(),
      format: file.name.toLowerCase().endsWith('.json') ? 'focalpoint-json' : 'focalpoint-csv',
      file,
      name: String(form.get('name') ?? '').trim(),
      jurisdiction: String(form.get('jurisdiction') ?? '')
        .trim()
        .toUpperCase(),
    });
  };
  return (
    <>
      <h1>{rt('registries.admin.title')}</h1>
      <p className="muted">{rt('registries.admin.intro')}</p>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorMessage error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{rt('registries.admin.source')}</th>
                <th scope="col">{rt('registries.admin.jurisdiction')}</th>
                <th scope="col">{rt('registries.admin.entries')}</th>
                <th scope="col">{rt('registries.admin.principals')}</th>
                <th scope="col">{rt('registries.admin.registrants')}</th>
                <th scope="col">{rt('registries.admin.snapshots')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((s) => (
                <tr key={s.code}>
                  <th scope="row">
                    {s.name} <span className="muted">({s.code})</span>
                  </th>
                  <td>{s.jurisdiction}</td>
                  <td>{s.current.entries}</td>
                  <td>{s.current.principals}</td>
                  <td>{s.current.registrants}</td>
                  <td>
                    {s.snapshots.length === 0 ? (
                      rt('registries.admin.empty')
                    ) : (
                      <ul>
                        {s.snapshots.map((n) => (
                          <li key={n.id}>
                            {rt('registries.admin.snapshot', {
                              importedAt: date(n.importedAt),
                              entries: n.entries,
                              added: n.added,
                              ended: n.ended,
                              asOf: n.asOf ? date(n.asOf, false) : 'none',
                            })}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {list.data && list.data.items.length === 0 ? <Empty>{rt('registries.admin.empty')}</Empty> : null}

      <form className="inline-form" onSubmit={onSubmit} aria-labelledby="registry-import-h">
        <h2 id="registry-import-h">{rt('registries.admin.import')}</h2>
        <p className="muted">{rt('registries.admin.importHelp')}</p>
        <div className="field">
          <label htmlFor="registry-source">{rt('registries.admin.source')}</label>
          <input
            id="registry-source"
            name="source"
            required
            list="registry-sources"
            pattern="[a-z]{2}-[a-z0-9-]{2,30}"
            defaultValue="ca-fitr"
          />
          <datalist id="registry-sources">
            {list.data?.items.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name}
              </option>
            ))}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor="registry-file">{rt('registries.admin.file')}</label>
          <input
            id="registry-file"
            name="file"
            type="file"
            required
            accept=".csv,.json,text/csv,application/json"
          />
        </div>
        <div className="field">
          <label htmlFor="registry-name">{rt('registries.admin.newSource')}</label>
          <input id="registry-name" name="name" maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="registry-jurisdiction">{rt('registries.admin.newJurisdiction')}</label>
          <input id="registry-jurisdiction" name="jurisdiction" maxLength={2} pattern="[A-Za-z]{2}" />
        </div>
        {importing.isPending ? (
          <p role="status">
            {rt('registries.admin.importing')}{' '}
            <progress
              max={progress?.total ?? undefined}
              value={progress ? progress.sent : undefined}
              aria-label={rt('registries.admin.importing')}
            />
          </p>
        ) : null}
        {importing.isError ? <ErrorMessage error={importing.error} /> : null}
        {importing.isSuccess ? (
          <p role="status">
            {rt('registries.admin.imported', {
              entries: importing.data.entries,
              added: importing.data.added,
              ended: importing.data.ended,
            })}
          </p>
        ) : null}
        <button type="submit" disabled={importing.isPending}>
          {rt('registries.admin.import')}
        </button>
      </form>
    </>
  );
}
