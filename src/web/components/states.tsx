import type { ReactNode } from 'react';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../app/i18n.tsx';

/** Loading, empty and error states, the same everywhere. */
export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      {label ?? t('console.loading')}
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="state state-empty">{children}</p>;
}

/** The server's localised message when it sent one, else a plain sentence for the failure. */
export function errorText(err: unknown, t: ReturnType<typeof useI18n>['t']): string {
  if (err instanceof ApiError) {
    if (err.status === 0) return t('console.error.network');
    if (err.message) return err.message;
  }
  return t('console.error.generic');
}

export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="state state-error" role="alert">
      <p>{errorText(error, t)}</p>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          {t('console.retry')}
        </button>
      ) : null}
    </div>
  );
}

/** A field's own error from a 400 answer, tied to its input by id. */
export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError ? error.fields[field] : undefined;
}

/** The error of a form as a whole (announced at once), or nothing when there is none. */
export function FormError({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <p className="form-error" role="alert">
      {errorText(error, t)}
    </p>
  );
}

/**
 * A form's own errors from a 400 answer, field by field: the message under a field (`errorOf`) and the
 * attributes that tie it to its input (`invalid`, after the field's hint when it has one).
 */
export function fieldProblems(error: unknown) {
  const problem = (field: string) => fieldError(error, field);
  return {
    problem,
    errorOf: (field: string, id: string) =>
      problem(field) ? (
        <p className="field-error" id={`${id}-error`}>
          {problem(field)}
        </p>
      ) : null,
    invalid: (field: string, id: string, hintId?: string) => {
      const describedBy = [hintId, problem(field) ? `${id}-error` : undefined].filter(Boolean).join(' ');
      return {
        ...(problem(field) ? { 'aria-invalid': true as const } : {}),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      };
    },
  };
}
