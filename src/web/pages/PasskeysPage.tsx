import { startRegistration } from '@simplewebauthn/browser';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { Passkey, PasskeyList } from '../../shared/contracts/auth.ts';
import { api } from '../api/client.ts';
import { useI18n } from '../app/i18n.tsx';
import { ErrorMessage, FormError, fieldError, Loading } from '../components/states.tsx';

/** The browser's WebAuthn prompt was dismissed or failed (not a server answer). */
class CeremonyCancelled extends Error {}

/**
 * One's own passkeys: the list, add one (with the password, then the device's prompt), remove one. The
 * ceremony is SimpleWebAuthn's (browser and server); this page only passes its JSON along.
 */
export function PasskeysPage() {
  const { t, date } = useI18n();
  const client = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const list = useQuery({
    queryKey: ['passkeys'],
    queryFn: () => api<PasskeyList>('GET', '/api/v1/auth/passkeys'),
  });
  const add = useMutation({
    mutationFn: async (input: { name: string; currentPassword: string }) => {
      const options = await api<Parameters<typeof startRegistration>[0]['optionsJSON']>(
        'POST',
        '/api/v1/auth/passkeys/options',
        { currentPassword: input.currentPassword },
      );
      const response = await startRegistration({ optionsJSON: options }).catch(() => {
        throw new CeremonyCancelled();
      });
      return api<Passkey>('POST', '/api/v1/auth/passkeys', { name: input.name, response });
    },
    onSuccess: (passkey) => {
      setNotice(t('console.passkeys.addedNow', { name: passkey.name }));
      void client.invalidateQueries({ queryKey: ['passkeys'] });
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => api('DELETE', `/api/v1/auth/passkeys/${id}`),
    onSuccess: () => {
      setNotice(t('console.passkeys.removed'));
      void client.invalidateQueries({ queryKey: ['passkeys'] });
    },
  });
  const onAdd = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setNotice(null);
    add.mutate({
      name: String(form.get('name') ?? '').trim(),
      currentPassword: String(form.get('currentPassword') ?? ''),
    });
  };

  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />;
  const { passkeys, available } = list.data;
  const passwordError = fieldError(add.error, 'currentPassword');
  return (
    <section className="narrow">
      <h1>{t('console.passkeys.title')}</h1>
      <p>{t('console.passkeys.intro')}</p>
      {notice ? (
        <p className="state" role="status">
          {notice}
        </p>
      ) : null}
      <h2>{t('console.passkeys.listTitle')}</h2>
      {passkeys.length === 0 ? (
        <p>{t('console.passkeys.none')}</p>
      ) : (
        <ul>
          {passkeys.map((p) => (
            <li key={p.id}>
              <strong>{p.name}</strong> — {t('console.passkeys.added', { date: date(p.createdAt, false) })},{' '}
              {p.lastUsedAt
                ? t('console.passkeys.lastUsed', { date: date(p.lastUsedAt) })
                : t('console.passkeys.neverUsed')}{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => remove.mutate(p.id)}
                disabled={remove.isPending}
              >
                {t('console.passkeys.remove', { name: p.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {remove.isError ? <FormError error={remove.error} /> : null}
      <h2>{t('console.passkeys.addTitle')}</h2>
      {available ? (
        <form onSubmit={onAdd}>
          <div className="field">
            <label htmlFor="pk-name">{t('console.passkeys.name')}</label>
            <p className="hint" id="pk-name-hint">
              {t('console.passkeys.nameHint')}
            </p>
            <input id="pk-name" name="name" maxLength={60} required aria-describedby="pk-name-hint" />
          </div>
          <div className="field">
            <label htmlFor="pk-password">{t('console.passkeys.currentPassword')}</label>
            <input
              id="pk-password"
              name="currentPassword"
              type="password"
              autoComplete="current-password"
              required
              aria-invalid={passwordError ? true : undefined}
              aria-describedby={passwordError ? 'pk-password-error' : undefined}
            />
            {passwordError ? (
              <p className="field-error" id="pk-password-error">
                {passwordError}
              </p>
            ) : null}
          </div>
          {add.error instanceof CeremonyCancelled ? (
            <p className="form-error" role="alert">
              {t('console.passkeys.cancelled')}
            </p>
          ) : add.isError && !passwordError ? (
            <FormError error={add.error} />
          ) : null}
          <button type="submit" className="primary" disabled={add.isPending}>
            {t('console.passkeys.add')}
          </button>
        </form>
      ) : (
        <p>{t('console.passkeys.unavailable')}</p>
      )}
      <p className="hint">{t('console.passkeys.lost')}</p>
    </section>
  );
}
