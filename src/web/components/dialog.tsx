import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useI18n } from '../app/i18n.tsx';

/**
 * A modal dialog on the native <dialog> element: the browser traps focus, closes on Escape and restores
 * focus to the opener, which is what keyboard and screen-reader users expect.
 */
export function Dialog({
  open,
  title,
  onClose,
  children,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { t } = useI18n();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} aria-labelledby={titleId} onClose={onClose} className="dialog">
      <div className="dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="link-button" onClick={onClose}>
          {t('console.close')}
        </button>
      </div>
      {open ? children : null}
    </dialog>
  );
}
