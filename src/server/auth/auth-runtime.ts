import type { Config } from '../config.ts';
import type { Clock } from '../platform/jobs/clock.ts';
import { OidcClient } from './oidc-client.ts';
import { PasswordStrength } from './password-strength.ts';
import { SignInThrottle } from './sign-in-throttle.ts';

/** What staff sign-in remembers in one process (deps.runtime.auth): failures in memory, the password checker. */
export type AuthRuntime = {
  /** Failed sign-ins per address and source, per source, per address (never stored). */
  throttle: SignInThrottle;
  /** The common-password list, loaded on the first password change. */
  passwordStrength: PasswordStrength;
  /** The organisation's identity provider, when configured (its discovered metadata). */
  oidc: OidcClient | undefined;
};

export const createAuthRuntime = (clock: Clock, config?: Pick<Config, 'oidc'>): AuthRuntime => ({
  throttle: new SignInThrottle(clock),
  passwordStrength: new PasswordStrength(),
  oidc: config?.oidc ? new OidcClient(config.oidc) : undefined,
});
