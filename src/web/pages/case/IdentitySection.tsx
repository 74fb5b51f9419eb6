import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { IdentityAnswer } from '../../../shared/contracts/cases.ts';
import { api } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Dialog } from '../../components/dialog.tsx';
import { errorText, fieldError } from '../../components/states.tsx';

/** The reporter's identity stays hidden until a reason is stated; the reveal is audited and sealed. */
export function IdentitySection({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const reveal = useMutation({
    mutationFn: (reason: string) =>
      api<IdentityAnswer>('POST', `/api/v1/cases/${caseId}/identity`, { reason }),
    onSuccess: () => setAsking(false),
  });
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    reveal.mutate(String(new FormData(e.currentTarget).get('reason') ?? '').trim());
  };
  const reasonError = fieldError(reveal.error, 'reason');
  return (
    <section id="identity" aria-labelledby="identity-h">
      <h2 id="identity-h">{t('console.identity.title')}</h2>
      {reveal.data ? (
        <div className="identities" aria-live="polite">
          {reveal.data.identities.map((i) => (
            <dl key={i.reportId} className="facts card">
              <dt>{t('console.identity.report')}</dt>
              <dd>{i.reference}</dd>
              {i.anonymous ? (
                <>
                  <dt>{t('console.identity.name')}</dt>
                  <dd>{t('console.identity.anonymous')}</dd>
                </>
              ) : (
                <>
                  <dt>{t('console.identity.name')}</dt>
                  <dd>{i.name ?? '—'}</dd>
                  <dt>{t('console.identity.email')}</dt>
                  <dd>{i.email ?? '—'}</dd>
                  <dt>{t('console.identity.phone')}</dt>
                  <dd>{i.phone ?? '—'}</dd>
                  <dt>{t('console.identity.language')}</dt>
                  <dd>{i.preferredLanguage ?? '—'}</dd>
                  <dt>{t('console.identity.safeToContact')}</dt>
                  <dd>
                    {typeof i.safeToContact === 'boolean'
                      ? i.safeToContact
                        ? t('console.yes')
                        : t('console.no')
                      : (i.safeToContact ?? '—')}
                  </dd>
                </>
              )}
            </dl>
          ))}
          <button type="button" onClick={() => reveal.reset()}>
            {t('console.identity.hide')}
          </button>
        </div>
      ) : (
        <>
          <p>{t('console.identity.hidden')}</p>
          <button type="button" onClick={() => setAsking(true)}>
            {t('console.identity.reveal')}
          </button>
        </>
      )}
      <Dialog open={asking} title={t('console.identity.dialogTitle')} onClose={() => setAsking(false)}>
        <form onSubmit={onSubmit}>
          <p id="identity-why">{t('console.identity.dialogIntro')}</p>
          <div className="field">
            <label htmlFor="identity-reason">{t('console.reason')}</label>
            <textarea
              id="identity-reason"
              name="reason"
              rows={3}
              required
              minLength={5}
              maxLength={2000}
              aria-describedby={reasonError ? 'identity-why identity-reason-error' : 'identity-why'}
              aria-invalid={reasonError ? true : undefined}
            />
            {reasonError ? (
              <p className="field-error" id="identity-reason-error">
                {reasonError}
              </p>
            ) : null}
          </div>
          {reveal.isError && !reasonError ? (
            <p className="form-error" role="alert">
              {errorText(reveal.error, t)}
            </p>
          ) : null}
          <button type="submit" className="primary" disabled={reveal.isPending}>
            {t('console.identity.submit')}
          </button>
        </form>
      </Dialog>
    </section>
  );
}
