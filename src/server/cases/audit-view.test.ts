import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditList, AuditPeople } from '../../shared/contracts/cases.ts';
import { type SignedIn, signInAs } from '../auth/testing.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { type FactoryReport, seedReport } from './testing/factory.ts';

let ctx: TestContext;
let supervisor: SignedIn;
let intake: SignedIn;
let first: FactoryReport;
let second: FactoryReport;
// A year ahead of the wall clock: entries are never dated before the chain's head (audit.ts, monotonic),
// and signing in is dated by it.
const YEAR = new Date().getUTCFullYear() + 1;

beforeAll(async () => {
  ctx = await startTestContext();
  ctx.clock.set(Date.parse(`${YEAR}-03-10T23:50:00Z`));
  [supervisor, intake] = await Promise.all([signInAs(ctx, 'supervisor'), signInAs(ctx, 'intake_officer')]);
  await ctx.deps.db.query('UPDATE users SET display_name = $2 WHERE id = $1', [
    intake.userId,
    'Amélie Tremblay',
  ]);
  first = await seedReport(ctx.deps);
  second = await seedReport(ctx.deps);
  // The intake officer reads the first case just before midnight (UTC) on 10 March, the second
  // a quarter of an hour later, on the 11th.
  expect((await call(intake, `/api/v1/cases/${first.caseId}`)).statusCode).toBe(200);
  ctx.clock.set(Date.parse(`${YEAR}-03-11T00:05:00Z`));
  expect((await call(intake, `/api/v1/cases/${second.caseId}`)).statusCode).toBe(200);
}, 60_000);
afterAll(() => ctx?.close());

const call = (who: SignedIn, url: string) => ctx.app.inject({ method: 'GET', url, headers: who.headers });
async function audit(query: string): Promise<AuditList> {
  const res = await call(supervisor, `/api/v1/audit?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as AuditList;
}

describe('the audit view', () => {
  it('names people and cases: display names and references, with the case to link to', async () => {
    const { items } = await audit(`actorId=${intake.userId}&action=case.narrative`);
    expect(items.map((i) => [i.actor?.displayName, i.action, i.targetLabel, i.targetCaseId])).toEqual([
      ['Amélie Tremblay', 'case.narrative.viewed', second.reference, second.caseId],
      ['Amélie Tremblay', 'case.narrative.viewed', first.reference, first.caseId],
    ]);
  });

  it('filters by case reference (its reports included), person, action and day', async () => {
    const byCase = await audit(`caseReference=${first.reference.toLowerCase()}`);
    expect(byCase.items.length).toBeGreaterThan(0);
    expect(byCase.items.every((i) => i.targetCaseId === first.caseId)).toBe(true);
    const onEleventh = await audit(`actorId=${intake.userId}&from=${YEAR}-03-11&to=${YEAR}-03-11`);
    expect(onEleventh.items.map((i) => i.targetLabel)).toEqual([second.reference]);
    expect((await audit('caseReference=FP-NOSUCH')).items).toEqual([]);
    expect((await audit(`actorId=${supervisor.userId}&action=case.`)).total).toBe(0);
  });

  it('lists the people to filter by, and refuses a malformed day with a localised error', async () => {
    const people = (await call(supervisor, '/api/v1/audit/people')).json() as AuditPeople;
    expect(people.items.map((p) => p.displayName)).toContain('Amélie Tremblay');
    const bad = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/audit?from=12/03/2026',
      headers: { ...supervisor.headers, 'accept-language': 'fr' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.from).toBeTruthy();
  });
});
