import { CASE_SCOPES, RECORD_KINDS } from '../../../shared/contracts/retention.ts';
import { retention } from '../../../shared/i18n/catalogs/retention.ts';
import type { CLOSING_REASONS } from '../../../shared/taxonomy.ts';
import { useCatalogText } from '../../app/catalog-text.ts';
import { useI18n } from '../../app/i18n.tsx';

/** The retention catalog in the console's language. */
export const useRetentionText = () => useCatalogText(retention);
export type RetentionText = ReturnType<typeof useRetentionText>;

const isScope = (s: string): boolean => (CASE_SCOPES as readonly string[]).includes(s);
const isRecord = (s: string): boolean => (RECORD_KINDS as readonly string[]).includes(s);

/**
 * A rule (a setting key: `closed.resolved.deidentify`, `not_acted_on.destroy`, `keep.messages`) in words:
 * "Closed: Resolved — De-identify". An unknown rule (a restore's, or a newer version's) shows as its code.
 */
export function useRuleText(): (rule: string) => string {
  const r = useRetentionText();
  const scope = useScopeText();
  return (rule) => {
    const cut = rule.lastIndexOf('.');
    const head = rule.slice(0, cut);
    const action = rule.slice(cut + 1);
    if (isScope(head) && (action === 'deidentify' || action === 'destroy'))
      return `${scope(head)} — ${r(`retention.plan.action.${action}`)}`;
    if (head === 'keep' && isRecord(action))
      return `${r(`retention.record.${action as (typeof RECORD_KINDS)[number]}`)} — ${r('retention.plan.action.remove')}`;
    return rule;
  };
}

/** A case scope of the schedule in words: "Closed: Resolved", "Never acted on…". */
export function useScopeText(): (scope: string) => string {
  const r = useRetentionText();
  const { t } = useI18n();
  return (scope) =>
    scope === 'not_acted_on'
      ? r('retention.schedule.notActedOn')
      : r('retention.schedule.closed', {
          reason: t(`console.closing.${scope.replace(/^closed\./, '') as (typeof CLOSING_REASONS)[number]}`),
        });
}
