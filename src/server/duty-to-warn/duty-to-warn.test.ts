import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewWarning, WarningList, WarningView } from '../../shared/contracts/duty-to-warn.ts';
import { createPartnerOrg, type SignedIn, signInAs } from '../auth/testing.ts';
import { seedReport } from '../cases/testing/factory.ts';
import { findStored } from '../testing/stored-everywhere.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { warningCounts } from './counts.ts';

/**
 * Duty to warn, as the check describes it: a caseworker records that someone named as a target in two
 * other reports faces a credible threat; a supervisor who did not open it signs it off and gives the
 * delivery to a police partner; the partner reads the person and the threat (never why it is credible) and
 * records the delivery and the person's acknowledgement; the caseworker records the outcome. Each step is
 * audited with codes only; who the person is and the assessment are sealed.
 */
let ctx: TestContext;
let caseworker: SignedIn;
let otherCaseworker: SignedIn;
let supervisor: SignedIn;
let police: SignedIn;
let otherPolice: SignedIn;
let analyst: SignedIn;
let policeOrg: string;

beforeAll(async () => {
  ctx = await startTestContext();
  policeOrg = await createPartnerOrg(ctx, { name: 'Regional police liaison', kind: 'police' });
  [caseworker, otherCaseworker, supervisor, police, otherPolice, analyst] = await Promise.all([
    signInAs(ctx, 'caseworker'),
    signInAs(ctx, 'caseworker'),
    signInAs(ctx, 'supervisor'),
    signInAs(ctx, 'partner', { partnerOrgId: policeOrg }),
    signInAs(ctx, 'partner'),
    signInAs(ctx, 'analyst'),
  ]);
}, 60_000);
afterAll(() => ctx?.close());

const tag = randomBytes(4).toString('hex').toUpperCase();
const canaries = {
  name: `Person-Canary-${tag} Dolkar`,
  contact: `Contact-Canary-${tag} via the temple office`,
  threat: `Threat-Canary-${tag}: a plan to abduct her on her next trip`,
  basis: `Basis-Canary-${tag}: two independent reports name her and her schedule`,
};

const post = (who: SignedIn, url: string, payload: object) =>
  ctx.app.inject({ method: 'POST', url, headers: who.headers, payload });
const get = (who: SignedIn, url: string) => ctx.app.inject({ url, headers: who.headers });

describe('a warning for someone named in two other reports', () => {
  let warning: WarningView;
  let related: { reference: string; caseId: string }[];

  it('is opened by a caseworker with who and why sealed, awaiting a supervisor', async () => {
    related = await Promise.all([seedReport(ctx.deps), seedReport(ctx.deps)]);
    const body: NewWarning = {
      person: { name: canaries.name, contact: canaries.contact, language: 'bo', notes: '' },
      assessment: {
        threat: canaries.threat,
        basis: canaries.basis,
        severity: 'abduction',
        credibility: 'corroborated',
      },
      relatedReferences: related.map((r) => r.reference.toLowerCase()),
    };
    const res = await post(caseworker, '/api/v1/duty-to-warn', body);
    expect(res.statusCode, res.body).toBe(201);
    warning = res.json() as WarningView;
    expect(warning.status).toBe('awaiting_signoff');
    expect(warning.person.name).toBe(canaries.name);
    expect(warning.relatedCases.map((c) => c.reference).sort()).toEqual(
      related.map((r) => r.reference).sort(),
    );
    expect(warning.permissions.signOff).toBe(false);

    // A reference that names nothing is refused, naming the field.
    const unknown = await post(caseworker, '/api/v1/duty-to-warn', {
      ...body,
      relatedReferences: ['FP-ZZZZZZZ'],
    });
    expect(unknown.statusCode).toBe(400);
  });

  it('is hidden from a caseworker who has no part in it, from partners before sign-off and from analysts', async () => {
    expect((await get(otherCaseworker, `/api/v1/duty-to-warn/${warning.id}`)).statusCode).toBe(404);
    expect((await get(police, `/api/v1/partner/duty-to-warn/${warning.id}`)).statusCode).toBe(404);
    expect((await get(analyst, '/api/v1/duty-to-warn')).statusCode).toBe(403);
    const list = (await get(otherCaseworker, '/api/v1/duty-to-warn')).json() as WarningList;
    expect(list.items.map((w) => w.id)).not.toContain(warning.id);
  });

  it('is signed off by a supervisor who did not open it, who gives its delivery to the police partner', async () => {
    const signer = await signInAs(ctx, 'supervisor');
    const ownWarning = (await post(signer, '/api/v1/duty-to-warn', {
      person: { name: 'Someone else' },
      assessment: { threat: 'a threat', basis: 'a basis', severity: 'death', credibility: 'credible_source' },
    }).then((r) => r.json())) as WarningView;
    const own = await post(signer, `/api/v1/duty-to-warn/${ownWarning.id}/signoff`, {
      decision: 'approved',
      deliveryMethod: 'caseworker',
    });
    expect(own.statusCode).toBe(403);

    const viewed = (await get(supervisor, `/api/v1/duty-to-warn/${warning.id}`)).json() as WarningView;
    expect(viewed.permissions.signOff).toBe(true);
    const res = await post(supervisor, `/api/v1/duty-to-warn/${warning.id}/signoff`, {
      decision: 'approved',
      note: 'Deliver in person, today.',
      deliveryMethod: 'police_partner',
      partnerOrgId: policeOrg,
    });
    expect(res.statusCode, res.body).toBe(200);
    const signed = res.json() as WarningView;
    expect(signed.status).toBe('approved');
    expect(signed.partnerOrg?.name).toBe('Regional police liaison');
    expect(signed.signoff?.by?.id).toBe(supervisor.userId);
    // Signed off once only.
    expect(
      (
        await post(supervisor, `/api/v1/duty-to-warn/${warning.id}/signoff`, {
          decision: 'declined',
        })
      ).statusCode,
    ).toBe(409);
  });

  it('is delivered by the police partner, who reads the person and the threat but not why it is credible', async () => {
    const list = (await get(police, '/api/v1/partner/duty-to-warn')).json() as WarningList;
    expect(list.items.map((w) => w.id)).toEqual([warning.id]);
    expect((await get(otherPolice, `/api/v1/partner/duty-to-warn/${warning.id}`)).statusCode).toBe(404);

    const opened = await get(police, `/api/v1/partner/duty-to-warn/${warning.id}`);
    expect(opened.statusCode).toBe(200);
    const seen = opened.json() as WarningView;
    expect(seen.person.name).toBe(canaries.name);
    expect(seen.threat).toBe(canaries.threat);
    expect(seen.assessment).toBeNull();
    expect(seen.relatedCases).toEqual([]);
    expect(opened.body).not.toContain(canaries.basis);
    expect(opened.body).not.toContain('Deliver in person, today.');
    expect(seen.permissions.recordDelivery).toBe(true);

    // A caseworker cannot record a delivery given to the police.
    expect(
      (
        await post(caseworker, `/api/v1/duty-to-warn/${warning.id}/delivery`, {
          channel: 'phone',
          acknowledgement: 'acknowledged',
        })
      ).statusCode,
    ).toBe(403);

    const delivered = await post(police, `/api/v1/partner/duty-to-warn/${warning.id}/delivery`, {
      channel: 'in_person',
      acknowledgement: 'acknowledged',
      note: 'Told at home with an interpreter.',
    });
    expect(delivered.statusCode, delivered.body).toBe(200);
    expect((delivered.json() as WarningView).status).toBe('delivered');
  });

  it('is closed with its outcome by the caseworker who opened it, every step audited in codes', async () => {
    const res = await post(caseworker, `/api/v1/duty-to-warn/${warning.id}/outcome`, {
      outcome: 'protective_measures',
    });
    expect(res.statusCode, res.body).toBe(200);
    const closed = res.json() as WarningView;
    expect(closed.status).toBe('closed');
    expect(closed.acknowledgement).toBe('acknowledged');
    expect(closed.events.map((e) => e.kind)).toEqual(['opened', 'signed_off', 'delivered', 'closed']);

    const { rows } = await ctx.deps.db.query<{ action: string; meta: unknown }>(
      `SELECT action, meta FROM audit_log WHERE target_id = $1 ORDER BY seq`,
      [warning.id],
    );
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'duty_to_warn.opened',
        'duty_to_warn.signed_off',
        'duty_to_warn.delivered',
        'duty_to_warn.closed',
      ]),
    );
    const audit = JSON.stringify(rows);
    for (const c of Object.values(canaries)) expect(audit).not.toContain(c);
  });

  it('stores who the person is and the assessment nowhere in clear', async () => {
    const stored = await findStored(
      ctx,
      Object.fromEntries(Object.entries(canaries).map(([k, v]) => [k, Buffer.from(v)])),
    );
    expect(stored.found).toEqual([]);
  });

  it('is counted in the dashboards, a count from 1 to 4 never shown', async () => {
    const counts = await warningCounts(ctx.deps.db, { from: null, to: null });
    // Two opened (the one delivered, the signer's own), one approved, delivered and acknowledged.
    expect(counts.opened).toEqual({ count: null, suppressed: true });
    expect(counts.delivered).toEqual({ count: null, suppressed: true });
    for (let i = 0; i < 3; i++) {
      await post(caseworker, '/api/v1/duty-to-warn', {
        person: { name: `Person ${i}` },
        assessment: {
          threat: 'a threat',
          basis: 'a basis',
          severity: 'death',
          credibility: 'credible_source',
        },
      });
    }
    expect((await warningCounts(ctx.deps.db, { from: null, to: null })).opened).toEqual({
      count: 5,
      suppressed: false,
    });
  });
});
