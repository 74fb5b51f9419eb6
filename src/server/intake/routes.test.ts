import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from '../auth/testing.ts';
import { openDigests, type SealedDigestColumns } from '../evidence/sealing.ts';
import { exifWithGps, makeJpeg } from '../evidence/testing/fixtures.ts';
import { RECEIPT_ALPHABET } from '../platform/crypto/receipts.ts';
import { asBuffer } from '../platform/db/db.ts';
import { DEFAULT_PUBLIC_LIMITS } from '../platform/http/rate-limit.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { multipartBody, nextAddress, solvedProof } from './testing/http.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestContext({ FOCALPOINT_MAX_UPLOAD_MB: '1' });
  ctx.deps.runtime.limits.configure({ powDifficulty: 8 });
});
afterAll(async () => {
  await ctx?.close();
});

const report = {
  language: 'en',
  narrative: 'Someone on WeChat wrote that they will kill me if I speak at the rally again.',
  incident: { startedOn: '2026-10-01', ongoing: true, province: 'ON', city: 'Toronto' },
  tactics: ['death_threat', 'abusive_messages'],
  communities: ['uyghur'],
  channels: ['messaging_app'],
  suspectedState: 'CN',
  perpetrators: [{ indicators: [{ kind: 'account', platform: 'wechat', value: 'wxid_abc123' }] }],
  reporter: { anonymous: true },
  consents: { contact: true, referralToPolice: false, anonymisedStatistics: true },
};

const REFERENCE = new RegExp(`^FP-[${RECEIPT_ALPHABET}]{7}$`);
const RECEIPT = new RegExp(`^[${RECEIPT_ALPHABET}]{4}(-[${RECEIPT_ALPHABET}]{4}){4}$`);

async function post(opts: { payload: unknown; headers?: Record<string, string>; address?: string }) {
  return ctx.app.inject({
    method: 'POST',
    url: '/api/v1/reports',
    payload: opts.payload as string,
    headers: opts.headers ?? {},
    remoteAddress: opts.address ?? nextAddress(),
  });
}

async function reportRow(reference: string) {
  const { rows } = await ctx.deps.db.query<Record<string, unknown>>(
    'SELECT r.*, c.status AS case_status, c.risk AS case_risk FROM reports r JOIN cases c ON c.id = r.case_id WHERE r.reference = $1',
    [reference],
  );
  return rows[0]!;
}

describe('POST /api/v1/reports', () => {
  it('takes the JSON of DESIGN.md and answers 201 with a reference and a receipt', async () => {
    const res = await post({ payload: report });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(['receipt', 'reference']);
    expect(body.reference).toMatch(REFERENCE);
    expect(body.receipt).toMatch(RECEIPT);

    const row = await reportRow(body.reference);
    expect(row.risk).toBe('immediate');
    expect(row.case_risk).toBe('immediate');
    expect(row.case_status).toBe('new');
    expect(row.risk_reasons).toEqual(['death_threat_ongoing', 'death_threat']);
    expect(row.tactics).toEqual(['death_threat', 'abusive_messages']);
    expect(row.verified).toBe(false);
    expect(row.consent_contact).toBe(true);
    expect(row.identity_sealed).toBeNull();
    // Sealed under the report's own data key, bound to its place.
    const narrative = await ctx.deps.vault.openText(
      ctx.deps.db,
      row.narrative_sealed,
      `report.narrative:${row.id}`,
    );
    expect(narrative).toBe(report.narrative);
    const details = JSON.parse(
      await ctx.deps.vault.openText(ctx.deps.db, row.details_sealed, `report.details:${row.id}`),
    );
    expect(details.perpetrators[0].indicators[0].value).toBe('wxid_abc123');
    await expect(
      ctx.deps.vault.openText(ctx.deps.db, row.narrative_sealed, `report.narrative:${row.case_id}`),
    ).rejects.toThrow();

    await ctx.settle();
    const { rows: audit } = await ctx.deps.db.query<{ action: string; meta: Record<string, unknown> }>(
      `SELECT action, meta FROM audit_log WHERE target_id = $1`,
      [row.id],
    );
    expect(audit).toEqual([
      { action: 'report.received', meta: { risk: 'immediate', files: 0, verified: false } },
    ]);
  });

  it('takes the form-encoded fields of the public form', async () => {
    const form = new URLSearchParams();
    form.append('language', 'fr');
    form.append('narrative', 'Des policiers ont interrogé mes parents à Lhassa.');
    form.append('tactics', 'family_questioned_or_detained');
    form.append('tactics', 'pressure_to_inform');
    form.append('communities', 'tibetan');
    form.append('perpetrators[0][type]', 'origin_state_police_or_security');
    form.append('perpetrators[0][indicators][0][kind]', 'phone');
    form.append('perpetrators[0][indicators][0][value]', '+86 891 000 0000');
    form.append('reporter[anonymous]', 'false');
    form.append('reporter[email]', 'pema@example.org');
    form.append('consents[referralToPolice]', 'true');
    const res = await post({
      payload: form.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.statusCode).toBe(201);
    const row = await reportRow(res.json().reference);
    expect(row.language).toBe('fr');
    expect(row.risk).toBe('high');
    expect(row.perpetrator_types).toEqual(['origin_state_police_or_security']);
    expect(row.anonymous).toBe(false);
    expect(row.consent_referral_police).toBe(true);
    expect(row.consent_contact).toBe(false);
    const identity = JSON.parse(
      await ctx.deps.vault.openText(ctx.deps.db, row.identity_sealed, `report.identity:${row.id}`),
    );
    expect(identity.email).toBe('pema@example.org');
  });

  it('takes multipart with evidence: type from content, SHA-256 of the original, sanitised copy', async () => {
    const jpeg = makeJpeg({ exif: exifWithGps({ latitude: [43, 39, 7], artist: 'someone' }) });
    const { payload, headers } = multipartBody(
      {
        narrative: 'Photos of the car parked outside my home every night.',
        tactics: 'physical_surveillance',
        channels: 'home',
      },
      [
        { filename: 'car.png', contentType: 'image/png', bytes: jpeg },
        { filename: 'notes.txt', contentType: 'text/plain', bytes: Buffer.from('Plate ABC 123, 22:40\n') },
        { filename: '', bytes: Buffer.alloc(0) },
      ],
    );
    const res = await post({ payload, headers });
    expect(res.statusCode).toBe(201);
    const row = await reportRow(res.json().reference);
    expect(row.risk).toBe('high');
    expect(row.risk_reasons).toEqual(['physical_surveillance_at_home']);
    const { rows: files } = await ctx.deps.db.query<Record<string, unknown>>(
      'SELECT * FROM evidence_files WHERE report_id = $1 ORDER BY media_type',
      [row.id],
    );
    expect(files.map((f) => f.media_type)).toEqual(['image/jpeg', 'text/plain']);
    const photo = files[0]!;
    const { createHash } = await import('node:crypto');
    // The digests are sealed (evidence/sealing.ts): they open to the SHA-256 of the exact bytes.
    const digests = await openDigests(ctx.deps.db, ctx.deps.vault, photo as SealedDigestColumns);
    expect(digests.sha256Original).toBe(createHash('sha256').update(jpeg).digest('hex'));
    expect(Number(photo.size_bytes)).toBe(jpeg.length);
    const original = await ctx.deps.vault.open(
      ctx.deps.db,
      await ctx.deps.blobs.get(String(photo.original_blob_id)),
      `evidence.original:${photo.id}`,
    );
    expect(original.equals(jpeg)).toBe(true);
    const sanitised = await ctx.deps.vault.open(
      ctx.deps.db,
      await ctx.deps.blobs.get(String(photo.sanitised_blob_id)),
      `evidence.sanitised:${photo.id}`,
    );
    // The uploaded JPEG's GPS tag is gone from the copy staff view.
    expect(sanitised.includes(Buffer.from('Exif'))).toBe(false);
    expect(sanitised.includes(Buffer.from([0x88, 0x25]))).toBe(false);
    expect(sanitised.equals(makeJpeg())).toBe(true);
    expect(digests.sha256Sanitised).toBe(createHash('sha256').update(sanitised).digest('hex'));
    expect(
      await ctx.deps.vault.openText(ctx.deps.db, photo.filename_sealed, `evidence.filename:${photo.id}`),
    ).toBe('car.png');
  });

  it('answers 400 with a localised message per field, in English and French, echoing nothing', async () => {
    const hostile = {
      ...report,
      narrative: '',
      tactics: ['death_threat', '<script>alert(1)</script>'],
      incident: { startedOn: '2026-02-30', endedOn: '2999-01-01' },
      perpetrators: [{ indicators: [{ kind: 'phone', value: 'x'.repeat(501) }] }],
      reporter: { anonymous: false, email: 'not an email' },
    };
    const en = await post({ payload: { ...hostile, language: 'en' } });
    expect(en.statusCode).toBe(400);
    expect(en.json()).toEqual({
      error: {
        code: 'validation',
        message: 'Some answers need your attention.',
        fields: {
          narrative: 'This is required.',
          'tactics.1': 'This is not one of the choices offered.',
          'incident.startedOn': 'Enter a real date, written as YYYY-MM-DD.',
          'incident.endedOn': 'This date is in the future.',
          'perpetrators.0.indicators.0.value': 'This is too long (at most 500 characters).',
          'reporter.email': 'Enter an e-mail address such as name@example.org.',
        },
      },
    });
    expect(en.body).not.toContain('script');
    expect(en.body).not.toContain('not an email');

    const fr = await post({ payload: { ...hostile, language: 'fr' } });
    expect(fr.statusCode).toBe(400);
    expect(fr.json().error.fields).toMatchObject({
      narrative: 'Ce champ est obligatoire.',
      'tactics.1': 'Ce choix ne fait pas partie de ceux proposés.',
      'incident.startedOn': 'Entrez une date réelle, au format AAAA-MM-JJ.',
      'incident.endedOn': 'Cette date est dans le futur.',
    });

    const form = await post({
      payload:
        'narrative=&tactics=martian&incident%5BstartedOn%5D=2026-10-05&incident%5BendedOn%5D=2026-10-01',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'fr-CA,fr;q=0.9' },
    });
    expect(form.statusCode).toBe(400);
    expect(form.json().error.fields).toEqual({
      narrative: 'Ce champ est obligatoire.',
      'tactics.0': 'Ce choix ne fait pas partie de ceux proposés.',
      'incident.endedOn': 'La date de fin précède la date de début.',
    });

    const long = await post({ payload: { ...report, narrative: 'n'.repeat(20_001) } });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.fields).toEqual({ narrative: 'This is too long (at most 20000 characters).' });
  });

  it('refuses files by content with a 400 on that file, and oversize ones with a 413', async () => {
    const svg = multipartBody({ narrative: 'n', language: 'fr' }, [
      {
        filename: 'photo.jpg',
        contentType: 'image/jpeg',
        bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      },
    ]);
    const refused = await post(svg);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual({
      'evidence.0':
        'Ce type de fichier n’est pas accepté. Envoyez des images, des PDF, du texte, de l’audio ou de la vidéo.',
    });

    const big = multipartBody({ narrative: 'n' }, [
      { filename: 'big.txt', bytes: Buffer.alloc(1024 * 1024 + 1, 'a') },
    ]);
    const tooBig = await post(big);
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error.code).toBe('payloadTooLarge');

    const eleven = multipartBody(
      { narrative: 'n' },
      Array.from({ length: 11 }, (_, i) => ({ filename: `${i}.txt`, bytes: Buffer.from(`note ${i}\n`) })),
    );
    const tooMany = await post(eleven);
    expect(tooMany.statusCode).toBe(413);

    const hugeJson = await post({ payload: { ...report, narrative: 'n'.repeat(1_100_000) } });
    expect(hugeJson.statusCode).toBe(413);

    const { rows } = await ctx.deps.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM reports WHERE narrative_sealed IS NOT NULL AND language = 'fr' AND tactics = '{}'",
    );
    expect(rows[0]?.n).toBe(0);
  });

  it('gives a retry with the same Idempotency-Key the same answer, never a second report', async () => {
    const key = 'c7a5e5a6-0f7e-4c1b-9d6a-2f3b1c9e8d70';
    const first = await post({ payload: report, headers: { 'idempotency-key': key } });
    const again = await post({ payload: report, headers: { 'idempotency-key': key } });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());

    // Racing retries (a double click) also make one report.
    const racing = 'racing-key-0123456789abcdef';
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => post({ payload: report, headers: { 'idempotency-key': racing } })),
    );
    expect(new Set(answers.map((a) => a.statusCode))).toEqual(new Set([201]));
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);

    const { rows } = await ctx.deps.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM reports WHERE reference = ANY($1)',
      [[first.json().reference, answers[0]!.json().reference]],
    );
    expect(rows[0]?.n).toBe(2);
    // The replayed receipt opens the report.
    const followup = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/followup',
      headers: { authorization: `Receipt ${again.json().receipt}` },
      remoteAddress: nextAddress(),
    });
    expect(followup.statusCode).toBe(200);
    expect(followup.json().reference).toBe(first.json().reference);

    const bad = await post({ payload: report, headers: { 'idempotency-key': 'short' } });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['idempotencyKey']);
  });

  it('marks a report verified when a proof of work is solved, once per challenge', async () => {
    const proof = await solvedProof(ctx.app);
    const headers = { 'x-pow-challenge': proof.challenge, 'x-pow-solution': proof.solution };
    const first = await post({ payload: report, headers });
    expect((await reportRow(first.json().reference)).verified).toBe(true);
    const replay = await post({ payload: report, headers });
    expect(replay.statusCode).toBe(201);
    expect((await reportRow(replay.json().reference)).verified).toBe(false);

    const wrong = await solvedProof(ctx.app);
    const forged = await post({
      payload: report,
      headers: { 'x-pow-challenge': wrong.challenge, 'x-pow-solution': String(Number(wrong.solution) + 1) },
    });
    // Probably not a solution (1 in 256 that it is, at difficulty 8), so not verified, but still accepted.
    expect(forged.statusCode).toBe(201);

    const fromForm = await solvedProof(ctx.app);
    const { payload, headers: mp } = multipartBody({
      narrative: 'with JavaScript on',
      powChallenge: fromForm.challenge,
      powSolution: fromForm.solution,
    });
    const viaForm = await post({ payload, headers: mp });
    expect((await reportRow(viaForm.json().reference)).verified).toBe(true);
  });
});

describe('storage', () => {
  it('keeps no receipt, and no address, in the database', async () => {
    const res = await post({ payload: report, address: '203.0.113.77' });
    const row = await reportRow(res.json().reference);
    expect(asBuffer(row.receipt_hash)).toHaveLength(32);
    const { rows } = await ctx.deps.db.query<{ t: string }>('SELECT r::text AS t FROM reports r');
    for (const r of rows) {
      expect(r.t).not.toContain(res.json().receipt);
      expect(r.t).not.toContain('203.0.113.77');
    }
  });
});

describe('rate limits', () => {
  it('holds unverified reports from one source to a tighter limit, with a clear "try again in N minutes"', async () => {
    ctx.deps.runtime.limits.configure({
      reportPerSourceUnverified: { capacity: 2, windowSeconds: 3600 },
      reportPerSourceVerified: { capacity: 3, windowSeconds: 3600 },
    });
    try {
      const address = nextAddress();
      expect((await post({ payload: report, address })).statusCode).toBe(201);
      expect((await post({ payload: report, address })).statusCode).toBe(201);
      const limited = await post({ payload: { ...report, language: 'fr' }, address });
      expect(limited.statusCode).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(60);
      expect(limited.json().error.message).toBe(
        'Trop de tentatives. Veuillez réessayer dans 30 minutes. Rien de ce que vous avez écrit n’est perdu.',
      );
      // With proof of work, the same source may still report; another source is not affected.
      const proof = await solvedProof(ctx.app);
      const verified = await post({
        payload: report,
        address,
        headers: { 'x-pow-challenge': proof.challenge, 'x-pow-solution': proof.solution },
      });
      expect(verified.statusCode).toBe(201);
      expect((await post({ payload: report, address: nextAddress() })).statusCode).toBe(201);
      // A refused submission stored nothing: the count of reports from the limited request is zero.
      const invalid = await post({ payload: { narrative: '' }, address });
      expect(invalid.statusCode).toBe(400);
    } finally {
      ctx.deps.runtime.limits.configure({
        reportPerSourceUnverified: DEFAULT_PUBLIC_LIMITS.reportPerSourceUnverified,
        reportPerSourceVerified: DEFAULT_PUBLIC_LIMITS.reportPerSourceVerified,
      });
    }
  });

  it('holds reports during a distributed flood instead of refusing anyone, and releases nothing by itself', async () => {
    ctx.deps.runtime.limits.configure({ holdUnverifiedAbovePerMinute: 30 });
    ctx.clock.set(ctx.clock.ms() + 120_000); // what earlier tests sent is two minutes old
    try {
      // 200 addresses send reports without JavaScript within a minute: more than the rate allows.
      const flood = Array.from({ length: 200 }, (_, i) => `10.77.${i >> 8}.${i & 255}`);
      const answers = [];
      for (const address of flood) answers.push(await post({ payload: report, address }));
      expect(answers.every((a) => a.statusCode === 201)).toBe(true);
      // A real reporter without JavaScript still gets a receipt…
      const real = await post({ payload: { ...report, narrative: 'A real report in the middle of it.' } });
      expect(real.statusCode).toBe(201);
      expect(real.json().receipt).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
      // …and the reports past the rate wait apart, held for staff to review: bounded, not in the queue.
      const { rows } = await ctx.deps.db.query<{ held: number; normal: number }>(
        `SELECT count(*) FILTER (WHERE held_at IS NOT NULL)::int AS held,
                count(*) FILTER (WHERE held_at IS NULL)::int AS normal
           FROM cases WHERE opened_at >= $1`,
        [ctx.clock.now()],
      );
      expect(rows[0]!.held).toBeGreaterThanOrEqual(200 - 30);
      expect(rows[0]!.normal).toBeLessThanOrEqual(31);
      // Staff see how many wait, review them apart, and release them into the queue — where they are
      // indexed and announced as if they had just arrived — or discard them as spam.
      const officer = await signInAs(ctx, 'intake_officer');
      const queue = await ctx.app.inject({ method: 'GET', url: '/api/v1/cases', headers: officer.headers });
      expect(queue.json().held).toBe(rows[0]!.held);
      const held = await ctx.app.inject({
        method: 'GET',
        url: '/api/v1/cases?held=only&status=new',
        headers: officer.headers,
      });
      const heldIds = (held.json().items as { id: string }[]).map((c) => c.id);
      expect(heldIds.length).toBeGreaterThan(0);
      const pending = async () =>
        (
          await ctx.deps.db.query<{ n: number }>(
            'SELECT count(*)::int AS n FROM reports r WHERE r.case_id = ANY($1::uuid[]) AND r.indexed_at IS NULL',
            [heldIds],
          )
        ).rows[0]!.n;
      await ctx.settle();
      expect(await pending()).toBe(heldIds.length); // not linked while held
      const release = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/cases/held',
        headers: officer.headers,
        payload: { action: 'release', caseIds: heldIds },
      });
      expect(release.json()).toEqual({ cases: heldIds.length });
      await ctx.settle();
      expect(await pending()).toBe(0);
      const discard = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/cases/held',
        headers: officer.headers,
        payload: { action: 'discard' },
      });
      expect(discard.json()).toEqual({ cases: rows[0]!.held - heldIds.length });
      const { rows: left } = await ctx.deps.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM cases WHERE held_at IS NOT NULL',
      );
      expect(left[0]!.n).toBe(0);

      // A minute later the flood is over: reports go straight to the queue again.
      await ctx.clock.advance(61_000);
      const later = await post({ payload: report });
      const { rows: after } = await ctx.deps.db.query<{ held_at: Date | null }>(
        'SELECT c.held_at FROM cases c JOIN reports r ON r.case_id = c.id WHERE r.reference = $1',
        [later.json().reference],
      );
      expect(after[0]!.held_at).toBeNull();
    } finally {
      ctx.deps.runtime.limits.configure({
        holdUnverifiedAbovePerMinute: DEFAULT_PUBLIC_LIMITS.holdUnverifiedAbovePerMinute,
      });
    }
  });
});

describe('OpenAPI', () => {
  it('documents intake and follow-up', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const reports = doc.paths['/api/v1/reports'].post;
    expect(Object.keys(reports.requestBody.content)).toContain('application/json');
    expect(reports.requestBody.content['application/json'].schema.required).toContain('narrative');
    expect(Object.keys(reports.responses)).toEqual(expect.arrayContaining(['201', '400', '413', '429']));
    for (const path of [
      '/api/v1/reports/challenge',
      '/api/v1/followup',
      '/api/v1/followup/messages',
      '/api/v1/followup/evidence',
      '/api/v1/followup/consents',
      '/api/v1/followup/deletion-request',
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
  });
});
