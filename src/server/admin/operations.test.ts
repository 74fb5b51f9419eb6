import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportInput } from '../../shared/contracts/report.ts';
import { allOperations } from '../features.ts';
import { submitReport } from '../intake/service.ts';
import { verifyAuditChain } from '../platform/audit/verify.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { runOperation } from './operation.ts';

describe('CLI operations', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await startTestContext();
  });
  afterAll(() => ctx.close());

  it('recomputes campaigns: two reports sharing a number written differently form one', async () => {
    for (const phone of ['+86 139 5555 0101', '0086 139-5555-0101']) {
      await submitReport(ctx.deps, {
        input: ReportInput.parse({
          narrative: 'They call at night.',
          suspectedState: 'CN',
          perpetrators: [{ indicators: [{ kind: 'phone', value: phone }] }],
        }),
        verified: true,
      });
    }
    await ctx.settle();
    await ctx.deps.db.exec('DELETE FROM campaign_members; DELETE FROM campaigns;');
    const result = await runOperation(ctx.deps, allOperations(), 'campaigns.recompute', {}, () => {});
    expect(result).toMatchObject({ type: 'result', ok: true, data: { campaigns: 1, members: 2 } });
    expect((await verifyAuditChain(ctx.deps)).ok).toBe(true);
  });

  it('names an unknown operation and refuses bad arguments', async () => {
    expect(await runOperation(ctx.deps, allOperations(), 'no.such', {}, () => {})).toMatchObject({
      ok: false,
      error: 'unknown operation no.such',
    });
    const bad = await runOperation(
      ctx.deps,
      allOperations(),
      'user.create',
      { email: 'not-an-email', role: 'wizard' },
      () => {},
    );
    expect(bad).toMatchObject({ ok: false });
  });
});
