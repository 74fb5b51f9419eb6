import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { QueueView, QueueViewList } from '../../../shared/contracts/triage.ts';
import { triage as triageCatalog } from '../../../shared/i18n/catalogs/triage.ts';
import { api } from '../../api/client.ts';
import { useCatalogText } from '../../app/catalog-text.ts';
import { useI18n } from '../../app/i18n.tsx';
import { errorText } from '../../components/states.tsx';
import { type FilterValues, filtersToSave } from './filters.ts';

/** A person's saved views of the queue (kept on the server): open one, save the current filters, delete. */
export function SavedViews({
  filters,
  onOpen,
}: {
  filters: FilterValues;
  onOpen: (filters: FilterValues) => void;
}) {
  const q = useCatalogText(triageCatalog);
  const { t } = useI18n();
  const client = useQueryClient();
  const views = useQuery({
    queryKey: ['queue-views'],
    queryFn: () => api<QueueViewList>('GET', '/api/v1/queue-views'),
  });
  const [chosen, setChosen] = useState('');
  const [status, setStatus] = useState('');
  const save = useMutation({
    mutationFn: (name: string) =>
      api<QueueView>('POST', '/api/v1/queue-views', { name, filters: filtersToSave(filters) }),
    onSuccess: (view) => {
      setStatus(q('triage.views.saved', { name: view.name }));
      setChosen(view.id);
      void client.invalidateQueries({ queryKey: ['queue-views'] });
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => api<null>('DELETE', `/api/v1/queue-views/${id}`),
    onSuccess: () => {
      setStatus(q('triage.views.deleted'));
      setChosen('');
      void client.invalidateQueries({ queryKey: ['queue-views'] });
    },
  });
  const items = views.data?.items ?? [];
  const onOpenView = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const view = items.find((v) => v.id === chosen);
    if (view) onOpen({ status: '', ...view.filters });
  };
  const onSave = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const name = String(new FormData(e.currentTarget).get('name') ?? '').trim();
    if (name) save.mutate(name);
  };
  return (
    <section className="saved-views" aria-labelledby="saved-views-title">
      <h2 id="saved-views-title">{q('triage.views.title')}</h2>
      <div className="saved-views-forms">
        {items.length ? (
          <form className="inline-form" onSubmit={onOpenView}>
            <div className="field">
              <label htmlFor="view-choose">{q('triage.views.choose')}</label>
              <select id="view-choose" value={chosen} onChange={(e) => setChosen(e.target.value)}>
                <option value="">{q('triage.views.none')}</option>
                {items.map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.name}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" disabled={!chosen}>
              {q('triage.views.open')}
            </button>
            <button
              type="button"
              disabled={!chosen || remove.isPending}
              onClick={() => remove.mutate(chosen)}
            >
              {q('triage.views.delete')}
            </button>
          </form>
        ) : null}
        <form className="inline-form" onSubmit={onSave}>
          <div className="field">
            <label htmlFor="view-name">{q('triage.views.name')}</label>
            <input id="view-name" name="name" maxLength={60} required />
          </div>
          <button type="submit" disabled={save.isPending}>
            {q('triage.views.save')}
          </button>
        </form>
      </div>
      <p role="status" className="form-ok">
        {status}
      </p>
      {save.isError ? (
        <p role="alert" className="form-error">
          {errorText(save.error, t)}
        </p>
      ) : null}
    </section>
  );
}
