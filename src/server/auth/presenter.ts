import type { SessionResponse } from '../../shared/contracts/auth.ts';
import type { SessionUser } from './sessions.ts';

/** The signed-in user as the console sees it: no hash, no secret, no session token. */
export function presentSession(user: SessionUser, csrfToken: string): SessionResponse {
  return {
    user: {
      id: user.userId,
      email: user.email,
      role: user.role,
      displayName: user.displayName,
      locale: user.locale,
      partnerOrgId: user.partnerOrgId,
      mustChangePassword: user.mustChangePassword,
      onDuty: user.onDuty,
    },
    csrfToken,
  };
}
