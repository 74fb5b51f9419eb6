import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { HeldReviewResult } from '../../../shared/contracts/cases.ts';
import { api } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Dialog } from '../../components/dialog.tsx';
import { ErrorMessage } from '../../components/states.tsx';

/**
 * Reports that arrived during a flood wait apart, held for review (they are not in the queue and were
 * not announced). Intake officers and supervisors look at them, then release them into the queue or
 * discard them as spam, all at once.
 */
export function HeldBanner({
  held,
  showing,
  onShow,
}: {
  held: number;
  showing: boolean;
  onShow: (show: boolean) => void;
}) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [confirm, setConfirm] = useState<'release' | 'discard' | null>(null);
  const review = useMutation({
    mutationFn: (action: 'release' | 'discard') =>
      api<HeldReviewResult>('POST', '/api/v1/cases/held', { action }),
    onSuccess: () => {
      setConfirm(null);
      onShow(false);
      void client.invalidateQueries({ queryKey: ['cases'] });
    },
  });
  if (held === 0 && !showing) return null;
  return (
    <section className="notice" aria-labelledby="held-title">
      <h2 id="held-title">{t('console.held.title', { count: held })}</h2>
      <p>{t('console.held.explain')}</p>
      <div className="actions">
        <button type="button" onClick={() => onShow(!showing)} aria-pressed={showing}>
          {showing ? t('console.held.hide') : t('console.held.show')}
        </button>
        <button type="button" disabled={held === 0} onClick={() => setConfirm('release')}>
          {t('console.held.releaseAll')}
        </button>
        <button type="button" disabled={held === 0} onClick={() => setConfirm('discard')}>
          {t('console.held.discardAll')}
        </button>
      </div>
      <Dialog
        open={confirm !== null}
        title={confirm === 'discard' ? t('console.held.discardAll') : t('console.held.releaseAll')}
        onClose={() => setConfirm(null)}
      >
        <p>
          {confirm === 'discard'
            ? t('console.held.confirmDiscard', { count: held })
            : t('console.held.confirmRelease', { count: held })}
        </p>
        {review.isError ? <ErrorMessage error={review.error} /> : null}
        <button type="button" disabled={review.isPending} onClick={() => confirm && review.mutate(confirm)}>
          {review.isPending ? t('console.loading') : t('console.held.confirm')}
        </button>
      </Dialog>
    </section>
  );
}
