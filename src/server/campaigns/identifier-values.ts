import type { AppDeps } from '../deps.ts';
import { valueAad } from '../indicators/index-report.ts';
import type { Queryable } from '../platform/db/db.ts';

/**
 * Opens identifier values for a role that may read them, once each; for other roles, opens nothing and
 * answers undefined, so no value ever reaches an analyst's answer.
 */
export function identifierValueOpener(deps: Pick<AppDeps, 'vault'>, q: Queryable, allowed: boolean) {
  const opened = new Map<string, Promise<string>>();
  return async (v: { id: string; kind: string; value_sealed: unknown }): Promise<string | undefined> => {
    if (!allowed) return undefined;
    let value = opened.get(v.id);
    if (!value) {
      value = deps.vault.openText(q, v.value_sealed, valueAad(v.kind));
      opened.set(v.id, value);
    }
    return value;
  };
}
