import { type Logger, pino } from 'pino';
import { type AuthRuntime, createAuthRuntime } from './auth/auth-runtime.ts';
import type { Config } from './config.ts';
import { FileWorkers } from './evidence/file-workers.ts';
import type { Db } from './platform/db/db.ts';
import { GroupWriter } from './platform/db/group-writer.ts';
import { instanceLockFor } from './platform/db/instance-lock.ts';
import { sentenceStream } from './platform/http/log-sentences.ts';
import { loggerOptions } from './platform/http/logger.ts';
import { PublicLimits } from './platform/http/rate-limit.ts';
import { ReplayCache } from './platform/http/replay-cache.ts';
import { StaffLimits } from './platform/http/staff-limits.ts';
import type { Clock } from './platform/jobs/clock.ts';
import { IntakePressure } from './platform/jobs/pressure.ts';
import { Scheduler } from './platform/jobs/scheduler.ts';
import { SerialQueue } from './platform/jobs/serial.ts';
import { Mailer } from './platform/mail/mailer.ts';
import { RegistryMatcher } from './registries/matcher.ts';

/**
 * Every piece of mutable state of one running process, built once at boot (src/server/boot.ts) and handed
 * to features inside their deps. Nothing mutable lives at module level: what a process remembers — counts
 * of the public limits, challenges already used, reports being written, background jobs, the SMTP
 * transport — is here, visible in one place, and two apps in one process (tests, the benchmark) never
 * share any of it.
 */
export type Runtime = {
  /** The app's logger (redacting; see platform/http/logger.ts). Components log through its children. */
  log: Logger;
  /** Background jobs: the indexer, the sweeps, and what features add (features.ts). */
  scheduler: Scheduler;
  /** Whether people are reporting in numbers right now; background work steps aside. */
  pressure: IntakePressure;
  /** The public site's rate limits (in memory, keyed by short-lived hashes of sources). */
  limits: PublicLimits;
  /** Limits per signed-in member of staff (in memory, keyed by user id): searches. */
  staffLimits: StaffLimits;
  /** Proof-of-work challenges already used in this process. */
  powReplay: ReplayCache;
  /** Staff e-mail over SMTP. */
  mailer: Mailer;
  /** Writes reports that arrive together in one statement during a flood. */
  groupWriter: GroupWriter;
  /** One dashboard-rollup refresh at a time, from requests and the sweep alike. */
  rollupRefresh: SerialQueue;
  /** Staff sign-in: failures counted in memory per address and source (never stored), password checks. */
  auth: AuthRuntime;
  /** Worker threads that examine untrusted files (type, sanitised copy, digests), within limits. */
  fileWorkers: FileWorkers;
  /** The foreign-influence registers' names in memory, rebuilt after an import (registries/matcher.ts). */
  registries: RegistryMatcher;
};

/** Sentences for a person at a terminal, JSON lines for files and log systems (LOG_FORMAT). */
function logDestination(config: Config, to: 'stdout' | 'stderr') {
  const stream = to === 'stderr' ? process.stderr : process.stdout;
  const pretty = config.logFormat === 'pretty' || (config.logFormat === 'auto' && stream.isTTY === true);
  return pretty ? sentenceStream(stream, config.locale) : pino.destination(to === 'stderr' ? 2 : 1);
}

export function createRuntime(opts: {
  config: Config;
  db: Db;
  clock: Clock;
  /** Where logs go: standard output for the server; standard error for the CLI, whose output is its answer. */
  logTo?: 'stdout' | 'stderr';
}): Runtime {
  const { config, db, clock } = opts;
  const log = pino(loggerOptions(config.logLevel), logDestination(config, opts.logTo ?? 'stdout'));
  const pressure = new IntakePressure(clock);
  return {
    log,
    scheduler: new Scheduler({
      clock,
      pressure,
      log: log.child({ component: 'jobs' }),
      instanceLock: instanceLockFor(db),
    }),
    pressure,
    limits: new PublicLimits(clock, config.publicLimits, { exactSources: config.proxyProtocol }),
    staffLimits: new StaffLimits(clock, config.staffLimits),
    powReplay: new ReplayCache(),
    mailer: new Mailer(config.smtp, log.child({ component: 'notifications' })),
    groupWriter: new GroupWriter(db),
    rollupRefresh: new SerialQueue(),
    auth: createAuthRuntime(clock, config),
    fileWorkers: new FileWorkers({
      settings: config.evidence.workers,
      clock,
      log: log.child({ component: 'evidence' }),
    }),
    registries: new RegistryMatcher(),
  };
}
