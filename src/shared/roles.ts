import { z } from 'zod';

/** Role codes exactly as DESIGN.md's table names them; the same words in SQL, TypeScript and the UI. */
export const ROLES = ['intake_officer', 'caseworker', 'analyst', 'supervisor', 'admin', 'partner'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const PARTNER_KINDS = [
  'police',
  'intelligence',
  'university',
  'platform',
  'victim_services',
  'digital_security',
  'regulator',
  'other',
] as const;
export const PartnerKind = z.enum(PARTNER_KINDS);
export type PartnerKind = z.infer<typeof PartnerKind>;
