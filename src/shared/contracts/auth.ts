import { z } from 'zod';
import { Role } from '../roles.ts';

/**
 * Staff sign-in and first-run set-up. The server validates and documents with these schemas and the
 * console derives its types from them.
 */

export const PASSWORD_MIN_LENGTH = 12;

const TotpCode = z
  .string()
  .regex(/^\d{6}$/)
  .describe('The 6-digit code of the authenticator app');

export const LoginRequest = z.object({
  email: z.email().max(254).describe('Work e-mail address'),
  password: z.string().min(1).max(1024),
  totp: TotpCode,
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const SessionUser = z.object({
  id: z.uuid(),
  email: z.string(),
  role: Role,
  displayName: z.string(),
  locale: z.enum(['en', 'fr']),
  partnerOrgId: z.uuid().nullable(),
  mustChangePassword: z.boolean().describe('True until the one-time password is changed'),
  onDuty: z.boolean().describe('On duty: receives the e-mail alerts of high-risk reports (caseworkers)'),
});
export type SessionUser = z.infer<typeof SessionUser>;

export const SessionResponse = z.object({
  user: SessionUser,
  csrfToken: z.string().describe('Send back as the x-csrf-token header on every POST, PUT, PATCH and DELETE'),
});
export type SessionResponse = z.infer<typeof SessionResponse>;

export const ChangePasswordRequest = z.object({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().min(PASSWORD_MIN_LENGTH).max(256),
});
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequest>;

/** Step one of replacing one's own second factor: prove both factors. */
export const SecondFactorChangeRequest = z.object({
  currentPassword: z.string().min(1).max(1024),
  code: TotpCode.describe('A code from the authenticator app in use now'),
});
export type SecondFactorChangeRequest = z.infer<typeof SecondFactorChangeRequest>;

/** The new secret, shown once; it replaces the old one only once a code from it is confirmed. */
export const SecondFactorEnrolment = z.object({
  totpSecret: z.string().describe('Base32 TOTP secret (SHA-1, 6 digits, 30 s)'),
  totpUri: z.string().describe('otpauth:// URI for a QR code'),
  expiresAt: z.iso.datetime().describe('Confirm before then, or start again'),
});
export type SecondFactorEnrolment = z.infer<typeof SecondFactorEnrolment>;

/** Step two: a code from the new secret. */
export const SecondFactorConfirmRequest = z.object({ code: TotpCode.describe('A code from the new secret') });
export type SecondFactorConfirmRequest = z.infer<typeof SecondFactorConfirmRequest>;

/** What a person may change about their own account. */
export const UpdateProfileRequest = z
  .object({
    displayName: z.string().trim().max(120),
    locale: z.enum(['en', 'fr']).describe('Language of the console and of staff e-mails'),
    onDuty: z.boolean(),
  })
  .partial();
export type UpdateProfileRequest = z.infer<typeof UpdateProfileRequest>;

export const SignedOut = z.object({ signedOut: z.literal(true), sessionsEnded: z.number().int() });

export const SetupStatus = z.object({ needed: z.boolean().describe('True while no administrator exists') });

/**
 * First run creates two people: the first administrator and the first supervisor, so that from the start
 * no one can give access to case content alone (the two-person rule, contracts/users.ts).
 */
export const SetupRequest = z.object({
  token: z.string().min(1).max(200).describe('The token of the set-up link printed at start'),
  email: z.email().max(254).describe('The first administrator’s work e-mail address'),
  displayName: z.string().trim().min(1).max(120),
  supervisor: z
    .object({ email: z.email().max(254), displayName: z.string().trim().min(1).max(120) })
    .describe('The first supervisor: another person, who approves access to case content'),
});
export type SetupRequest = z.infer<typeof SetupRequest>;

/** Shown exactly once: the one-time password and the TOTP secret of a new or reset account. */
export const Credentials = z.object({
  email: z.string(),
  password: z.string().describe('One-time password, to be changed at first sign-in'),
  totpSecret: z.string().describe('Base32 TOTP secret (SHA-1, 6 digits, 30 s)'),
  totpUri: z.string().describe('otpauth:// URI for a QR code'),
});
export type Credentials = z.infer<typeof Credentials>;

/** The first run's answer: both people's credentials, shown exactly once, each to be handed over. */
export const SetupCredentials = z.object({ admin: Credentials, supervisor: Credentials });
export type SetupCredentials = z.infer<typeof SetupCredentials>;

/** A passkey as its owner sees it in the list. */
export const Passkey = z.object({
  id: z.uuid(),
  name: z.string().describe('The name its owner gave it'),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  backedUp: z
    .boolean()
    .describe('A synced passkey (kept in a platform’s keychain) rather than one device’s key'),
});
export type Passkey = z.infer<typeof Passkey>;

export const PasskeyList = z.object({ passkeys: z.array(Passkey), available: z.boolean() });
export type PasskeyList = z.infer<typeof PasskeyList>;

export const PasskeyOptionsRequest = z.object({ currentPassword: z.string().min(1).max(1024) });

/** The browser's WebAuthn answer (SimpleWebAuthn's JSON form), checked by the server's library. */
const WebAuthnResponse = z
  .object({
    id: z.string().min(1).max(1400),
    rawId: z.string().min(1).max(1400),
    type: z.literal('public-key'),
    response: z.record(z.string(), z.unknown()),
  })
  .loose();

export const AddPasskeyRequest = z.object({
  name: z.string().trim().min(1).max(60).describe('A name to recognise it by: “office key”, “phone”'),
  response: WebAuthnResponse,
});

/** Options for navigator.credentials.create / get, as SimpleWebAuthn makes them (JSON form). */
export const WebAuthnOptions = z.record(z.string(), z.unknown());

/** Step one of a sign-in in two steps: the password. */
export const SignInBeginRequest = LoginRequest.pick({ email: true, password: true });

/** What step two offers: a passkey (options for the browser) and always a code. */
export const SignInStep = z.object({ passkey: WebAuthnOptions.nullable() });
export type SignInStep = z.infer<typeof SignInStep>;

export const SignInCompleteRequest = z.union([
  z.object({ totp: TotpCode }),
  z.object({ passkey: WebAuthnResponse }),
]);

/** How staff may sign in here (the sign-in page reads it). */
export const SignInMethods = z.object({
  passkeys: z.boolean(),
  provider: z
    .object({ name: z.string() })
    .nullable()
    .describe('The organisation’s identity provider, when configured'),
});
export type SignInMethods = z.infer<typeof SignInMethods>;
