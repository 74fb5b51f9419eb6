import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandValues } from '../admin/command.ts';
import { runOperation } from '../admin/operation.ts';
import { signInAs } from '../auth/testing.ts';
import { allCommands, allOperations } from '../features.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { type Sent, sendReport, workAndClose } from './testing.ts';

/**
 * `focalpoint retention …` as an operator types it: each command is taken from the features' commands
 * list and run with the CLI's tools, its operations running where the data lives (here, in this process).
 */

let ctx: TestContext;
let closed: Sent;
let open: Sent;

async function focalpoint(name: string, values: CommandValues = {}) {
  const command = allCommands().find((c) => c.name === name);
  if (!command) throw new Error(`no command ${name}`);
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await command.run(values, {
    operate: async (operation, args) => {
      const { type: _type, ...outcome } = await runOperation(
        ctx.deps,
        allOperations(),
        operation,
        args,
        () => {},
      );
      return outcome;
    },
    out: (line) => stdout.push(line),
    err: (line) => stderr.push(line),
    resolvePath: (file) => path.resolve(ctx.dataDir, file),
  });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  ctx = await startTestContext();
  const supervisor = await signInAs(ctx, 'supervisor');
  closed = await sendReport(ctx);
  open = await sendReport(ctx);
  await workAndClose(ctx, supervisor, closed.caseId);
}, 120_000);

afterAll(async () => {
  await ctx?.close();
});

describe('focalpoint retention', () => {
  it('sets a rule, and refuses an unknown rule or duration with a clear message', async () => {
    const set = await focalpoint('retention set', { rule: 'closed.resolved.deidentify', after: '5m' });
    expect(set).toMatchObject({ code: 0, stdout: ['closed.resolved.deidentify is now 5m.'] });
    const rule = await focalpoint('retention set', { rule: 'closed.whenever', after: '5m' });
    expect(rule.code).toBe(2);
    expect(rule.stderr[0]).toContain('--rule must be one of');
    const after = await focalpoint('retention set', { rule: 'closed.resolved.destroy', after: 'soon' });
    expect(after.code).toBe(2);
    expect(after.stderr[0]).toContain('--after must be a duration');
    const show = await focalpoint('retention show');
    expect(show.stdout).toContain(`${'closed.resolved.deidentify'.padEnd(48)} 5m  (default 2y)`);
  });

  it('plans nothing before the minutes have passed, then lists the closed case by rule', async () => {
    expect((await focalpoint('retention plan')).stdout).toEqual([
      'Nothing is due.',
      '1 more fall due within the notice period.',
    ]);
    ctx.clock.set(ctx.clock.ms() + 6 * 60_000);
    const plan = await focalpoint('retention plan');
    expect(plan.code).toBe(0);
    expect(plan.stdout[0]).toBe('closed.resolved.deidentify: 1 cases, 1 reports');
    expect(plan.stdout[1]).toMatch(
      new RegExp(`^ {2}deidentify +${closed.reference} +closed.resolved.deidentify \\(due `),
    );
    expect(plan.stdout.join('\n')).not.toContain(open.reference);
  });

  it('runs what the plan listed, audited, and then plans nothing', async () => {
    const json = JSON.parse((await focalpoint('retention plan', { json: true })).stdout[0]!);
    expect(json.items.map((i: { reference: string }) => i.reference)).toEqual([closed.reference]);
    const run = await focalpoint('retention run');
    expect(run.code).toBe(0);
    expect(run.stdout[0]).toBe('closed.resolved.deidentify: 1 cases');
    expect(run.stdout[1]).toMatch(
      /^1 cases disposed of, 0 records removed, 2 files deleted, \d+ data keys destroyed\.$/,
    );
    expect((await focalpoint('retention plan')).stdout).toEqual(['Nothing is due.']);
    // The change and the run are audited as the command line's, the case's disposal on its own entry.
    const { rows } = await ctx.deps.db.query<{ action: string; actor_type: string }>(
      `SELECT action, actor_type FROM audit_log WHERE action LIKE 'retention.%' ORDER BY seq`,
    );
    expect(rows).toEqual([
      { action: 'retention.schedule.changed', actor_type: 'cli' },
      { action: 'retention.case.deidentified', actor_type: 'cli' },
      { action: 'retention.run', actor_type: 'cli' },
    ]);
  });
});
