import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseList, CaseSummary, CaseView, Message } from '../../shared/contracts/cases.ts';
import { type SignedIn, signInAs } from '../auth/testing.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { seedReport, seedReporterMessage } from './testing/factory.ts';

let ctx: TestContext;
let intake: SignedIn;
let caseworker: SignedIn;
let otherCaseworker: SignedIn;
let supervisor: SignedIn;
let analyst: SignedIn;
let admin: SignedIn;
let partner: SignedIn;

beforeAll(async () => {
  ctx = await startTestContext();
  [intake, caseworker, otherCaseworker, supervisor, analyst, admin, partner] = await Promise.all([
    signInAs(ctx, 'intake_officer'),
    signInAs(ctx, 'caseworker'),
    signInAs(ctx, 'caseworker'),
    signInAs(ctx, 'supervisor'),
    signInAs(ctx, 'analyst'),
    signInAs(ctx, 'admin'),
    signInAs(ctx, 'partner'),
  ]);
}, 60_000);
afterAll(() => ctx?.close());

type Method = 'GET' | 'POST' | 'PATCH';
const call = (who: SignedIn | null, method: Method, url: string, payload?: object) =>
  ctx.app.inject({ method, url, ...(who ? { headers: who.headers } : {}), ...(payload ? { payload } : {}) });

const view = async (who: SignedIn, caseId: string) => {
  const res = await call(who, 'GET', `/api/v1/cases/${caseId}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as CaseView;
};

/** Every row of the tables case work writes, as text: what a database dump would show. */
async function dumpCaseWork(): Promise<string> {
  const parts: string[] = [];
  for (const table of [
    'cases',
    'case_events',
    'case_notes',
    'case_tasks',
    'case_messages',
    'identity_reveals',
    'evidence_original_downloads',
    'audit_log',
  ]) {
    const { rows } = await ctx.deps.db.query<{ t: string }>(`SELECT t::text AS t FROM ${table} t`);
    parts.push(...rows.map((r) => r.t));
  }
  return parts.join('\n');
}

async function auditActions(targetId: string): Promise<string[]> {
  const { rows } = await ctx.deps.db.query<{ action: string }>(
    'SELECT action FROM audit_log WHERE target_id = $1 ORDER BY seq',
    [targetId],
  );
  return rows.map((r) => r.action);
}

describe('the triage queue', () => {
  it('orders by risk then age, shows what is overdue, and filters', async () => {
    const now = ctx.deps.clock.now().getTime();
    const hoursAgo = (h: number) => new Date(now - h * 3_600_000);
    const lowOld = await seedReport(ctx.deps, { risk: 'low', openedAt: hoursAgo(100) });
    const highNew = await seedReport(ctx.deps, { risk: 'high', openedAt: hoursAgo(2) });
    const highOld = await seedReport(ctx.deps, { risk: 'high', openedAt: hoursAgo(30) });
    const immediate = await seedReport(ctx.deps, { risk: 'immediate', openedAt: hoursAgo(0.5) });

    const res = await call(intake, 'GET', '/api/v1/cases?status=new');
    expect(res.statusCode).toBe(200);
    const list = res.json() as CaseList;
    const ours = list.items.filter((i) =>
      [lowOld, highNew, highOld, immediate].some((s) => s.caseId === i.id),
    );
    expect(ours.map((i) => i.reference)).toEqual([
      immediate.reference,
      highOld.reference,
      highNew.reference,
      lowOld.reference,
    ]);
    const byRef = Object.fromEntries(ours.map((i) => [i.reference, i]));
    // Targets: immediate 60 min, high 1 day, others 3 days.
    expect(byRef[immediate.reference]?.overdue).toBe(false);
    expect(byRef[highOld.reference]?.overdue).toBe(true);
    expect(byRef[highNew.reference]?.overdue).toBe(false);
    expect(byRef[lowOld.reference]?.overdue).toBe(true);
    expect(byRef[highNew.reference]?.ackDueAt).toBe(
      new Date(now - 2 * 3_600_000 + 24 * 3_600_000).toISOString(),
    );

    const filtered = (await call(intake, 'GET', '/api/v1/cases?risk=immediate')).json() as CaseList;
    expect(filtered.items.every((i) => i.risk === 'immediate')).toBe(true);
    const byReference = (
      await call(intake, 'GET', `/api/v1/cases?reference=${highOld.reference.toLowerCase()}`)
    ).json() as CaseList;
    expect(byReference.items.map((i) => i.id)).toEqual([highOld.caseId]);
    expect(byReference.total).toBe(1);
  });

  it('shows a caseworker only the cases assigned to them', async () => {
    const mine = await seedReport(ctx.deps);
    await seedReport(ctx.deps);
    const assign = await call(intake, 'PATCH', `/api/v1/cases/${mine.caseId}`, {
      version: 1,
      assigneeId: caseworker.userId,
    });
    expect(assign.statusCode, assign.body).toBe(200);
    const list = (await call(caseworker, 'GET', '/api/v1/cases')).json() as CaseList;
    expect(list.items.map((i) => i.id)).toEqual([mine.caseId]);
    expect(list.items[0]?.assignee?.id).toBe(caseworker.userId);
    const mineFilter = (await call(intake, 'GET', '/api/v1/cases?assignee=none')).json() as CaseList;
    expect(mineFilter.items.some((i) => i.id === mine.caseId)).toBe(false);
  });

  it('is closed to admins, partners and anonymous callers', async () => {
    expect((await call(admin, 'GET', '/api/v1/cases')).statusCode).toBe(403);
    expect((await call(partner, 'GET', '/api/v1/cases')).statusCode).toBe(403);
    expect((await call(null, 'GET', '/api/v1/cases')).statusCode).toBe(401);
  });
});

describe('the case view', () => {
  it('shows staff the narrative, identifiers and evidence, and audits the view', async () => {
    const report = await seedReport(ctx.deps, {
      narrative: 'A man photographed me outside the consulate.',
      indicators: [{ kind: 'phone', value: '+8613800138000' }],
      evidence: [
        {
          original: Buffer.from('orig'),
          sanitised: Buffer.from('clean'),
          filename: 'me.jpg',
          mediaType: 'image/jpeg',
        },
      ],
    });
    const v = await view(intake, report.caseId);
    expect(v.deidentified).toBe(false);
    expect(v.reports[0]?.narrative).toBe('A man photographed me outside the consulate.');
    expect(v.reports[0]?.identifiers).toEqual([{ kind: 'phone', platform: null, value: '+8613800138000' }]);
    expect(v.reports[0]?.classification.city).toBe('Toronto');
    expect(v.reports[0]?.evidence?.[0]).toMatchObject({ filename: 'me.jpg', sanitisedAvailable: true });
    expect(v.permissions).toMatchObject({ readContent: true, revealIdentity: false, merge: true });
    expect(await auditActions(report.caseId)).toContain('case.narrative.viewed');
  });

  it('gives analysts the de-identified view only', async () => {
    const report = await seedReport(ctx.deps, {
      narrative: 'Secret words of the reporter',
      identity: { name: 'Ayesha Example', email: 'ayesha@example.org' },
      indicators: [
        { kind: 'phone', value: '+8613800138000' },
        { kind: 'account', platform: 'wechat', value: 'wxid_abc123' },
      ],
    });
    const res = await call(analyst, 'GET', `/api/v1/cases/${report.caseId}`);
    expect(res.statusCode).toBe(200);
    const v = res.json() as CaseView;
    expect(v.deidentified).toBe(true);
    const r = v.reports[0]!;
    expect(r.narrative).toBeNull();
    expect(r.identifiers).toBeNull();
    expect(r.perpetratorDescriptions).toBeNull();
    expect(r.evidence).toBeNull();
    expect(r.classification.city).toBeNull();
    expect(r.classification.province).toBe('ON');
    expect(r.identifierKinds).toEqual([
      { kind: 'account', count: 1 },
      { kind: 'phone', count: 1 },
    ]);
    expect(v.messages).toBeNull();
    expect(v.notes).toBeNull();
    expect(res.body).not.toContain('Secret words');
    expect(res.body).not.toContain('Ayesha');
    expect(res.body).not.toContain('wxid_abc123');
    expect(res.body).not.toContain('Toronto');
    // Nor may analysts act on a case.
    expect(
      (await call(analyst, 'POST', `/api/v1/cases/${report.caseId}/messages`, { body: 'hi' })).statusCode,
    ).toBe(403);
    expect(
      (await call(analyst, 'POST', `/api/v1/cases/${report.caseId}/identity`, { reason: 'curious about it' }))
        .statusCode,
    ).toBe(403);
  });

  it('keeps admins, partners and unassigned caseworkers out', async () => {
    const report = await seedReport(ctx.deps);
    expect((await call(admin, 'GET', `/api/v1/cases/${report.caseId}`)).statusCode).toBe(403);
    expect((await call(partner, 'GET', `/api/v1/cases/${report.caseId}`)).statusCode).toBe(403);
    expect((await call(otherCaseworker, 'GET', `/api/v1/cases/${report.caseId}`)).statusCode).toBe(403);
    expect((await call(intake, 'GET', '/api/v1/cases/00000000-0000-4000-8000-000000000000')).statusCode).toBe(
      404,
    );
  });
});

describe('changing a case', () => {
  it('walks new → triaged → in_progress → referred → closed, with a closing reason', async () => {
    const report = await seedReport(ctx.deps);
    const patch = (body: object) => {
      ctx.clock.set(ctx.clock.ms() + 60_000); // a minute between two acts of a person
      return call(intake, 'PATCH', `/api/v1/cases/${report.caseId}`, body);
    };
    let s = (await patch({ version: 1, status: 'triaged' })).json() as CaseSummary;
    expect(s).toMatchObject({ status: 'triaged', version: 2 });
    expect(s.acknowledgedAt).not.toBeNull();
    const skip = await patch({ version: 2, status: 'referred' });
    expect(skip.statusCode).toBe(400);
    expect(skip.json().error.fields.status).toBeTruthy();
    s = (await patch({ version: 2, status: 'in_progress' })).json() as CaseSummary;
    s = (await patch({ version: 3, status: 'referred' })).json() as CaseSummary;
    const noReason = await patch({ version: 4, status: 'closed' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields.closingReason).toBe('This is required.');
    s = (await patch({ version: 4, status: 'closed', closingReason: 'resolved' })).json() as CaseSummary;
    expect(s).toMatchObject({ status: 'closed', closingReason: 'resolved', version: 5 });
    const timeline = (await view(supervisor, report.caseId)).timeline.filter(
      (e) => e.kind === 'status_changed',
    );
    expect(timeline.map((e) => e.data.to)).toEqual(['triaged', 'in_progress', 'referred', 'closed']);
    expect(await auditActions(report.caseId)).toContain('case.status.changed');
  });

  it('refuses a stale version with 409', async () => {
    const report = await seedReport(ctx.deps);
    expect(
      (await call(intake, 'PATCH', `/api/v1/cases/${report.caseId}`, { version: 1, status: 'triaged' }))
        .statusCode,
    ).toBe(200);
    const stale = await call(supervisor, 'PATCH', `/api/v1/cases/${report.caseId}`, {
      version: 1,
      risk: 'high',
      riskReason: 'x',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');
  });

  it('changes risk only with a reason, and seals the reason', async () => {
    const report = await seedReport(ctx.deps, { risk: 'medium' });
    const url = `/api/v1/cases/${report.caseId}`;
    const bare = await call(intake, 'PATCH', url, { version: 1, risk: 'immediate' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.fields.riskReason).toBeTruthy();
    const ok = await call(intake, 'PATCH', url, {
      version: 1,
      risk: 'immediate',
      riskReason: 'Reporter says the car is outside tonight',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((ok.json() as CaseSummary).risk).toBe('immediate');
    const event = (await view(intake, report.caseId)).timeline.find((e) => e.kind === 'risk_changed');
    expect(event).toMatchObject({
      data: { from: 'medium', to: 'immediate' },
      reason: 'Reporter says the car is outside tonight',
    });
    expect(await dumpCaseWork()).not.toContain('car is outside');
    // Analysts see that the risk changed, never the words of the reason.
    const analystEvent = (await view(analyst, report.caseId)).timeline.find((e) => e.kind === 'risk_changed');
    expect(analystEvent?.reason).toBeNull();
  });

  it('lets intake officers and supervisors assign, not caseworkers, and only to staff who work cases', async () => {
    const report = await seedReport(ctx.deps);
    const url = `/api/v1/cases/${report.caseId}`;
    expect((await call(intake, 'PATCH', url, { version: 1, assigneeId: analyst.userId })).statusCode).toBe(
      400,
    );
    expect((await call(intake, 'PATCH', url, { version: 1, assigneeId: caseworker.userId })).statusCode).toBe(
      200,
    );
    expect(
      (await call(caseworker, 'PATCH', url, { version: 2, assigneeId: otherCaseworker.userId })).statusCode,
    ).toBe(403);
    expect((await call(caseworker, 'PATCH', url, { version: 2, status: 'triaged' })).statusCode).toBe(200);
    expect((await call(supervisor, 'PATCH', url, { version: 3, assigneeId: null })).statusCode).toBe(200);
    expect((await call(caseworker, 'GET', url)).statusCode).toBe(403);
    const assignees = await call(intake, 'GET', '/api/v1/cases/assignees');
    expect(assignees.statusCode).toBe(200);
    const ids = (assignees.json() as { items: { id: string }[] }).items.map((i) => i.id);
    expect(ids).toContain(caseworker.userId);
    expect(ids).not.toContain(analyst.userId);
    expect((await call(caseworker, 'GET', '/api/v1/cases/assignees')).statusCode).toBe(403);
  });

  it('re-classifies a report with taxonomy codes only', async () => {
    const report = await seedReport(ctx.deps, { tactics: ['other'] });
    const url = `/api/v1/cases/${report.caseId}`;
    const bad = await call(intake, 'PATCH', url, {
      version: 1,
      classification: { reportId: report.reportId, tactics: ['not_a_tactic'] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields['classification.tactics']).toBeTruthy();
    const ok = await call(intake, 'PATCH', url, {
      version: 1,
      classification: {
        reportId: report.reportId,
        tactics: ['stalking', 'physical_surveillance'],
        communities: ['tibetan'],
        province: 'BC',
      },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      tactics: ['stalking', 'physical_surveillance'],
      province: 'BC',
      version: 2,
    });
    const v = await view(intake, report.caseId);
    expect(v.reports[0]?.classification).toMatchObject({
      tactics: ['stalking', 'physical_surveillance'],
      communities: ['tibetan'],
      channels: ['messaging_app'],
      province: 'BC',
    });
    expect(v.timeline.map((e) => e.kind)).toContain('classified');
    expect(await auditActions(report.caseId)).toContain('case.classified');
  });

  it('needs the CSRF token on every change', async () => {
    const report = await seedReport(ctx.deps);
    const res = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/cases/${report.caseId}`,
      headers: { cookie: intake.cookie },
      payload: { version: 1, status: 'triaged' },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe("the reporter's identity", () => {
  it('is revealed to the assigned caseworker with a reason, sealed and audited; never to intake officers', async () => {
    const report = await seedReport(ctx.deps, {
      identity: { name: 'Tenzin Example', phone: '+1 416 555 0100' },
    });
    const url = `/api/v1/cases/${report.caseId}/identity`;
    expect((await call(intake, 'POST', url, { reason: 'Need to call them back' })).statusCode).toBe(403);
    expect((await call(caseworker, 'POST', url, { reason: 'Need to call them back' })).statusCode).toBe(403);
    await call(intake, 'PATCH', `/api/v1/cases/${report.caseId}`, {
      version: 1,
      assigneeId: caseworker.userId,
    });
    const noReason = await call(caseworker, 'POST', url, { reason: '' });
    expect(noReason.statusCode).toBe(400);
    const res = await call(caseworker, 'POST', url, {
      reason: 'Police asked for a statement; consent given',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().identities[0]).toMatchObject({
      reference: report.reference,
      anonymous: false,
      name: 'Tenzin Example',
      phone: '+1 416 555 0100',
    });
    expect(await auditActions(report.caseId)).toContain('case.identity.revealed');
    const dump = await dumpCaseWork();
    expect(dump).not.toContain('Police asked');
    expect(dump).not.toContain('Tenzin');
    const supervisorView = await call(supervisor, 'POST', url, { reason: 'Supervisor review of the file' });
    expect(supervisorView.statusCode).toBe(200);
  });

  it('answers anonymous for an anonymous report', async () => {
    const report = await seedReport(ctx.deps, { identity: null });
    const res = await call(supervisor, 'POST', `/api/v1/cases/${report.caseId}/identity`, {
      reason: 'Checking contact',
    });
    expect(res.json().identities[0]).toMatchObject({ anonymous: true, name: null, email: null });
  });
});

describe('messages, notes and tasks', () => {
  it('sends a message to the reporter, acknowledges the case, and shows both sides of the thread', async () => {
    const report = await seedReport(ctx.deps);
    await seedReporterMessage(ctx.deps, report, 'Thank you, they called again last night.');
    ctx.clock.set(ctx.clock.ms() + 60_000);
    const res = await call(intake, 'POST', `/api/v1/cases/${report.caseId}/messages`, {
      body: 'We have received your report and will call you.',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect((res.json() as Message).direction).toBe('to_reporter');
    const v = await view(intake, report.caseId);
    expect(v.acknowledgedAt).not.toBeNull();
    expect(v.messages?.map((m) => [m.direction, m.body])).toEqual([
      ['from_reporter', 'Thank you, they called again last night.'],
      ['to_reporter', 'We have received your report and will call you.'],
    ]);
    expect(v.timeline.map((e) => e.kind)).toEqual(['report_received', 'message_received', 'message_sent']);
    expect(await dumpCaseWork()).not.toContain('will call you');
    const empty = await call(intake, 'POST', `/api/v1/cases/${report.caseId}/messages`, { body: '  ' });
    expect(empty.statusCode).toBe(400);
  });

  it('keeps sealed notes and tasks that can be ticked off', async () => {
    const report = await seedReport(ctx.deps);
    const base = `/api/v1/cases/${report.caseId}`;
    expect(
      (await call(intake, 'POST', `${base}/notes`, { body: 'Reporter sounded frightened' })).statusCode,
    ).toBe(201);
    const task = await call(intake, 'POST', `${base}/tasks`, {
      title: 'Call victim services',
      dueOn: '2026-12-01',
    });
    expect(task.statusCode, task.body).toBe(201);
    const done = await call(intake, 'PATCH', `${base}/tasks/${task.json().id}`, { done: true });
    expect(done.json()).toMatchObject({ title: 'Call victim services', done: true, dueOn: '2026-12-01' });
    const v = await view(intake, base.split('/').pop()!);
    expect(v.notes?.[0]?.body).toBe('Reporter sounded frightened');
    expect(v.tasks?.[0]).toMatchObject({ title: 'Call victim services', done: true });
    const dump = await dumpCaseWork();
    expect(dump).not.toContain('frightened');
    expect(dump).not.toContain('victim services');
    expect((await call(analyst, 'POST', `${base}/notes`, { body: 'x' })).statusCode).toBe(403);
  });
});

describe('merging duplicates', () => {
  it('moves reports and messages into one case and closes the duplicate', async () => {
    const first = await seedReport(ctx.deps, { risk: 'medium' });
    const dup = await seedReport(ctx.deps, { risk: 'high', narrative: 'Same incident, told by a witness' });
    await seedReporterMessage(ctx.deps, dup, 'I saw it too.');
    expect(
      (await call(caseworker, 'POST', `/api/v1/cases/${dup.caseId}/merge`, { intoCaseId: first.caseId }))
        .statusCode,
    ).toBe(403);
    const self = await call(intake, 'POST', `/api/v1/cases/${dup.caseId}/merge`, { intoCaseId: dup.caseId });
    expect(self.statusCode).toBe(400);
    const res = await call(intake, 'POST', `/api/v1/cases/${dup.caseId}/merge`, {
      intoReference: first.reference,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: first.caseId, risk: 'high', reportCount: 2 });
    const merged = await view(intake, first.caseId);
    expect(merged.reports.map((r) => r.reference).sort()).toEqual([first.reference, dup.reference].sort());
    expect(merged.messages?.map((m) => m.body)).toEqual(['I saw it too.']);
    const old = await view(intake, dup.caseId);
    expect(old).toMatchObject({ status: 'closed', closingReason: 'duplicate', mergedIntoId: first.caseId });
    const queue = (await call(intake, 'GET', `/api/v1/cases?reference=${dup.reference}`)).json() as CaseList;
    expect(queue.items.map((i) => i.id)).toEqual([first.caseId]);
    expect(await auditActions(dup.caseId)).toContain('case.merged');
  });
});

describe('evidence', () => {
  it('serves the sanitised copy to staff and the original only to supervisors with a reason', async () => {
    const report = await seedReport(ctx.deps, {
      evidence: [
        {
          original: Buffer.from('ORIGINAL-WITH-GPS'),
          sanitised: Buffer.from('CLEAN'),
          filename: 'threat.png',
          mediaType: 'image/png',
        },
      ],
    });
    const fileId = (await view(intake, report.caseId)).reports[0]!.evidence![0]!.id;
    const base = `/api/v1/cases/${report.caseId}/evidence/${fileId}`;
    const clean = await call(intake, 'GET', base);
    expect(clean.statusCode).toBe(200);
    expect(clean.body).toBe('CLEAN');
    expect(clean.headers['content-type']).toBe('image/png');
    expect(clean.headers['content-disposition']).not.toContain('threat');
    expect(clean.headers['cache-control']).toBe('no-store');
    expect((await call(intake, 'POST', `${base}/original`, { reason: 'Need the metadata' })).statusCode).toBe(
      403,
    );
    expect((await call(analyst, 'GET', base)).statusCode).toBe(403);
    const original = await call(supervisor, 'POST', `${base}/original`, {
      reason: 'Police need the metadata',
    });
    expect(original.statusCode).toBe(200);
    expect(original.body).toBe('ORIGINAL-WITH-GPS');
    const actions = await auditActions(fileId);
    expect(actions).toEqual(['case.evidence.downloaded', 'case.evidence.original_downloaded']);
    expect(await dumpCaseWork()).not.toContain('Police need');
  });
});

describe('the audit log', () => {
  it('is readable by supervisors and admins, codes only', async () => {
    const report = await seedReport(ctx.deps, { identity: { name: 'Audit Person' } });
    await call(supervisor, 'POST', `/api/v1/cases/${report.caseId}/identity`, {
      reason: 'Checking the audit',
    });
    const res = await call(supervisor, 'GET', '/api/v1/audit?action=case.identity');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { action: string; targetId: string; actor: { email: string } }[];
    expect(items[0]).toMatchObject({ action: 'case.identity.revealed', targetId: report.caseId });
    expect(items[0]?.actor.email).toBe(supervisor.email);
    expect(res.body).not.toContain('Audit Person');
    expect(res.body).not.toContain('Checking the audit');
    expect((await call(admin, 'GET', '/api/v1/audit')).statusCode).toBe(200);
    for (const who of [intake, caseworker, analyst, partner]) {
      expect((await call(who, 'GET', '/api/v1/audit')).statusCode).toBe(403);
    }
  });
});
