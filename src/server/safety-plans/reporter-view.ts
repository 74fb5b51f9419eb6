import { type ReporterSafetyPlan, SAFETY_SECTIONS } from '../../shared/contracts/safety-plans.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { t } from '../../shared/i18n/translate.ts';
import type { AppDeps } from '../deps.ts';
import type { Queryable } from '../platform/db/db.ts';
import * as repo from './repo.ts';
import { labelIn, openPlan } from './safety-plans.ts';

/**
 * The person's plan as follow-up shows it, in their language: the sections that hold a step or a note, each
 * step with its label (English, marked as such, for an item still waiting for its translation) and whether
 * it is done, and their trusted contacts. Null when no plan was made.
 */
export async function reporterSafetyPlan(
  deps: Pick<AppDeps, 'vault'>,
  q: Queryable,
  reportId: string,
  locale: Locale,
): Promise<ReporterSafetyPlan | null> {
  const row = await repo.findPlan(q, reportId);
  if (!row) return null;
  const plan = await openPlan(deps, q, row);
  const items = new Map((await repo.listItems(q, { includeInactive: true })).map((i) => [i.code, i]));
  const sections: ReporterSafetyPlan['sections'] = [];
  for (const section of SAFETY_SECTIONS) {
    const steps = plan.steps.flatMap((s) => {
      const item = items.get(s.code);
      if (!item || item.section !== section) return [];
      const label = labelIn(item.labels, locale);
      return [{ label: label.text, lang: label.lang, done: s.done }];
    });
    const note = plan.notes[section]?.trim() || null;
    if (steps.length === 0 && !note) continue;
    sections.push({ section, title: t(locale, `safetyPlan.section.${section}`), note, steps });
  }
  return { updatedAt: new Date(row.updated_at).toISOString(), sections, contacts: plan.contacts };
}
