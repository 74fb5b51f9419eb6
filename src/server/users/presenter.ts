import type { UserSummary } from '../../shared/contracts/users.ts';
import type { Role } from '../../shared/roles.ts';

export type UserRow = {
  id: string;
  email: string;
  display_name: string;
  role: Role;
  partner_org_id: string | null;
  locale: 'en' | 'fr';
  disabled_at: Date | null;
  on_duty: boolean;
  must_change_password: boolean;
  created_at: Date;
};

export const USER_COLUMNS =
  'id, email, display_name, role, partner_org_id, locale, disabled_at, on_duty, must_change_password, created_at';

/** A user as admins see it: account facts only — no hash, no secret, nothing of any case. */
export function presentUser(row: UserRow, recentSignInFailures: number): UserSummary {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    partnerOrgId: row.partner_org_id,
    locale: row.locale,
    disabled: row.disabled_at !== null,
    onDuty: row.on_duty,
    mustChangePassword: row.must_change_password,
    recentSignInFailures,
    createdAt: row.created_at.toISOString(),
  };
}
