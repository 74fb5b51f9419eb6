import { z } from 'zod';

/**
 * Exports that need a supervisor's approval: an analyst's STIX bundle with the perpetrators' identifier
 * values (src/server/exports/policy.ts). The export's parameters are fixed when it is asked for.
 */
export const TLP_LEVELS = ['clear', 'green', 'amber', 'amber+strict', 'red'] as const;

export const StixValuesRequestInput = z
  .object({
    since: z.iso.datetime({ offset: true }).optional().describe('only campaigns changed since this instant'),
    tlp: z.enum(TLP_LEVELS).default('amber'),
  })
  .strict();
export type StixValuesRequestInput = z.infer<typeof StixValuesRequestInput>;

export const EXPORT_APPROVAL_STATUSES = ['pending', 'approved', 'rejected', 'used', 'expired'] as const;
export type ExportApprovalStatus = (typeof EXPORT_APPROVAL_STATUSES)[number];

const Person = z.object({ id: z.uuid(), displayName: z.string(), email: z.string() });

export const StixValuesRequest = z.object({
  id: z.uuid(),
  status: z
    .enum(EXPORT_APPROVAL_STATUSES)
    .describe('approved: may be downloaded once, until expiresAt; used: downloaded; expired: not in time'),
  since: z.string().nullable(),
  tlp: z.enum(TLP_LEVELS),
  requestedAt: z.string(),
  requestedBy: Person,
  decidedAt: z.string().nullable(),
  decidedBy: Person.nullable(),
  expiresAt: z.string().nullable(),
  usedAt: z.string().nullable(),
});
export type StixValuesRequest = z.infer<typeof StixValuesRequest>;
export const StixValuesRequests = z.object({ items: z.array(StixValuesRequest) });
export type StixValuesRequests = z.infer<typeof StixValuesRequests>;
