import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { RevealReason as RevealReasonAnswer } from '../../../shared/contracts/cases.ts';
import { api } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { ErrorMessage, Loading } from '../../components/states.tsx';

/**
 * A supervisor's "show the reason" on an identity reveal's audit entry. The reason is sealed with the
 * reveal; each opening is audited by the server, so it is fetched once, when asked, and never refetched on
 * its own (no window-focus refresh).
 */
export function RevealReason({ seq }: { seq: number }) {
  const { t, date } = useI18n();
  const [shown, setShown] = useState(false);
  const regionId = useId();
  const reason = useQuery({
    queryKey: ['reveal-reason', seq],
    queryFn: () => api<RevealReasonAnswer>('GET', `/api/v1/audit/${seq}/reveal-reason`),
    enabled: shown,
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    retry: false,
  });
  return (
    <div className="reveal-reason">
      <button
        type="button"
        className="link-button"
        aria-expanded={shown}
        aria-controls={regionId}
        onClick={() => setShown(!shown)}
      >
        {shown ? t('console.audit.hideReason') : t('console.audit.showReason')}
      </button>
      <div id={regionId} aria-live="polite">
        {shown && reason.isPending ? <Loading /> : null}
        {shown && reason.isError ? <ErrorMessage error={reason.error} /> : null}
        {shown && reason.data ? (
          <figure>
            <figcaption>
              {t('console.audit.reasonOf', {
                seq: String(reason.data.seq),
                who: reason.data.revealedBy?.email ?? '—',
                when: date(reason.data.revealedAt),
              })}
            </figcaption>
            <blockquote>{reason.data.reason}</blockquote>
            <p className="hint">{t('console.audit.reasonAudited')}</p>
          </figure>
        ) : null}
      </div>
    </div>
  );
}
