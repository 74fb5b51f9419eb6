import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler, RouteOptions } from 'fastify';
import type { Role } from '../../shared/roles.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../platform/http/errors.ts';
import { findSession, sessionTokenFrom } from './sessions.ts';
import { csrfTokenMatches } from './tokens.ts';

/** Who is signed in, as every staff route sees it. */
export type StaffPrincipal = {
  userId: string;
  role: Role;
  partnerOrgId: string | null;
  sessionId: string;
  locale: 'en' | 'fr';
};

declare module 'fastify' {
  interface FastifyRequest {
    staff?: StaffPrincipal;
  }
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export type GuardOptions = {
  /**
   * Lets a user whose password must still be changed through: only the routes that serve that change
   * (who am I, change password, sign out). Every other staff route answers 403 password_change_required.
   */
  allowPendingPasswordChange?: boolean;
};

/**
 * The one door of every staff route: `preHandler: staffGuard(deps, ['supervisor', ...])`.
 *   401 error.unauthenticated        no session, or it timed out (idle or absolute), or the user is disabled
 *   403 error.csrf                   POST/PUT/PATCH/DELETE without the session's x-csrf-token
 *   403 error.password_change_required  the one-time password has not been changed yet
 *   403 error.forbidden              the role is not among `roles`
 * On success `req.staff` holds the principal; read it with `principal(req)`.
 */
export function staffGuard(
  deps: AppDeps,
  roles: readonly Role[],
  opts: GuardOptions = {},
): preHandlerAsyncHookHandler {
  const allowed = new Set<Role>(roles);
  const guard: preHandlerAsyncHookHandler = async (req) => {
    const token = sessionTokenFrom(req.headers.cookie);
    const user = token ? await findSession(deps, token) : null;
    if (!token || !user) throw new AppError(401, 'error.unauthenticated');
    if (STATE_CHANGING.has(req.method) && !csrfTokenMatches(deps.keys, token, req.headers['x-csrf-token'])) {
      throw new AppError(403, 'error.csrf');
    }
    if (user.mustChangePassword && !opts.allowPendingPasswordChange) {
      throw new AppError(403, 'error.password_change_required');
    }
    if (!allowed.has(user.role)) throw new AppError(403, 'error.forbidden');
    req.staff = {
      userId: user.userId,
      role: user.role,
      partnerOrgId: user.partnerOrgId,
      sessionId: user.sessionId,
      locale: user.locale,
    };
  };
  staffGuards.add(guard);
  return guard;
}

const staffGuards = new WeakSet<object>();

/**
 * Routes declare their guard as a preHandler, but Fastify validates the body and parameters before
 * preHandlers run: an anonymous caller would get a 400 that describes the route's schema instead of a 401.
 * This moves every staff guard to onRequest, before the body is even read, so that no one who may not use
 * a route learns anything about it. Call once, before any feature's routes are registered.
 */
export function hoistStaffGuards(app: FastifyInstance): void {
  app.addHook('onRoute', (route: RouteOptions) => {
    const pre =
      route.preHandler === undefined
        ? []
        : Array.isArray(route.preHandler)
          ? route.preHandler
          : [route.preHandler];
    const guards = pre.filter((h) => staffGuards.has(h));
    if (guards.length === 0) return;
    const onRequest =
      route.onRequest === undefined
        ? []
        : Array.isArray(route.onRequest)
          ? route.onRequest
          : [route.onRequest];
    route.onRequest = [...onRequest, ...(guards as unknown as typeof onRequest)];
    route.preHandler = pre.filter((h) => !staffGuards.has(h));
  });
}

/** The signed-in principal of a guarded route; a 401 if the route forgot its guard. */
export function principal(req: FastifyRequest): StaffPrincipal {
  if (!req.staff) throw new AppError(401, 'error.unauthenticated');
  return req.staff;
}
