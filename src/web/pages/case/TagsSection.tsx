import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { Tag, TagList } from '../../../shared/contracts/triage.ts';
import { triage as triageCatalog } from '../../../shared/i18n/catalogs/triage.ts';
import { api } from '../../api/client.ts';
import { useCatalogText } from '../../app/catalog-text.ts';
import { useI18n } from '../../app/i18n.tsx';
import { errorText } from '../../components/states.tsx';
import { useCaseMutation } from './hooks.ts';

/** A case's tags: staff labels for their own work, put on and taken off here (each change audited). */
export function TagsSection({ caseId, tags, canWrite }: { caseId: string; tags: Tag[]; canWrite: boolean }) {
  const q = useCatalogText(triageCatalog);
  const { t } = useI18n();
  const client = useQueryClient();
  const all = useQuery({
    queryKey: ['tags'],
    queryFn: () => api<TagList>('GET', '/api/v1/tags'),
    enabled: canWrite,
  });
  const [chosen, setChosen] = useState('');
  const add = useCaseMutation(caseId, (tagId: string) =>
    api<TagList>('POST', `/api/v1/cases/${caseId}/tags`, { tagId }),
  );
  const remove = useCaseMutation(caseId, (tagId: string) =>
    api<TagList>('DELETE', `/api/v1/cases/${caseId}/tags/${tagId}`),
  );
  const create = useCaseMutation(caseId, async (label: string) => {
    const tag = await api<Tag>('POST', '/api/v1/tags', { label });
    await client.invalidateQueries({ queryKey: ['tags'] });
    return api<TagList>('POST', `/api/v1/cases/${caseId}/tags`, { tagId: tag.id });
  });
  const available = (all.data?.items ?? []).filter((tag) => !tags.some((own) => own.id === tag.id));
  const onAdd = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (chosen) add.mutate(chosen, { onSuccess: () => setChosen('') });
  };
  const onCreate = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const label = String(new FormData(form).get('label') ?? '').trim();
    if (label) create.mutate(label, { onSuccess: () => form.reset() });
  };
  const error = add.error ?? remove.error ?? create.error;
  return (
    <section id="tags" aria-labelledby="tags-h">
      <h2 id="tags-h">{q('triage.tags.title')}</h2>
      {tags.length ? (
        <ul className="tag-list">
          {tags.map((tag) => (
            <li key={tag.id}>
              <span className="tag">{tag.label}</span>
              {canWrite ? (
                <button
                  type="button"
                  className="link-button"
                  aria-label={q('triage.tags.remove', { label: tag.label })}
                  onClick={() => remove.mutate(tag.id)}
                >
                  ×
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{q('triage.tags.none')}</p>
      )}
      {canWrite ? (
        <>
          {available.length ? (
            <form className="inline-form" onSubmit={onAdd}>
              <div className="field">
                <label htmlFor="tag-choose">{q('triage.tags.add')}</label>
                <select id="tag-choose" value={chosen} onChange={(e) => setChosen(e.target.value)}>
                  <option value="">{q('triage.tags.choose')}</option>
                  {available.map((tag) => (
                    <option key={tag.id} value={tag.id}>
                      {tag.label}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" disabled={!chosen || add.isPending}>
                {q('triage.tags.addButton')}
              </button>
            </form>
          ) : null}
          <form className="inline-form" onSubmit={onCreate}>
            <div className="field">
              <label htmlFor="tag-new">{q('triage.tags.new')}</label>
              <input id="tag-new" name="label" minLength={2} maxLength={40} aria-describedby="tag-new-hint" />
              <p id="tag-new-hint" className="hint">
                {q('triage.tags.newHint')}
              </p>
            </div>
            <button type="submit" disabled={create.isPending}>
              {q('triage.tags.create')}
            </button>
          </form>
          <p className="hint">{q('triage.tags.audited')}</p>
        </>
      ) : null}
      {error ? (
        <p role="alert" className="form-error">
          {errorText(error, t)}
        </p>
      ) : null}
    </section>
  );
}
