import path from 'node:path';
import { z } from 'zod';
import type { FileWorkerSettings } from './evidence/file-workers.ts';
import { DEFAULT_PUBLIC_LIMITS, type PublicLimitSettings } from './platform/http/rate-limit.ts';
import { DEFAULT_STAFF_LIMITS, type StaffLimitSettings } from './platform/http/staff-limits.ts';
import type { S3Settings } from './platform/storage/s3-blob-store.ts';

/**
 * The one place that reads the environment. Everything else receives a typed `Config`.
 * A bad value fails fast with every problem listed at once, so an operator fixes them in one go.
 */

const port = z.coerce.number().int().min(0).max(65535);
const minutes = z.coerce.number().int().positive();

/**
 * Every public limit is configuration: reportPerSourceVerified → FOCALPOINT_LIMIT_REPORT_PER_SOURCE_VERIFIED,
 * a bucket written CAPACITY/SECONDS (30/3600: 30 at once, refilled at 30 an hour), a number as a number.
 */
export const limitVariable = (name: string) =>
  `FOCALPOINT_LIMIT_${name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
const LIMIT_NAMES = Object.keys(DEFAULT_PUBLIC_LIMITS) as (keyof PublicLimitSettings)[];
const bucket = z
  .string()
  .regex(/^\d{1,9}\/\d{1,9}$/, 'must be CAPACITY/SECONDS, e.g. 30/3600')
  .transform((v) => {
    const [capacity, windowSeconds] = v.split('/').map(Number) as [number, number];
    return { capacity, windowSeconds };
  })
  .refine((b) => b.capacity > 0 && b.windowSeconds > 0, 'capacity and seconds must be positive');
const limitSchemas = Object.fromEntries(
  LIMIT_NAMES.map((name) => [
    limitVariable(name),
    (typeof DEFAULT_PUBLIC_LIMITS[name] === 'number'
      ? z.coerce.number().int().min(0).max(1_000_000_000)
      : bucket
    ).optional(),
  ]),
);
// Staff limits (per signed-in user) are buckets too: searchPerUser → FOCALPOINT_LIMIT_SEARCH_PER_USER.
const STAFF_LIMIT_NAMES = Object.keys(DEFAULT_STAFF_LIMITS) as (keyof StaffLimitSettings)[];
const staffLimitSchemas = Object.fromEntries(
  STAFF_LIMIT_NAMES.map((name) => [limitVariable(name), bucket.optional()]),
);

/** The defaults, with each limit the environment sets in their place. */
function limitsFrom<T extends object>(defaults: T, names: readonly (keyof T & string)[], env: object): T {
  return {
    ...defaults,
    ...Object.fromEntries(
      names.flatMap((name) => {
        const value = (env as Record<string, unknown>)[limitVariable(name)];
        return value === undefined ? [] : [[name, value]];
      }),
    ),
  };
}

const envShape = {
  ...limitSchemas,
  ...staffLimitSchemas,
  PORT: port.default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  FOCALPOINT_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  FOCALPOINT_MASTER_KEY: z
    .string()
    .refine((v) => decodeKey(v) !== null, 'must be 32 bytes, base64 or hex encoded')
    .optional(),
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // auto: sentences on a terminal, JSON lines otherwise (files, log systems); json or pretty to choose.
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
  // The language of the terminal's sentences and the CLI's errors; otherwise from LC_ALL, LC_MESSAGES, LANG.
  FOCALPOINT_LOCALE: z.enum(['en', 'fr']).optional(),
  LC_ALL: z.string().optional(),
  LC_MESSAGES: z.string().optional(),
  LANG: z.string().optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  SMTP_FROM: z.string().min(3).default('FocalPoint <no-reply@focalpoint.invalid>'),
  FOCALPOINT_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  FOCALPOINT_PROXY_PROTOCOL: z.enum(['true', 'false']).default('false'),
  FOCALPOINT_ONION_LOCATION: z
    .url()
    .regex(/^https?:\/\/[a-z2-7]{56}\.onion\/?$/, 'must be http://<56 characters>.onion/')
    .optional(),
  FOCALPOINT_ACK_IMMEDIATE_MINUTES: minutes.default(60),
  FOCALPOINT_ACK_HIGH_MINUTES: minutes.default(24 * 60),
  FOCALPOINT_ACK_OTHER_MINUTES: minutes.default(3 * 24 * 60),
  // Fractions allowed (0.1 = six seconds) so that a browser test can watch an escalation happen.
  FOCALPOINT_ESCALATE_IMMEDIATE_MINUTES: z.coerce
    .number()
    .positive()
    .max(7 * 24 * 60)
    .default(30),
  FOCALPOINT_CALLBACK_DUE_HOURS: z.coerce
    .number()
    .positive()
    .max(30 * 24)
    .default(24),
  FOCALPOINT_SESSION_IDLE_MINUTES: minutes.default(30),
  FOCALPOINT_SESSION_ABSOLUTE_HOURS: minutes.default(12),
  FOCALPOINT_MAX_UPLOAD_MB: z.coerce.number().positive().max(200).default(20),
  FOCALPOINT_PASSKEY_ORIGIN: z
    .url()
    .regex(/^https?:\/\/[^/]+\/?$/, 'must be an origin: https://host[:port]')
    .optional(),
  FOCALPOINT_OIDC_ISSUER: z.url().optional(),
  FOCALPOINT_OIDC_CLIENT_ID: z.string().min(1).max(200).optional(),
  FOCALPOINT_OIDC_CLIENT_SECRET: z.string().min(1).max(500).optional(),
  FOCALPOINT_OIDC_NAME: z.string().trim().min(1).max(60).default('your organisation'),
  FOCALPOINT_OIDC_REDIRECT_URI: z.url().optional(),
  FOCALPOINT_OIDC_SECOND_FACTOR: z
    .string()
    .regex(/^[A-Za-z0-9:._/-]+(,[A-Za-z0-9:._/-]+)*$/, 'must be a comma-separated list of acr or amr values')
    .optional(),
  FOCALPOINT_STORAGE: z.enum(['file', 's3']).default('file'),
  FOCALPOINT_S3_BUCKET: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
      'must be a bucket name (3–63 lower-case letters, digits, dots, hyphens)',
    )
    .optional(),
  FOCALPOINT_S3_ENDPOINT: z.url().optional(),
  FOCALPOINT_S3_REGION: z.string().min(1).default('us-east-1'),
  FOCALPOINT_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  FOCALPOINT_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  FOCALPOINT_S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('true'),
  FOCALPOINT_S3_PREFIX: z
    .string()
    .regex(/^([A-Za-z0-9._-]+\/)*$/, 'must be empty or end with / (e.g. focalpoint/files/)')
    .default('files/'),
  FOCALPOINT_EVIDENCE_WORKERS: z.coerce.number().int().min(1).max(64).default(2),
  FOCALPOINT_EVIDENCE_WORKER_HEAP_MB: z.coerce.number().int().min(16).max(4096).default(256),
  FOCALPOINT_EVIDENCE_TIME_LIMIT_SECONDS: z.coerce.number().positive().max(3600).default(60),
  FOCALPOINT_EVIDENCE_MAX_EXPANDED_MB: z.coerce.number().positive().max(16_384).default(256),
  FOCALPOINT_EVIDENCE_MAX_EXPANDED_REPORT_MB: z.coerce.number().positive().max(65_536).default(1024),
  FOCALPOINT_AUDIT_CHECKPOINT_MINUTES: minutes.max(7 * 24 * 60).default(60),
  FOCALPOINT_AUDIT_CHECKPOINT_EMAIL: z
    .string()
    .transform((v) => v.split(',').map((a) => a.trim()))
    .pipe(z.array(z.email('must be e-mail addresses separated by commas')))
    .optional(),
};

const envSchema = z
  .object(envShape)
  .refine((e) => e.FOCALPOINT_STORAGE !== 's3' || e.FOCALPOINT_S3_BUCKET !== undefined, {
    path: ['FOCALPOINT_S3_BUCKET'],
    message: 'is required when FOCALPOINT_STORAGE=s3',
  })
  .refine((e) => (e.FOCALPOINT_OIDC_ISSUER === undefined) === (e.FOCALPOINT_OIDC_CLIENT_ID === undefined), {
    path: ['FOCALPOINT_OIDC_CLIENT_ID'],
    message: 'set both FOCALPOINT_OIDC_ISSUER and FOCALPOINT_OIDC_CLIENT_ID, or neither',
  })
  .refine(
    (e) =>
      (e.FOCALPOINT_S3_ACCESS_KEY_ID === undefined) === (e.FOCALPOINT_S3_SECRET_ACCESS_KEY === undefined),
    {
      path: ['FOCALPOINT_S3_SECRET_ACCESS_KEY'],
      message: 'set both FOCALPOINT_S3_ACCESS_KEY_ID and FOCALPOINT_S3_SECRET_ACCESS_KEY, or neither',
    },
  );

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  masterKey: Buffer | undefined;
  publicUrl: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  logFormat: z.infer<typeof envSchema>['LOG_FORMAT'];
  /** The operator's language: start-up sentences on a terminal and the CLI's messages. */
  locale: 'en' | 'fr';
  smtp: { url: string; from: string } | undefined;
  trustProxy: boolean;
  /** Connections start with a PROXY v1 line (Tor's HiddenServiceExportCircuitID haproxy). */
  proxyProtocol: boolean;
  /** The onion service's address, announced to Tor Browser in an Onion-Location header. */
  onionLocation: string | undefined;
  ackTargetsMinutes: { immediate: number; high: number; other: number };
  /** The front line: an unacknowledged immediate-risk case escalates after this; a call-back is due after that. */
  frontline: { escalateImmediateMinutes: number; callbackDueHours: number };
  session: { idleMinutes: number; absoluteHours: number };
  maxUploadBytes: number;
  /** Untrusted files are examined in worker threads within these limits (evidence/file-workers.ts). */
  evidence: {
    workers: FileWorkerSettings;
    /** Decompressed bytes one file, and all the files of one submission, may need. */
    maxExpandedBytesPerFile: number;
    maxExpandedBytesPerSubmission: number;
  };
  /** The public site's rate limits and proof-of-work difficulty (platform/http/rate-limit.ts). */
  publicLimits: PublicLimitSettings;
  /**
   * Passkeys' relying party: the origin staff open the console at, and its host name (the RP ID). Unset when
   * that origin is an IP address, which WebAuthn refuses: passkeys are then unavailable.
   */
  passkeys: { origin: string; rpId: string } | undefined;
  /**
   * Staff sign-in through the organisation's OpenID Connect provider. `secondFactorFrom`: the `acr` or
   * `amr` values that count as a second factor done at the provider; empty, FocalPoint asks for its own.
   */
  oidc:
    | {
        issuer: string;
        clientId: string;
        clientSecret: string | undefined;
        name: string;
        redirectUri: string;
        secondFactorFrom: string[];
      }
    | undefined;
  /** Where sealed files live: this instance's disk, or an S3-compatible bucket that instances share. */
  storage: 'file' | 's3';
  /** The bucket's settings, when one is named (also while migrating to it with the file store in use). */
  s3: S3Settings | undefined;
  /** Limits per signed-in member of staff (platform/http/staff-limits.ts). */
  staffLimits: StaffLimitSettings;
  /** Signed checkpoints of the audit log's head (audit-log/take-checkpoint.ts): how often, and to whom. */
  auditCheckpoint: { everyMinutes: number; emailTo: string[] };
};

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

export function decodeKey(value: string): Buffer | null {
  const trimmed = value.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return Buffer.from(trimmed, 'hex');
  const b64 = Buffer.from(trimmed, 'base64');
  return b64.length === 32 ? b64 : null;
}

function relyingPartyOf(url: string): Config['passkeys'] {
  const { origin, hostname } = new URL(url);
  if (/^[\d.]+$/.test(hostname) || hostname.startsWith('[')) return undefined;
  return { origin, rpId: hostname };
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings count as unset: `PORT= npm start` should not be an error.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    // Name the variable and the rule, never the value: it may be a secret.
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const publicUrl = (
    e.PUBLIC_URL ?? `http://${e.HOST.includes(':') ? `[${e.HOST}]` : e.HOST}:${e.PORT}`
  ).replace(/\/$/, '');
  if (e.FOCALPOINT_AUDIT_CHECKPOINT_EMAIL && !e.SMTP_URL) {
    throw new ConfigError(['FOCALPOINT_AUDIT_CHECKPOINT_EMAIL: needs SMTP_URL to send the checkpoints']);
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.FOCALPOINT_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    masterKey: e.FOCALPOINT_MASTER_KEY ? (decodeKey(e.FOCALPOINT_MASTER_KEY) ?? undefined) : undefined,
    publicUrl,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    locale: e.FOCALPOINT_LOCALE ?? (/^fr/i.test(e.LC_ALL ?? e.LC_MESSAGES ?? e.LANG ?? '') ? 'fr' : 'en'),
    smtp: e.SMTP_URL ? { url: e.SMTP_URL, from: e.SMTP_FROM } : undefined,
    trustProxy: e.FOCALPOINT_TRUST_PROXY === 'true',
    proxyProtocol: e.FOCALPOINT_PROXY_PROTOCOL === 'true',
    onionLocation: e.FOCALPOINT_ONION_LOCATION?.replace(/\/$/, ''),
    ackTargetsMinutes: {
      immediate: e.FOCALPOINT_ACK_IMMEDIATE_MINUTES,
      high: e.FOCALPOINT_ACK_HIGH_MINUTES,
      other: e.FOCALPOINT_ACK_OTHER_MINUTES,
    },
    frontline: {
      escalateImmediateMinutes: e.FOCALPOINT_ESCALATE_IMMEDIATE_MINUTES,
      callbackDueHours: e.FOCALPOINT_CALLBACK_DUE_HOURS,
    },
    session: {
      idleMinutes: e.FOCALPOINT_SESSION_IDLE_MINUTES,
      absoluteHours: e.FOCALPOINT_SESSION_ABSOLUTE_HOURS,
    },
    maxUploadBytes: Math.round(e.FOCALPOINT_MAX_UPLOAD_MB * 1024 * 1024),
    evidence: {
      workers: {
        threads: e.FOCALPOINT_EVIDENCE_WORKERS,
        heapMb: e.FOCALPOINT_EVIDENCE_WORKER_HEAP_MB,
        timeLimitMs: Math.round(e.FOCALPOINT_EVIDENCE_TIME_LIMIT_SECONDS * 1000),
      },
      maxExpandedBytesPerFile: Math.round(e.FOCALPOINT_EVIDENCE_MAX_EXPANDED_MB * 1024 * 1024),
      maxExpandedBytesPerSubmission: Math.round(e.FOCALPOINT_EVIDENCE_MAX_EXPANDED_REPORT_MB * 1024 * 1024),
    },
    passkeys: relyingPartyOf(e.FOCALPOINT_PASSKEY_ORIGIN ?? publicUrl),
    oidc:
      e.FOCALPOINT_OIDC_ISSUER && e.FOCALPOINT_OIDC_CLIENT_ID
        ? {
            issuer: e.FOCALPOINT_OIDC_ISSUER,
            clientId: e.FOCALPOINT_OIDC_CLIENT_ID,
            clientSecret: e.FOCALPOINT_OIDC_CLIENT_SECRET,
            name: e.FOCALPOINT_OIDC_NAME,
            redirectUri: e.FOCALPOINT_OIDC_REDIRECT_URI ?? `${publicUrl}/api/v1/auth/oidc/callback`,
            secondFactorFrom: e.FOCALPOINT_OIDC_SECOND_FACTOR?.split(',') ?? [],
          }
        : undefined,
    storage: e.FOCALPOINT_STORAGE,
    s3: e.FOCALPOINT_S3_BUCKET
      ? {
          bucket: e.FOCALPOINT_S3_BUCKET,
          endpoint: e.FOCALPOINT_S3_ENDPOINT,
          region: e.FOCALPOINT_S3_REGION,
          credentials:
            e.FOCALPOINT_S3_ACCESS_KEY_ID && e.FOCALPOINT_S3_SECRET_ACCESS_KEY
              ? {
                  accessKeyId: e.FOCALPOINT_S3_ACCESS_KEY_ID,
                  secretAccessKey: e.FOCALPOINT_S3_SECRET_ACCESS_KEY,
                }
              : undefined,
          forcePathStyle: e.FOCALPOINT_S3_FORCE_PATH_STYLE === 'true',
          prefix: e.FOCALPOINT_S3_PREFIX,
        }
      : undefined,
    auditCheckpoint: {
      everyMinutes: e.FOCALPOINT_AUDIT_CHECKPOINT_MINUTES,
      emailTo: e.FOCALPOINT_AUDIT_CHECKPOINT_EMAIL ?? [],
    },
    publicLimits: limitsFrom(DEFAULT_PUBLIC_LIMITS, LIMIT_NAMES, e),
    staffLimits: limitsFrom(DEFAULT_STAFF_LIMITS, STAFF_LIMIT_NAMES, e),
  };
}

/** Documented in the README's configuration table; kept here so the two stay in step. */
export const configVariables = Object.keys(envShape);
