// A FocalPoint for attack tools (sqlmap): real server, fresh data directory, public rate limits and proof of
// work relaxed so the tool reaches the code instead of a 429, a signed-in supervisor and a known case.
// Prints one JSON line: {"baseUrl","cookie","csrfToken","caseId","receipt"}. Stop it with SIGTERM.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from '../src/server/app.ts';
import { signInAs } from '../src/server/auth/testing.ts';
import { openContext } from '../src/server/boot.ts';
import { loadConfig } from '../src/server/config.ts';
import { seedDemo } from '../src/server/demo/seed.ts';
import { submitReport } from '../src/server/intake/service.ts';
import { ReportInput } from '../src/shared/contracts/report.ts';

// Optional argument: a data directory to use (and keep); by default a temporary one, removed at exit.
const given = process.argv[2];
const dataDir = given ?? (await mkdtemp(path.join(tmpdir(), 'fp-security-')));
// DATABASE_URL from the environment runs it on PostgreSQL (bench/rss.ts measures both).
const config = loadConfig({
  FOCALPOINT_DATA_DIR: dataDir,
  LOG_LEVEL: 'silent',
  PORT: '0',
  ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
});
const context = await openContext(config);
const huge = { capacity: 1_000_000, windowSeconds: 1 };
context.deps.runtime.limits.configure({
  reportPerSourceVerified: huge,
  reportPerSourceUnverified: huge,
  followupPerSource: huge,
  followupPerReceipt: huge,
  receiptGuessesFree: 1_000_000,
  powDifficulty: 0,
});
const app = await buildApp(context.deps);
const seeded = await context.deps.db.query<{ n: number }>('SELECT count(*)::int AS n FROM reports');
if ((seeded.rows[0]?.n ?? 0) === 0) await seedDemo(context.deps, { reports: 20 });
const own = await submitReport(context.deps, {
  input: ReportInput.parse({ narrative: 'sqlmap target', language: 'en' }),
  verified: true,
});
const staff = await signInAs({ deps: context.deps, app }, 'supervisor', {
  email: `supervisor-${Date.now()}@focalpoint.test`,
});
const address = await app.listen({ port: 0, host: '127.0.0.1' });
const { rows } = await context.deps.db.query<{ id: string }>('SELECT id FROM cases LIMIT 1');
process.stdout.write(
  `${JSON.stringify({ baseUrl: address, cookie: staff.cookie, csrfToken: staff.csrfToken, caseId: rows[0]?.id, receipt: own.receipt })}\n`,
);
process.on('SIGTERM', async () => {
  await app.close();
  await context.close();
  if (!given) await rm(dataDir, { recursive: true, force: true });
  process.exit(0);
});
