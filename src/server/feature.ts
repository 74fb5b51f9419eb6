import type { FastifyPluginAsync } from 'fastify';
import type { Command } from './admin/command.ts';
import type { Operations } from './admin/operation.ts';
import type { AppDeps } from './deps.ts';
import type { Job } from './platform/jobs/scheduler.ts';

/**
 * What a feature contributes to FocalPoint. Each feature folder exports one (its `feature.ts`), and
 * src/server/features.ts lists them all: the only place where routes, background jobs, admin operations and
 * CLI commands are registered.
 */
export type Feature = {
  name: string;
  /** Data it needs before anything runs (taxonomy, partner organisations); idempotent, run at every start. */
  seed?: (deps: AppDeps) => Promise<unknown>;
  /** Its HTTP routes, as a Fastify plugin. */
  routes?: (deps: AppDeps) => FastifyPluginAsync;
  /** Its background jobs, run by the runtime's scheduler while the server runs. */
  jobs?: (deps: AppDeps) => readonly Job[];
  /** Operations the CLI runs here or through the admin socket. */
  operations?: Operations;
  /** `focalpoint` commands (the CLI runs them; they call operations). */
  commands?: readonly Command[];
};
