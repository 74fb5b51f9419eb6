import rateLimit from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AddPasskeyRequest,
  ChangePasswordRequest,
  LoginRequest,
  Passkey,
  PasskeyList,
  PasskeyOptionsRequest,
  SecondFactorChangeRequest,
  SecondFactorConfirmRequest,
  SecondFactorEnrolment,
  SessionResponse,
  SetupCredentials,
  SetupRequest,
  SetupStatus,
  SignedOut,
  SignInBeginRequest,
  SignInCompleteRequest,
  SignInMethods,
  SignInStep,
  UpdateProfileRequest,
  WebAuthnOptions,
} from '../../shared/contracts/auth.ts';
import { ErrorBody } from '../../shared/contracts/errors.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../platform/http/errors.ts';
import { changeOwnPassword, currentUser, signOut, signOutEverywhere, updateOwnProfile } from './account.ts';
import { principal, staffGuard } from './guard.ts';
import { finishOidcSignIn, OIDC_STATE_COOKIE, startOidcSignIn } from './oidc-sign-in.ts';
import {
  finishPasskeyRegistration,
  listPasskeys,
  removePasskey,
  startPasskeyRegistration,
} from './passkeys.ts';
import { rolesFor } from './policy.ts';
import { presentSession } from './presenter.ts';
import { confirmSecondFactorChange, startSecondFactorChange } from './second-factor.ts';
import {
  clearedSessionCookie,
  sessionCookie,
  sessionTokenFrom,
  tokenCookie,
  tokenCookieFrom,
} from './sessions.ts';
import { completeSetup, setupNeeded } from './setup.ts';
import { signIn } from './sign-in.ts';
import { ATTEMPT_COOKIE, attemptOptions, beginPasswordSignIn, completeSignIn } from './sign-in-attempts.ts';
import { csrfTokenFor } from './tokens.ts';

/** Sign-in, session, password change, sign-out, and the first-run set-up. */
export function authRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    // Per-source limit on sign-in requests, on top of the failure counts of deps.runtime.auth.throttle. The
    // source is only a short-lived keyed hash in memory, never an address.
    await app.register(rateLimit, { global: false });
    const sourceKey = (req: FastifyRequest) => deps.runtime.auth.throttle.sourceOf(req.ip);
    const signInLimit = { max: 60, timeWindow: 60_000, keyGenerator: sourceKey };

    const own = (opts: { pending: boolean }) =>
      staffGuard(deps, rolesFor('session.own'), { allowPendingPasswordChange: opts.pending });

    const csrfOf = (req: FastifyRequest) => {
      const token = sessionTokenFrom(req.headers.cookie);
      if (!token) throw new AppError(401, 'error.unauthenticated');
      return csrfTokenFor(deps.keys, token);
    };

    app.post(
      '/api/v1/auth/login',
      {
        config: { rateLimit: signInLimit },
        schema: {
          tags: ['auth'],
          summary: 'Sign in with e-mail, password and TOTP code; sets the fp_session cookie',
          body: LoginRequest,
          response: { 200: SessionResponse, 401: ErrorBody, 429: ErrorBody },
        },
      },
      async (req, reply) => {
        const result = await signIn(deps, req.body, req.ip);
        reply.header('set-cookie', sessionCookie(result.token, result.expiresAt));
        return presentSession(result.user, csrfTokenFor(deps.keys, result.token));
      },
    );

    app.get(
      '/api/v1/auth/methods',
      {
        schema: {
          tags: ['auth'],
          summary: 'How staff may sign in here: passkeys, the organisation’s identity provider',
          response: { 200: SignInMethods },
        },
      },
      async () => ({
        passkeys: deps.config.passkeys !== undefined,
        provider: deps.config.oidc ? { name: deps.config.oidc.name } : null,
      }),
    );

    // Sign-in in two steps (a passkey, or after the identity provider): the attempt travels in a cookie
    // scoped to these paths, so any instance completes it (auth/sign-in-attempts.ts).
    const ATTEMPT_PATH = '/api/v1/auth/login';
    const attemptCookie = (token: string | null) =>
      tokenCookie(ATTEMPT_COOKIE, token, { path: ATTEMPT_PATH, maxAgeSeconds: 300 });
    const attemptOf = (req: FastifyRequest) => tokenCookieFrom(req.headers.cookie, ATTEMPT_COOKIE);

    app.post(
      '/api/v1/auth/login/begin',
      {
        config: { rateLimit: signInLimit },
        schema: {
          tags: ['auth'],
          summary: 'Sign-in step one: e-mail and password; then a passkey or a code (login/complete)',
          body: SignInBeginRequest,
          response: { 200: SignInStep, 401: ErrorBody, 429: ErrorBody },
        },
      },
      async (req, reply) => {
        const started = await beginPasswordSignIn(deps, req.body, req.ip);
        reply.header('set-cookie', attemptCookie(started.token));
        return { passkey: started.passkey };
      },
    );

    app.get(
      '/api/v1/auth/login/step',
      {
        schema: {
          tags: ['auth'],
          summary: 'The second step awaited by this browser’s sign-in: passkey options, or a code only',
          response: { 200: SignInStep, 401: ErrorBody },
        },
      },
      async (req) => attemptOptions(deps, attemptOf(req)),
    );

    app.post(
      '/api/v1/auth/login/complete',
      {
        config: { rateLimit: signInLimit },
        schema: {
          tags: ['auth'],
          summary: 'Sign-in step two: a TOTP code or a passkey’s answer; sets the fp_session cookie',
          body: SignInCompleteRequest,
          response: { 200: SessionResponse, 401: ErrorBody, 429: ErrorBody },
        },
      },
      async (req, reply) => {
        const result = await completeSignIn(deps, attemptOf(req), req.body, req.ip);
        reply.header('set-cookie', [sessionCookie(result.token, result.expiresAt), attemptCookie(null)]);
        return presentSession(result.user, csrfTokenFor(deps.keys, result.token));
      },
    );

    // The organisation's identity provider (auth/oidc-sign-in.ts). The state cookie is Lax: the provider's
    // redirect back is a navigation from another site, which a Strict cookie would not follow.
    const OIDC_PATH = '/api/v1/auth/oidc';
    const stateCookie = (state: string | null) =>
      tokenCookie(OIDC_STATE_COOKIE, state, { path: OIDC_PATH, maxAgeSeconds: 600, sameSite: 'Lax' });

    app.get(
      '/api/v1/auth/oidc/start',
      {
        config: { rateLimit: signInLimit },
        schema: {
          tags: ['auth'],
          summary:
            'Sign in through the organisation’s identity provider: a redirect to it (PKCE, state, nonce)',
          response: { 409: ErrorBody },
        },
      },
      async (_req, reply) => {
        const started = await startOidcSignIn(deps);
        return reply.header('set-cookie', stateCookie(started.state)).redirect(started.redirectTo, 303);
      },
    );

    app.get(
      '/api/v1/auth/oidc/callback',
      {
        config: { rateLimit: signInLimit },
        schema: {
          tags: ['auth'],
          summary:
            'The identity provider’s redirect back: a session, FocalPoint’s second factor, or a wait for approval',
          response: { 409: ErrorBody },
        },
      },
      async (req, reply) => {
        const outcome = await finishOidcSignIn(deps, {
          state: tokenCookieFrom(req.headers.cookie, OIDC_STATE_COOKIE),
          query: req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '',
        });
        const cookies = [stateCookie(null)];
        let to = '/console/';
        if (outcome.kind === 'signed-in')
          cookies.push(sessionCookie(outcome.session.token, outcome.session.expiresAt));
        else if (outcome.kind === 'second-factor') {
          cookies.push(attemptCookie(outcome.attemptToken));
          to = '/console/?step=second-factor';
        } else to = `/console/?provider=${outcome.kind}`;
        return reply.header('set-cookie', cookies).redirect(to, 303);
      },
    );

    app.get(
      '/api/v1/auth/passkeys',
      {
        preHandler: own({ pending: false }),
        schema: {
          tags: ['auth'],
          summary: 'One’s own passkeys',
          security: [{ session: [] }],
          response: { 200: PasskeyList },
        },
      },
      async (req) => ({
        passkeys: await listPasskeys(deps, principal(req)),
        available: deps.config.passkeys !== undefined,
      }),
    );

    app.post(
      '/api/v1/auth/passkeys/options',
      {
        preHandler: own({ pending: false }),
        schema: {
          tags: ['auth'],
          summary: 'Start adding a passkey (with the password): options for navigator.credentials.create',
          security: [{ session: [] }],
          body: PasskeyOptionsRequest,
          response: { 200: WebAuthnOptions, 400: ErrorBody, 409: ErrorBody, 429: ErrorBody },
        },
      },
      async (req) => startPasskeyRegistration(deps, principal(req), req.body, req.ip),
    );

    app.post(
      '/api/v1/auth/passkeys',
      {
        preHandler: own({ pending: false }),
        schema: {
          tags: ['auth'],
          summary: 'Finish adding a passkey with the authenticator’s answer',
          security: [{ session: [] }],
          body: AddPasskeyRequest,
          response: { 201: Passkey, 400: ErrorBody, 409: ErrorBody },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await finishPasskeyRegistration(deps, principal(req), req.body)),
    );

    app.delete(
      '/api/v1/auth/passkeys/:id',
      {
        preHandler: own({ pending: false }),
        schema: {
          tags: ['auth'],
          summary: 'Remove one of one’s own passkeys',
          security: [{ session: [] }],
          params: z.object({ id: z.uuid() }),
          response: { 200: z.object({ removed: z.literal(true) }), 404: ErrorBody },
        },
      },
      async (req) => {
        await removePasskey(deps, principal(req), req.params.id);
        return { removed: true as const };
      },
    );

    app.get(
      '/api/v1/auth/session',
      {
        preHandler: own({ pending: true }),
        schema: {
          tags: ['auth'],
          summary: 'Who is signed in, with the CSRF token of this session',
          security: [{ session: [] }],
          response: { 200: SessionResponse, 401: ErrorBody },
        },
      },
      async (req) => presentSession(await currentUser(deps, principal(req)), csrfOf(req)),
    );

    app.post(
      '/api/v1/auth/logout',
      {
        preHandler: own({ pending: true }),
        schema: {
          tags: ['auth'],
          summary: 'Sign out of this session',
          security: [{ session: [] }],
          response: { 200: SignedOut },
        },
      },
      async (req, reply) => {
        const ended = await signOut(deps, principal(req));
        reply.header('set-cookie', clearedSessionCookie());
        return { signedOut: true as const, sessionsEnded: ended };
      },
    );

    app.post(
      '/api/v1/auth/logout-everywhere',
      {
        preHandler: own({ pending: true }),
        schema: {
          tags: ['auth'],
          summary: 'Sign out of every session of this user, on every device',
          security: [{ session: [] }],
          response: { 200: SignedOut },
        },
      },
      async (req, reply) => {
        const ended = await signOutEverywhere(deps, principal(req));
        reply.header('set-cookie', clearedSessionCookie());
        return { signedOut: true as const, sessionsEnded: ended };
      },
    );

    app.post(
      '/api/v1/auth/password',
      {
        preHandler: own({ pending: true }),
        schema: {
          tags: ['auth'],
          summary: 'Change one’s own password (required at first sign-in); other sessions end',
          security: [{ session: [] }],
          body: ChangePasswordRequest,
          response: { 200: SessionResponse, 400: ErrorBody },
        },
      },
      async (req) => {
        const who = principal(req);
        await changeOwnPassword(deps, who, req.body, req.ip);
        return presentSession(await currentUser(deps, who), csrfOf(req));
      },
    );

    app.post(
      '/api/v1/auth/second-factor',
      {
        preHandler: own({ pending: false }),
        schema: {
          tags: ['auth'],
          summary:
            'Start replacing one’s own authenticator: with the password and a current code, a new TOTP secret, shown once',
          security: [{ session: [] }],
          body: SecondFactorChangeRequest,
          response: { 200: SecondFactorEnrolment, 400: ErrorBody, 429: ErrorBody },
        },
      },
      async (req) => startSecondFactorChange(deps, principal(req), req.body, req.ip),
    );

    app.post(
      '/api/v1/auth/second-factor/confirm',
      {
        preHandler: own({ pending: false }),
        schema: {
          tags: ['auth'],
          summary:
            'Confirm the new authenticator with a code from it; it replaces the old one, other sessions end',
          security: [{ session: [] }],
          body: SecondFactorConfirmRequest,
          response: { 200: SessionResponse, 400: ErrorBody, 409: ErrorBody },
        },
      },
      async (req) => {
        const who = principal(req);
        await confirmSecondFactorChange(deps, who, req.body);
        return presentSession(await currentUser(deps, who), csrfOf(req));
      },
    );

    app.patch(
      '/api/v1/auth/profile',
      {
        preHandler: own({ pending: false }),
        schema: {
          tags: ['auth'],
          summary: 'Change one’s own display name, language (console and e-mails) or on-duty flag',
          security: [{ session: [] }],
          body: UpdateProfileRequest,
          response: { 200: SessionResponse, 400: ErrorBody },
        },
      },
      async (req) => {
        const who = principal(req);
        await updateOwnProfile(deps, who, req.body);
        return presentSession(await currentUser(deps, who), csrfOf(req));
      },
    );

    app.get(
      '/api/v1/setup/status',
      {
        schema: {
          tags: ['setup'],
          summary: 'Whether the installation still needs its first administrator',
          response: { 200: SetupStatus },
        },
      },
      async () => ({ needed: await setupNeeded(deps) }),
    );

    app.post(
      '/api/v1/setup',
      {
        config: { rateLimit: signInLimit },
        schema: {
          tags: ['setup'],
          summary:
            'Create the first administrator and the first supervisor with the one-time set-up token printed at start',
          body: SetupRequest,
          response: { 201: SetupCredentials, 400: ErrorBody, 403: ErrorBody },
        },
      },
      async (req, reply) => reply.status(201).send(await completeSetup(deps, req.body)),
    );
  };
}
