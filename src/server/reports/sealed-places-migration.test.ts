import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseView } from '../../shared/contracts/cases.ts';
import { signInAs } from '../auth/testing.ts';
import { createBackup } from '../backup/backup.ts';
import { restoreBackup } from '../backup/restore.ts';
import { seedReport } from '../cases/testing/factory.ts';
import { migrationSteps } from '../db/migrations/steps.ts';
import { migrate } from '../platform/db/migrate.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { openPlace, type ReportPlace } from './sealing.ts';

/**
 * Migrations 0031/0032 on an installation that stored a report's city and institution name in clear and
 * named suspected states in an `origin_state` vocabulary: the data step seals every place under its
 * report's data key, an institution written as the list writes it becomes its code and any other becomes
 * `other` with its name sealed, the clear city goes and the table is rewritten without it. Every report
 * keeps its codes. A backup taken before the migration restores into the new schema the same way.
 */

const KEY = Buffer.alloc(32, 9).toString('base64');
const CANARY = 'Canary-Town';

type Before = { city: string | null; institution: string | null };
/** What each report stored in clear before 0031, by report id. */
const BEFORE: Record<string, Before> = {};
/** What each report's place and institution code must be after it. */
const AFTER: Record<string, { place: ReportPlace; institution: string | null }> = {};

let ctx: TestContext;
let caseWithPlace: string;

/** The reports table as it was before 0031: the city and an institution's name in clear, nothing sealed. */
async function backToClearPlaces(c: TestContext) {
  await c.deps.db.exec(`
    ALTER TABLE reports DROP CONSTRAINT reports_institution_code;
    ALTER TABLE reports ADD COLUMN city text;
    ALTER TABLE reports DROP COLUMN place_sealed;
    DROP TABLE taxonomy_pack_terms, taxonomy_packs;
    DELETE FROM taxonomy_terms WHERE vocabulary = 'institution';
    ALTER TABLE taxonomy_terms DROP COLUMN attributes;
    INSERT INTO taxonomy_terms (vocabulary, code, labels, sort_order)
      VALUES ('origin_state', 'CN', '{"en": "China"}', 10), ('origin_state', 'IR', '{"en": "Iran"}', 20);
    DELETE FROM schema_migrations WHERE version IN ('0031_sealed_places_and_packs', '0032_drop_clear_places');`);
  for (const [id, b] of Object.entries(BEFORE)) {
    await c.deps.db.query('UPDATE reports SET city = $2, institution = $3 WHERE id = $1', [
      id,
      b.city,
      b.institution,
    ]);
  }
}

async function columnsOfReports(c: TestContext): Promise<string[]> {
  const { rows } = await c.deps.db.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
      WHERE table_name = 'reports' AND column_name IN ('city', 'place_sealed') ORDER BY column_name`,
  );
  return rows.map((r) => r.column_name);
}

async function placesOf(c: TestContext) {
  const { rows } = await c.deps.db.query<{ id: string; institution: string | null; place_sealed: unknown }>(
    'SELECT id, institution, place_sealed FROM reports',
  );
  const out: typeof AFTER = {};
  for (const r of rows) {
    out[r.id] = {
      place: await openPlace(c.deps.vault, c.deps.db, r.id, r.place_sealed),
      institution: r.institution,
    };
  }
  return out;
}

beforeAll(async () => {
  ctx = await startTestContext({ FOCALPOINT_MASTER_KEY: KEY });
  const cases: { before: Before; after: (typeof AFTER)[string] }[] = [
    // A listed institution written as the list writes it, in another case and without its accents.
    {
      before: { city: `${CANARY} 1`, institution: 'universite mcgill' },
      after: { place: { city: `${CANARY} 1`, institutionOther: null }, institution: 'qc_mcgill' },
    },
    // Not on the list: `other`, its name sealed.
    {
      before: { city: null, institution: `${CANARY} Institute` },
      after: { place: { city: null, institutionOther: `${CANARY} Institute` }, institution: 'other' },
    },
    // Neither: nothing sealed.
    {
      before: { city: '  ', institution: null },
      after: { place: { city: null, institutionOther: null }, institution: null },
    },
  ];
  for (const [i, c] of cases.entries()) {
    const r = await seedReport(ctx.deps, { narrative: `Report ${i}`, tactics: ['death_threat', 'doxxing'] });
    if (i === 0) caseWithPlace = r.caseId;
    BEFORE[r.reportId] = c.before;
    AFTER[r.reportId] = c.after;
  }
  await backToClearPlaces(ctx);
});
afterAll(async () => {
  await ctx?.close();
});

describe('migrations 0031_sealed_places_and_packs and 0032_drop_clear_places', () => {
  it('cannot run without the data step: the whole migration is refused and nothing changes', async () => {
    await expect(migrate(ctx.deps.db)).rejects.toThrow();
    expect(await columnsOfReports(ctx)).toEqual(['city']);
  });

  it('seals every stored place, turns institutions into codes, drops the clear city and keeps every code', async () => {
    const { rows: codesBefore } = await ctx.deps.db.query(
      'SELECT id, tactics, communities, suspected_state FROM reports ORDER BY id',
    );
    const applied = await migrate(ctx.deps.db, { steps: migrationSteps({ vault: ctx.deps.vault }) });
    expect(applied).toEqual(['0031_sealed_places_and_packs', '0032_drop_clear_places']);
    expect(await columnsOfReports(ctx)).toEqual(['place_sealed']);
    expect(await placesOf(ctx)).toEqual(AFTER);
    const { rows: codesAfter } = await ctx.deps.db.query(
      'SELECT id, tactics, communities, suspected_state FROM reports ORDER BY id',
    );
    expect(codesAfter).toEqual(codesBefore);
    // No clear place anywhere in a live row; the old vocabulary of states is gone.
    const { rows } = await ctx.deps.db.query<{ t: string }>('SELECT r::text AS t FROM reports r');
    expect(rows.some((r) => r.t.includes(CANARY))).toBe(false);
    const { rows: origin } = await ctx.deps.db.query(
      "SELECT 1 FROM taxonomy_terms WHERE vocabulary = 'origin_state'",
    );
    expect(origin).toHaveLength(0);
  });

  it('shows the place to staff who read the case, and never to an analyst', async () => {
    const view = async (role: 'intake_officer' | 'analyst') => {
      const who = await signInAs(ctx, role);
      const res = await ctx.app.inject({ url: `/api/v1/cases/${caseWithPlace}`, headers: who.headers });
      expect(res.statusCode, res.body).toBe(200);
      return (res.json() as CaseView).reports[0]!.classification;
    };
    expect(await view('intake_officer')).toMatchObject({ city: `${CANARY} 1`, institution: 'qc_mcgill' });
    expect(await view('analyst')).toMatchObject({
      city: null,
      institutionOther: null,
      institution: 'qc_mcgill',
    });
  });

  it('restores a backup taken before it, sealing places on the way in', async () => {
    const file = path.join(ctx.dataDir, 'new.fpb');
    await createBackup(ctx.deps, { file });
    // The same backup as the schema before 0031 wrote it: clear places, the old state vocabulary, no packs.
    const lines = gunzipSync(await readFile(file))
      .toString('utf8')
      .split('\n');
    const old = lines.flatMap((line) => {
      if (!line) return [line];
      const item = JSON.parse(line);
      if (item.format) {
        item.migrations = item.migrations.filter((m: string) => m < '0031');
        item.tables = item.tables.filter((t: string) => !t.startsWith('taxonomy_pack'));
      } else if (item.t === 'reports') {
        delete item.r.place_sealed;
        item.r.city = BEFORE[item.r.id]?.city ?? null;
        item.r.institution = BEFORE[item.r.id]?.institution ?? null;
      } else if (item.t?.startsWith('taxonomy_pack')) {
        return [];
      } else if (item.t === 'taxonomy_terms') {
        if (item.r.vocabulary === 'institution') return [];
        delete item.r.attributes;
      }
      return [JSON.stringify(item)];
    });
    const oldFile = path.join(ctx.dataDir, 'old.fpb');
    await writeFile(oldFile, gzipSync(old.join('\n')));

    const target = await startTestContext({ FOCALPOINT_MASTER_KEY: KEY });
    try {
      await restoreBackup(target.deps, { file: oldFile });
      expect(await placesOf(target)).toEqual(AFTER);
      // The packs and the institution list are there at once, as after a start.
      const { rows } = await target.deps.db.query<{ n: number }>(
        "SELECT (SELECT count(*) FROM taxonomy_packs)::int + (SELECT count(*) FROM taxonomy_terms WHERE vocabulary = 'institution')::int AS n",
      );
      expect(rows[0]!.n).toBeGreaterThan(100);
    } finally {
      await target.close();
    }
  });
});
