import type { SafetySection, TrustedContact } from '../../shared/contracts/safety-plans.ts';

/** Where a plan's sealed JSON belongs (the envelope's additional authenticated data). */
export const PLAN_AAD = { plan: (reportId: string) => `safety_plan.plan:${reportId}` } as const;

/** What a plan holds, sealed as one JSON value. */
export type PlanContent = {
  steps: { code: string; done: boolean; doneAt: string | null }[];
  notes: Partial<Record<SafetySection, string>>;
  contacts: TrustedContact[];
};

/** Reads a plan leniently: anything malformed yields what can be read. */
export function readPlan(json: unknown): PlanContent {
  const o = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
  const steps = Array.isArray(o.steps)
    ? o.steps.flatMap((s) => {
        const step = (s ?? {}) as Record<string, unknown>;
        return typeof step.code === 'string'
          ? [
              {
                code: step.code,
                done: step.done === true,
                doneAt: typeof step.doneAt === 'string' ? step.doneAt : null,
              },
            ]
          : [];
      })
    : [];
  const notes = (o.notes && typeof o.notes === 'object' ? o.notes : {}) as PlanContent['notes'];
  const contacts = Array.isArray(o.contacts)
    ? o.contacts.flatMap((c) => {
        const contact = (c ?? {}) as Record<string, unknown>;
        return typeof contact.name === 'string'
          ? [{ name: contact.name, how: typeof contact.how === 'string' ? contact.how : '' }]
          : [];
      })
    : [];
  return { steps, notes, contacts };
}
