import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOperation } from '../admin/operation.ts';
import { createPartnerOrg, type SignedIn, signInAs } from '../auth/testing.ts';
import { seedCampaign, seedReferral, seedReport } from '../dashboards/test-factory.ts';
import { allOperations } from '../features.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { renderPeriodicReportHtml } from './html.ts';
import { buildPeriodicReport } from './model.ts';
import './operations.ts';
import { renderPeriodicReportPdf } from './pdf.ts';

let ctx: TestContext;
let analyst: SignedIn;
let dir: string;
const SECRET = 'They followed my sister to class';
/** Institutions with fewer than 5 reports in the period: never named in the report. */
/** Two institutions of the list with too few reports to be named: their codes, and their names. */
const SMALL_INSTITUTIONS = ['qc_bishops', 'bc_capilano'] as const;
const SMALL_NAMES = ['Bishop', 'Capilano'];

beforeAll(async () => {
  ctx = await startTestContext();
  analyst = await signInAs(ctx, 'analyst');
  const supervisor = await signInAs(ctx, 'supervisor');
  dir = await mkdtemp(path.join(tmpdir(), 'fp-periodic-'));
  const cases: string[] = [];
  // 7 in January (5 at one university, 2 at a college), 4 in March (1 at an institute); 2 in July fall
  // outside the period.
  const january = (i: number) => (i < 5 ? 'qc_udem' : SMALL_INSTITUTIONS[0]);
  for (let i = 0; i < 7; i++) {
    const r = await seedReport(ctx.deps, {
      receivedAt: new Date(`2026-01-${String(10 + i).padStart(2, '0')}T10:00:00Z`),
      tactics: ['death_threat'],
      communities: ['uyghur'],
      risk: i < 2 ? 'immediate' : 'medium',
      narrative: SECRET,
      identity: { name: 'Aysha Test', email: 'aysha@example.org' },
      acknowledgedAfterHours: 3,
      institution: january(i),
    });
    cases.push(r.caseId);
  }
  for (let i = 0; i < 4; i++) {
    const r = await seedReport(ctx.deps, {
      receivedAt: new Date(`2026-03-0${i + 1}T10:00:00Z`),
      tactics: ['phishing'],
      communities: ['hong_kong'],
      province: 'BC',
      risk: 'low',
      ...(i === 0 ? { institution: SMALL_INSTITUTIONS[1] } : {}),
    });
    cases.push(r.caseId);
  }
  for (let i = 0; i < 2; i++) await seedReport(ctx.deps, { receivedAt: new Date('2026-07-02T10:00:00Z') });
  await seedCampaign(ctx.deps, { status: 'confirmed', caseIds: cases.slice(0, 5) });
  await seedCampaign(ctx.deps, { status: 'suggested', caseIds: cases.slice(7, 9) });
  const police = await createPartnerOrg(ctx, { kind: 'police', name: 'Secret Squad Name' });
  await seedReferral(ctx.deps, {
    caseId: cases[0]!,
    partnerOrgId: police,
    createdBy: supervisor.userId,
    outcome: 'charges_laid',
  });
  await seedReferral(ctx.deps, { caseId: cases[1]!, partnerOrgId: police, createdBy: supervisor.userId });
});

afterAll(async () => {
  await ctx?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const PERIOD = { from: '2026-01-01', to: '2026-06-30' } as const;
/** The text a PDF shows: pdfkit writes each line as one TJ array of hex strings in WinAnsi (≈ latin1). */
function pdfText(pdf: Buffer): string {
  const lines: string[] = [];
  for (const m of pdf.toString('latin1').matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    const content = inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
    for (const tj of content.matchAll(/\[([^\]]*)\] TJ/g)) {
      const hex = [...tj[1]!.matchAll(/<([0-9a-f]*)>/g)].map((h) => h[1]).join('');
      lines.push(Buffer.from(hex, 'hex').toString('latin1'));
    }
  }
  return lines.join('\n');
}

const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

describe('the periodic report', () => {
  it('holds the period’s figures', async () => {
    const r = await buildPeriodicReport(ctx.deps, { ...PERIOD, lang: 'en' });
    expect(r.summary).toMatchObject({
      reports: 11,
      cases: 11,
      campusReports: 8,
      referrals: 2,
      campaigns: 2,
      highRisk: 2,
      ackMedianHours: 3,
    });
    expect(r.trend.map((m) => m.count)).toEqual([7, 0, 4, 0, 0, 0]);
    expect(r.campuses).toEqual([
      { key: 'qc_udem', label: 'Université de Montréal', count: 5 },
      { key: 'other', label: 'Other institutions (not on the list, or fewer than 5 reports each)', count: 3 },
    ]);
    expect(r.campaigns.map((c) => [c.label, c.status, c.cases])).toEqual([
      ['Campaign 1', 'Confirmed', 5],
      ['Campaign 2', 'Suggested', 2],
    ]);
  });

  it('renders self-contained HTML with the figures, charts and tables, in English and French', async () => {
    const en = renderPeriodicReportHtml(await buildPeriodicReport(ctx.deps, { ...PERIOD, lang: 'en' }));
    expect(en).toContain('<html lang="en">');
    expect(en).toMatch(/<dt>Reports received<\/dt><dd>11<\/dd>/);
    expect(en).toMatch(/<dt>Reports from educational institutions<\/dt><dd>8<\/dd>/);
    expect(en).toContain('Université de Montréal');
    expect(en).toContain('Charges laid');
    expect((en.match(/<svg /g) ?? []).length).toBeGreaterThanOrEqual(8);
    expect((en.match(/<table>/g) ?? []).length).toBeGreaterThanOrEqual(9);
    // Nothing loaded from anywhere, no script, and nothing about any person.
    expect(en).not.toMatch(/<script|<link|\ssrc=|url\(|(?<!xmlns=")https?:\/\//);
    for (const secret of [SECRET, 'Aysha', 'aysha@example.org', 'Secret Squad Name', 'FP-']) {
      expect(en).not.toContain(secret);
    }
    const fr = renderPeriodicReportHtml(await buildPeriodicReport(ctx.deps, { ...PERIOD, lang: 'fr' }));
    expect(fr).toContain('<html lang="fr">');
    expect(fr).toMatch(/<dt>Signalements reçus<\/dt><dd>11<\/dd>/);
    expect(fr).toContain('Accusations portées');
    expect(fr).toContain('Campagne 1');
    // Every report names China as the state suspected to be behind it, named in the report's language.
    const section = (doc: string) => doc.match(/<section id="suspected-state"[\s\S]*?<\/section>/)?.[0] ?? '';
    expect(section(en)).toContain('China');
    expect(section(fr)).toContain('Chine');
  });

  it('names no institution with fewer than 5 reports: they are counted together, in HTML and PDF, in English and French', async () => {
    const expected = {
      en: 'Other institutions (not on the list, or fewer than 5 reports each)',
      fr: 'Autres établissements (hors de la liste, ou moins de 5 signalements chacun)',
    };
    for (const lang of ['en', 'fr'] as const) {
      const model = await buildPeriodicReport(ctx.deps, { ...PERIOD, lang });
      expect(model.campuses.map((b) => [b.label, b.count])).toEqual([
        ['Université de Montréal', 5],
        [expected[lang], 3],
      ]);
      const html = renderPeriodicReportHtml(model);
      const pdf = pdfText(await renderPeriodicReportPdf(model));
      for (const shown of [html, pdf]) {
        expect(shown).toContain('Université de Montréal');
        expect(shown).toContain(expected[lang]);
        for (const small of [...SMALL_INSTITUTIONS, ...SMALL_NAMES]) expect(shown).not.toContain(small);
      }
    }
  });

  it('renders a PDF of several pages', async () => {
    const pdf = await renderPeriodicReportPdf(await buildPeriodicReport(ctx.deps, { ...PERIOD, lang: 'fr' }));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(3);
    const en = await renderPeriodicReportPdf(await buildPeriodicReport(ctx.deps, { ...PERIOD, lang: 'en' }));
    expect(pageCount(en)).toBeGreaterThanOrEqual(3);
    // Kept for a person (or pdftoppm) to look at: $TMPDIR/fp-periodic-report-en.pdf.
    await writeFile(path.join(tmpdir(), 'fp-periodic-report-en.pdf'), en);
    await writeFile(path.join(tmpdir(), 'fp-periodic-report-fr.pdf'), pdf);
  });

  it('is written to a file by the `report.periodic` operation, and audited', async () => {
    const out = path.join(dir, 'report.html');
    const result = await runOperation(
      ctx.deps,
      allOperations(),
      'report.periodic',
      { ...PERIOD, lang: 'en', format: 'html', out },
      () => {},
    );
    expect(result).toMatchObject({ type: 'result', ok: true });
    expect(await readFile(out, 'utf8')).toMatch(/<dt>Reports received<\/dt><dd>11<\/dd>/);
    const pdfOut = path.join(dir, 'report.pdf');
    await runOperation(
      ctx.deps,
      allOperations(),
      'report.periodic',
      { ...PERIOD, lang: 'fr', format: 'pdf', out: pdfOut },
      () => {},
    );
    expect((await readFile(pdfOut)).subarray(0, 4).toString()).toBe('%PDF');
    const bad = await runOperation(
      ctx.deps,
      allOperations(),
      'report.periodic',
      { ...PERIOD, lang: 'de', format: 'pdf', out: pdfOut },
      () => {},
    );
    expect(bad).toMatchObject({ ok: false });
    const { rows } = await ctx.deps.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'report.periodic.written'",
    );
    expect(rows[0]?.n).toBe(2);
  });

  it('downloads from the console route for analysts, audited', async () => {
    const res = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/reports/periodic?from=2026-01-01&to=2026-06-30&lang=en&format=pdf',
      headers: analyst.headers,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('focalpoint-report-2026-01-01-2026-06-30-en.pdf');
    expect(res.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    const html = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/reports/periodic?from=2026-01-01&to=2026-06-30&lang=fr&format=html',
      headers: analyst.headers,
    });
    expect(html.statusCode).toBe(200);
    expect(html.body).toContain('Signalements reçus');
    const { rows } = await ctx.deps.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'report.periodic.downloaded'",
    );
    expect(rows[0]?.n).toBe(2);
    const backwards = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/reports/periodic?from=2026-06-30&to=2026-01-01',
      headers: analyst.headers,
    });
    expect(backwards.statusCode).toBe(400);
    const caseworker = await signInAs(ctx, 'caseworker');
    const denied = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/reports/periodic?from=2026-01-01&to=2026-06-30',
      headers: caseworker.headers,
    });
    expect(denied.statusCode).toBe(403);
  });
});
