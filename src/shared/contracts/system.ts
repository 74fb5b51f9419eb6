import { z } from 'zod';

/** A background job as supervisors and admins see it: when it ran, how late, how long, its last error. */
export const JobStatus = z.object({
  name: z.string().describe('The job: indexing, notifications, dashboards.rollup, …'),
  running: z.boolean(),
  runs: z.number().int().describe('Runs since this instance started'),
  failures: z.number().int(),
  lastStartedAt: z.string().nullable(),
  lastFinishedAt: z.string().nullable(),
  lastDurationMs: z.number().nullable(),
  lastLagMs: z.number().nullable().describe('How late the last run started after it was due'),
  nextRunAt: z.string().nullable(),
  backlog: z.number().int().nullable().describe('Work waiting, where the job counts it'),
  lastError: z
    .object({ code: z.string().describe('An error code, never content'), at: z.string() })
    .nullable(),
  heldElsewhere: z
    .number()
    .int()
    .describe('Runs skipped because another instance on the same database was running the job'),
});
export type JobStatus = z.infer<typeof JobStatus>;

export const JobList = z.object({ jobs: z.array(JobStatus) });
export type JobList = z.infer<typeof JobList>;

/** A report whose indexing failed for a reason of its own: references and codes, never content. */
export const QuarantinedReport = z.object({
  reference: z.string(),
  caseId: z.string(),
  errorCode: z.string().describe('The database error code (SQLSTATE) or error type'),
  attempts: z.number().int(),
  firstFailedAt: z.string(),
  lastFailedAt: z.string(),
  nextAttemptAt: z.string(),
});
export const QuarantineList = z.object({ reports: z.array(QuarantinedReport) });
export type QuarantineList = z.infer<typeof QuarantineList>;
