import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { answerOf, type SignedIn, signInAs } from '../auth/testing.ts';
import { totpCode } from '../auth/totp.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';

/**
 * The two-person rule: an admin proposes what would reach case content (or make an administrator), a
 * second person approves, and each of them holds only half of any new credentials.
 */
let ctx: TestContext;
let admin: SignedIn;
let lead: SignedIn;

beforeAll(async () => {
  ctx = await startTestContext();
  ctx.clock.set(Date.parse('2026-11-02T10:00:00Z'));
  admin = await signInAs(ctx, 'admin');
  lead = await signInAs(ctx, 'supervisor');
});
afterAll(async () => {
  await ctx?.close();
});
beforeEach(() => {
  // A fresh 30-second TOTP step for every test.
  ctx.clock.set(ctx.clock.ms() + 60_000);
});

const api = (who: SignedIn, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: who.headers, ...(payload === undefined ? {} : { payload }) });
const propose = (payload: object, who: SignedIn = admin) =>
  api(who, 'POST', '/api/v1/users/proposals', payload);
const approve = (id: string, who: SignedIn = lead) =>
  api(who, 'POST', `/api/v1/users/proposals/${id}/approve`);
const refuse = (id: string, who: SignedIn = lead) => api(who, 'POST', `/api/v1/users/proposals/${id}/refuse`);
const pending = async (who: SignedIn) =>
  (await api(who, 'GET', '/api/v1/users/proposals')).json().items as {
    id: string;
    kind: string;
    role: string;
    account: { email: string };
    proposedBy: { id: string };
    canApprove: boolean;
    canWithdraw: boolean;
  }[];

const login = (email: string, password: string, totpSecret: string) =>
  answerOf(
    ctx,
    ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password, totp: totpCode(totpSecret, ctx.clock.now()) },
    }),
  );
const nextStep = () => ctx.clock.set(ctx.clock.ms() + 30_000);

async function audit(action: string) {
  const { rows } = await ctx.deps.db.query<{
    actor_id: string;
    target_id: string;
    meta: Record<string, unknown>;
  }>('SELECT actor_id, target_id, meta FROM audit_log WHERE action = $1 ORDER BY seq', [action]);
  return rows;
}

describe('two-person rule', () => {
  it('creates a caseworker only when a supervisor approves; each of the two holds half the credentials', async () => {
    const made = await propose({
      kind: 'create',
      email: 'Nadia@focalpoint.test',
      role: 'caseworker',
      displayName: 'Nadia',
    });
    expect(made.statusCode).toBe(201);
    const { proposal, secondFactor } = made.json();
    expect(proposal).toMatchObject({
      kind: 'create',
      status: 'pending',
      role: 'caseworker',
      canWithdraw: true,
    });
    expect(proposal.account).toEqual({ id: null, email: 'nadia@focalpoint.test', displayName: 'Nadia' });
    // The proposer holds the second factor only: no password, so no sign-in.
    expect(secondFactor.totpSecret).toMatch(/^[A-Z2-7]{32}$/);
    expect(made.body).not.toMatch(/password/i);
    expect(
      (await login('nadia@focalpoint.test', 'anything at all', secondFactor.totpSecret)).statusCode,
    ).toBe(401);

    // Supervisors see who proposed what, and may approve; the proposer may only withdraw.
    const forLead = (await pending(lead)).find((p) => p.id === proposal.id)!;
    expect(forLead).toMatchObject({
      kind: 'create',
      role: 'caseworker',
      canApprove: true,
      canWithdraw: false,
    });
    expect(forLead.proposedBy.id).toBe(admin.userId);
    const forAdmin = (await pending(admin)).find((p) => p.id === proposal.id)!;
    expect(forAdmin).toMatchObject({ canApprove: false, canWithdraw: true });

    // Neither the proposer nor another admin may approve access to case content.
    expect((await approve(proposal.id, admin)).json().error.code).toBe('ownProposal');
    const otherAdmin = await signInAs(ctx, 'admin');
    const byAdmin = await approve(proposal.id, otherAdmin);
    expect(byAdmin.statusCode).toBe(403);
    expect(byAdmin.json().error.code).toBe('approverRole');

    const approved = await approve(proposal.id);
    expect(approved.statusCode).toBe(200);
    const body = approved.json();
    expect(body.proposal).toMatchObject({ status: 'approved', canApprove: false });
    expect(body.proposal.decidedBy.id).toBe(lead.userId);
    expect(body.user).toMatchObject({
      email: 'nadia@focalpoint.test',
      role: 'caseworker',
      mustChangePassword: true,
    });
    // The approver holds the password only.
    expect(body.oneTimePassword).toMatch(/^[A-Za-z0-9_-]{5}(-[A-Za-z0-9_-]{5}){3}$/);
    expect(approved.body).not.toContain(secondFactor.totpSecret);

    // The person, given one half by each, signs in as a caseworker.
    const signedIn = await login('nadia@focalpoint.test', body.oneTimePassword, secondFactor.totpSecret);
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().user).toMatchObject({ role: 'caseworker', mustChangePassword: true });

    // Decided once: a second approval changes nothing; the sealed secret is gone from the proposal.
    expect((await approve(proposal.id)).json().error.code).toBe('proposalClosed');
    const { rows } = await ctx.deps.db.query<{ totp_secret_sealed: unknown }>(
      'SELECT totp_secret_sealed FROM account_proposals WHERE id = $1',
      [proposal.id],
    );
    expect(rows[0]?.totp_secret_sealed).toBeNull();
    expect((await audit('user.proposal.made')).at(-1)).toMatchObject({
      actor_id: admin.userId,
      target_id: proposal.id,
      meta: { kind: 'create', role: 'caseworker' },
    });
    expect((await audit('user.proposal.approved')).at(-1)).toMatchObject({
      actor_id: lead.userId,
      meta: { kind: 'create', role: 'caseworker', user: body.user.id },
    });
    expect((await audit('user.created')).at(-1)).toMatchObject({
      actor_id: lead.userId,
      target_id: body.user.id,
    });
  });

  it('raises an analyst to supervisor with new credentials: the old ones stop working, sessions end', async () => {
    const analyst = await signInAs(ctx, 'analyst');
    const made = (await propose({ kind: 'elevate', userId: analyst.userId, role: 'supervisor' })).json();
    expect(made.proposal).toMatchObject({ kind: 'elevate', role: 'supervisor', fromRole: 'analyst' });
    // Still an analyst until approved.
    expect((await api(analyst, 'GET', '/api/v1/auth/session')).json().user.role).toBe('analyst');
    const approved = (await approve(made.proposal.id)).json();
    expect(approved.user.role).toBe('supervisor');
    expect((await api(analyst, 'GET', '/api/v1/auth/session')).statusCode).toBe(401);
    nextStep();
    expect((await login(analyst.email, analyst.password, analyst.totpSecret)).statusCode).toBe(401);
    nextStep();
    const res = await login(analyst.email, approved.oneTimePassword, made.secondFactor.totpSecret);
    expect(res.json().user.role).toBe('supervisor');
    expect((await audit('user.role_changed')).at(-1)).toMatchObject({
      actor_id: lead.userId,
      meta: { from: 'analyst', to: 'supervisor' },
    });
  });

  it('resets a supervisor with another supervisor’s approval, never their own', async () => {
    const other = await signInAs(ctx, 'supervisor');
    const made = (await propose({ kind: 'reset', userId: other.userId })).json();
    const own = await approve(made.proposal.id, other);
    expect(own.statusCode).toBe(403);
    expect(own.json().error.code).toBe('ownAccount');
    expect((await pending(other)).find((p) => p.id === made.proposal.id)?.canApprove).toBe(false);
    const approved = await approve(made.proposal.id);
    expect(approved.statusCode).toBe(200);
    const res = await login(other.email, approved.json().oneTimePassword, made.secondFactor.totpSecret);
    expect(res.statusCode).toBe(200);
  });

  it('enables a disabled caseworker again once approved, with the credentials they had', async () => {
    const caseworker = await signInAs(ctx, 'caseworker');
    await api(admin, 'PATCH', `/api/v1/users/${caseworker.userId}`, { disabled: true });
    const made = (await propose({ kind: 'enable', userId: caseworker.userId })).json();
    expect(made.secondFactor).toBeNull();
    const approved = (await approve(made.proposal.id)).json();
    expect(approved).toMatchObject({ oneTimePassword: null, user: { disabled: false } });
    nextStep();
    expect((await login(caseworker.email, caseworker.password, caseworker.totpSecret)).statusCode).toBe(200);
    // Not disabled any more: nothing to propose.
    expect((await propose({ kind: 'enable', userId: caseworker.userId })).json().error.code).toBe(
      'notDisabled',
    );
  });

  it('makes an administrator with a second admin’s or a supervisor’s approval', async () => {
    const second = await signInAs(ctx, 'admin');
    const byAdmin = (
      await propose({ kind: 'create', email: 'admin.two@focalpoint.test', role: 'admin' })
    ).json();
    expect((await approve(byAdmin.proposal.id, second)).json().user.role).toBe('admin');
    const bySupervisor = (
      await propose({ kind: 'create', email: 'admin.three@focalpoint.test', role: 'admin' })
    ).json();
    expect((await approve(bySupervisor.proposal.id, lead)).json().user.role).toBe('admin');
  });

  it('refuses and withdraws: nothing is made, and the decision is audited', async () => {
    const refused = (
      await propose({ kind: 'create', email: 'refused@focalpoint.test', role: 'supervisor' })
    ).json();
    const res = await refuse(refused.proposal.id);
    expect(res.json()).toMatchObject({ status: 'refused' });
    expect((await approve(refused.proposal.id)).json().error.code).toBe('proposalClosed');
    const withdrawn = (
      await propose({ kind: 'create', email: 'withdrawn@focalpoint.test', role: 'caseworker' })
    ).json();
    expect((await refuse(withdrawn.proposal.id, admin)).json()).toMatchObject({ status: 'withdrawn' });
    const emails = ((await api(admin, 'GET', '/api/v1/users')).json().items as { email: string }[]).map(
      (u) => u.email,
    );
    expect(emails).not.toContain('refused@focalpoint.test');
    expect(emails).not.toContain('withdrawn@focalpoint.test');
    expect((await audit('user.proposal.refused')).at(-1)).toMatchObject({ actor_id: lead.userId });
    expect((await audit('user.proposal.withdrawn')).at(-1)).toMatchObject({ actor_id: admin.userId });
    expect((await pending(lead)).map((p) => p.id)).not.toContain(refused.proposal.id);
  });

  it('expires after 7 days; a new proposal for the same address may then be made', async () => {
    const made = (
      await propose({ kind: 'create', email: 'late@focalpoint.test', role: 'intake_officer' })
    ).json();
    const again = await propose({ kind: 'create', email: 'late@focalpoint.test', role: 'intake_officer' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('proposalPending');
    ctx.clock.set(ctx.clock.ms() + 7 * 86_400_000 + 1);
    // (a week later every session has ended: both sign in again)
    admin = await signInAs(ctx, 'admin');
    lead = await signInAs(ctx, 'supervisor');
    const late = await approve(made.proposal.id);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toMatch(/more than 7 days old/);
    expect((await pending(lead)).map((p) => p.id)).not.toContain(made.proposal.id);
    const renewed = await propose({ kind: 'create', email: 'late@focalpoint.test', role: 'intake_officer' });
    expect(renewed.statusCode).toBe(201);
  });

  it('refuses an approval when the account changed since the proposal', async () => {
    const caseworker = await signInAs(ctx, 'caseworker');
    const made = (await propose({ kind: 'elevate', userId: caseworker.userId, role: 'supervisor' })).json();
    // Meanwhile the admin narrows the account alone; the approver was asked about a caseworker.
    expect(
      (await api(admin, 'PATCH', `/api/v1/users/${caseworker.userId}`, { role: 'analyst' })).statusCode,
    ).toBe(200);
    const res = await approve(made.proposal.id);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('proposalStale');
  });

  it('refuses proposals that need no second person, or that concern the proposer', async () => {
    const analyst = await signInAs(ctx, 'analyst');
    expect(
      (await propose({ kind: 'create', email: 'plain@focalpoint.test', role: 'analyst' })).json().error.code,
    ).toBe('noApprovalNeeded');
    expect((await propose({ kind: 'reset', userId: analyst.userId })).json().error.code).toBe(
      'noApprovalNeeded',
    );
    expect((await propose({ kind: 'reset', userId: admin.userId })).json().error.code).toBe('ownAccount');
    expect((await propose({ kind: 'create', email: lead.email, role: 'caseworker' })).statusCode).toBe(409);
    const bad = await propose({ kind: 'promote', userId: analyst.userId });
    expect(bad.statusCode).toBe(400);
    // Only admins propose; supervisors and admins review; nobody else sees proposals.
    expect((await propose({ kind: 'reset', userId: analyst.userId }, lead)).statusCode).toBe(403);
    expect((await api(analyst, 'GET', '/api/v1/users/proposals')).statusCode).toBe(403);
  });

  it('an admin alone never ends up holding a content-role account', async () => {
    // The adversary's attempt: propose a supervisor, then every way to get its password without a
    // supervisor's approval. Each answer the admin can obtain holds the second factor at most.
    const made = (
      await propose({ kind: 'create', email: 'puppet@focalpoint.test', role: 'supervisor' })
    ).json();
    const answers = [
      await approve(made.proposal.id, admin),
      await api(admin, 'GET', '/api/v1/users/proposals'),
      await api(admin, 'GET', '/api/v1/users'),
      await api(admin, 'POST', '/api/v1/users', { email: 'puppet@focalpoint.test', role: 'supervisor' }),
    ];
    for (const res of answers) expect(res.body).not.toMatch(/oneTimePassword|"password"/);
    const { rows } = await ctx.deps.db.query('SELECT 1 FROM users WHERE email = $1', [
      'puppet@focalpoint.test',
    ]);
    expect(rows).toHaveLength(0);
  });
});
