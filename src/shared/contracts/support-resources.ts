import { z } from 'zod';
import { LocalisedLabels } from './safety-plans.ts';

/**
 * Support resources: the helplines, victim services and digital-security help the public support page lists
 * beside its fixed advice. Public information that admins keep up to date; a name and a description in
 * English and French at least, and in any community language a translator has given.
 */
export const SUPPORT_KINDS = [
  'emergency',
  'police',
  'helpline',
  'victim_services',
  'digital_security',
  'other',
] as const;
export const SupportKind = z.enum(SUPPORT_KINDS);
export type SupportKind = z.infer<typeof SupportKind>;

const Phone = z
  .string()
  .trim()
  .max(40)
  .regex(/^\+?[0-9 ()./-]{3,40}$/, 'a telephone number');
const Url = z
  .url({ protocol: /^https$/ })
  .max(500)
  .describe('https only');

export const SupportResource = z.object({
  id: z.uuid(),
  kind: SupportKind,
  names: z.record(z.string(), z.string()),
  descriptions: z.record(z.string(), z.string()),
  phone: z.string().nullable(),
  url: z.string().nullable(),
  sortOrder: z.number().int(),
  active: z.boolean(),
});
export type SupportResource = z.infer<typeof SupportResource>;

export const SupportResourceList = z.object({ items: z.array(SupportResource) });
export type SupportResourceList = z.infer<typeof SupportResourceList>;

export const SupportResourceInput = z.object({
  kind: SupportKind,
  names: LocalisedLabels,
  descriptions: LocalisedLabels,
  phone: Phone.nullable().optional(),
  url: Url.nullable().optional(),
  sortOrder: z.number().int().min(0).max(10_000).default(0),
  active: z.boolean().default(true),
});
export type SupportResourceInput = z.infer<typeof SupportResourceInput>;

export const SupportResourcePatch = SupportResourceInput.partial();
export type SupportResourcePatch = z.infer<typeof SupportResourcePatch>;
