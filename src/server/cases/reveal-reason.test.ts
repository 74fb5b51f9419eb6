import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditList, RevealReason } from '../../shared/contracts/cases.ts';
import { type SignedIn, signInAs } from '../auth/testing.ts';
import { asSuperuser } from '../platform/audit/testing.ts';
import { verifyAuditChain } from '../platform/audit/verify.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { seedReport } from './testing/factory.ts';

let ctx: TestContext;
let supervisor: SignedIn;
let caseworker: SignedIn;
let admin: SignedIn;

beforeAll(async () => {
  ctx = await startTestContext();
  [supervisor, caseworker, admin] = await Promise.all([
    signInAs(ctx, 'supervisor'),
    signInAs(ctx, 'caseworker'),
    signInAs(ctx, 'admin'),
  ]);
}, 60_000);
afterAll(() => ctx?.close());

const get = (who: SignedIn, url: string, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'GET', url, headers: { ...who.headers, ...headers } });

/** A caseworker reveals the identity on a case assigned to them; answers the reveal's audit entry. */
async function reveal(reason: string): Promise<{ seq: number; caseId: string; revealId: string }> {
  const report = await seedReport(ctx.deps, { identity: { name: 'Person Revealed' } });
  await ctx.deps.db.query('UPDATE cases SET assignee_id = $1 WHERE id = $2', [
    caseworker.userId,
    report.caseId,
  ]);
  const res = await ctx.app.inject({
    method: 'POST',
    url: `/api/v1/cases/${report.caseId}/identity`,
    headers: caseworker.headers,
    payload: { reason },
  });
  expect(res.statusCode, res.body).toBe(200);
  const list = (
    await get(supervisor, `/api/v1/audit?action=case.identity.revealed&targetId=${report.caseId}`)
  ).json() as AuditList;
  const entry = list.items[0]!;
  return { seq: entry.seq, caseId: report.caseId, revealId: String(entry.meta?.reveal) };
}

describe('the reason given for an identity reveal, from the audit log', () => {
  it('is read by a supervisor from the reveal’s entry, and the reading is audited without the reason', async () => {
    const r = await reveal('The reporter asked us to call the police with her.');
    // The entry itself holds the reveal's id, a code: never the reason.
    const { rows } = await ctx.deps.db.query<{ t: string }>('SELECT t::text AS t FROM audit_log t');
    expect(rows.map((x) => x.t).join('\n')).not.toContain('call the police');

    const res = await get(supervisor, `/api/v1/audit/${r.seq}/reveal-reason`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as RevealReason;
    expect(body).toMatchObject({
      seq: r.seq,
      revealId: r.revealId,
      caseId: r.caseId,
      reason: 'The reporter asked us to call the police with her.',
      revealedBy: { id: caseworker.userId, email: caseworker.email },
    });

    const reads = (
      await get(supervisor, `/api/v1/audit?action=audit.reveal_reason.read&targetId=${r.revealId}`)
    ).json() as AuditList;
    expect(reads.items).toHaveLength(1);
    expect(reads.items[0]).toMatchObject({
      actor: { id: supervisor.userId },
      targetType: 'identity_reveal',
      meta: { entry: r.seq },
    });
    expect((await verifyAuditChain(ctx.deps)).ok).toBe(true);
  });

  it('is refused to admins (no case content) and is not found for an entry that is no reveal', async () => {
    const r = await reveal('Needed to arrange a safe meeting.');
    expect((await get(admin, `/api/v1/audit/${r.seq}/reveal-reason`)).statusCode).toBe(403);
    expect((await get(caseworker, `/api/v1/audit/${r.seq}/reveal-reason`)).statusCode).toBe(403);
    const { rows } = await ctx.deps.db.query<{ seq: number }>(
      "SELECT seq FROM audit_log WHERE action <> 'case.identity.revealed' ORDER BY seq LIMIT 1",
    );
    expect((await get(supervisor, `/api/v1/audit/${rows[0]!.seq}/reveal-reason`)).statusCode).toBe(404);
    expect((await get(supervisor, '/api/v1/audit/0/reveal-reason')).statusCode).toBe(400);
  });

  it('says so, in the reader’s language, when a superuser removed the reason or swapped another in', async () => {
    const removed = await reveal('First reason, to be removed.');
    const swapped = await reveal('Second reason, to be replaced.');
    await asSuperuser(ctx.deps.db, async (tx) => {
      await tx.query(
        `UPDATE identity_reveals SET reason_sealed = (SELECT reason_sealed FROM identity_reveals WHERE id = $1),
           data_key_id = (SELECT data_key_id FROM identity_reveals WHERE id = $1) WHERE id = $2`,
        [removed.revealId, swapped.revealId],
      );
      await tx.query('DELETE FROM identity_reveals WHERE id = $1', [removed.revealId]);
    });
    for (const r of [removed, swapped]) {
      const en = await get(supervisor, `/api/v1/audit/${r.seq}/reveal-reason`);
      expect(en.statusCode).toBe(409);
      expect(en.json().error.message).toContain('missing from the database or no longer opens');
      expect(en.json().error.message).toContain('focalpoint audit verify');
      const fr = await get(supervisor, `/api/v1/audit/${r.seq}/reveal-reason`, { 'accept-language': 'fr' });
      expect(fr.json().error.message).toContain('ne s’ouvre plus');
    }
  });
});
