import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALE_INFO, LOCALES } from '../../shared/i18n/locales.ts';
import { messages, PUBLIC_KEYS } from '../../shared/i18n/messages.ts';
import { isReviewed } from '../../shared/i18n/review.ts';
import { solveChallenge } from '../intake/proof-of-work.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { FONTS_DIR } from './fonts.ts';
import { QUICK_EXIT_URL } from './views/layout.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestContext({ FOCALPOINT_MAX_UPLOAD_MB: '0.05' });
  // Proof of work stays optional; every test here posts without it (JavaScript off).
  ctx.deps.runtime.limits.configure({
    powDifficulty: 1,
    reportPerSourceUnverified: { capacity: 1000, windowSeconds: 3600 },
  });
});
afterAll(() => ctx?.close());

const PAGES = ['', 'report', 'follow-up', 'privacy'];
const RECEIPT = /[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}(?:-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}){4}/;

function form(
  fields: Record<string, string | string[]>,
  files: { name: string; bytes: Buffer; type: string }[] = [],
) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields))
    for (const one of Array.isArray(v) ? v : [v]) fd.append(k, one);
  for (const f of files) fd.append('evidence', new Blob([new Uint8Array(f.bytes)], { type: f.type }), f.name);
  if (files.length === 0) fd.append('evidence', new Blob([], { type: 'application/octet-stream' }), '');
  return fd;
}

const post = (url: string, payload: FormData | Record<string, string>) =>
  ctx.app.inject({
    method: 'POST',
    url,
    ...(payload instanceof FormData
      ? { payload }
      : {
          payload: new URLSearchParams(payload).toString(),
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        }),
  });

/** The one-time token a follow-up page's forms post. */
const tokenOf = (body: string) => /name="token" value="([^"]+)"/.exec(body)?.[1] ?? '';

/** Posts a follow-up form and follows its redirect, as a browser does: the report's page, shown once. */
async function openReport(url: string, payload: FormData | Record<string, string>) {
  const res = await post(url, payload);
  expect(res.statusCode, res.body.slice(0, 200)).toBe(303);
  const location = String(res.headers.location);
  expect(location).toMatch(/^\/[A-Za-z-]+\/follow-up\/view\?t=[A-Za-z0-9_-]{43}$/);
  return ctx.app.inject({ url: location });
}

/** Checks a page against the CSP and the no-third-party rule, as a browser would load it. */
function expectSelfContained(body: string) {
  expect(body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i); // every script is a file of ours
  expect(body).not.toMatch(/<script[^>]*>[^<]+<\/script>/i);
  expect(body).not.toMatch(/<style/i);
  expect(body).not.toMatch(/\sstyle\s*=/i);
  expect(body).not.toMatch(/\son[a-z]+\s*=/i);
  const ids = [...body.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]); // every id once
  for (const m of body.matchAll(/\s(?:for|aria-describedby|aria-labelledby)="([^"]+)"/g)) {
    for (const ref of (m[1] ?? '').split(' ')) expect(ids, `reference to #${ref}`).toContain(ref);
  }
  const urls = [...body.matchAll(/\b(?:src|href|action|formaction|poster|data)\s*=\s*"([^"]*)"/gi)].map(
    (m) => m[1] ?? '',
  );
  const external = urls.filter((u) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(u));
  expect(external.every((u) => u === QUICK_EXIT_URL)).toBe(true);
}

describe('public pages', () => {
  it('every page renders in every language with its lang and direction, a language switcher and the 911 notice first', async () => {
    for (const locale of LOCALES) {
      for (const page of PAGES) {
        const res = await ctx.app.inject({ url: `/${locale}/${page}` });
        expect(res.statusCode, `${locale}/${page}`).toBe(200);
        expect(res.headers['content-type']).toContain('text/html');
        expect(res.headers['cache-control']).toBe('no-store');
        expect(res.headers['content-security-policy']).not.toContain('unsafe-inline');
        const info = LOCALE_INFO[locale];
        expect(res.body).toContain(`<html lang="${info.htmlLang}" dir="${info.dir}">`);
        for (const other of LOCALES) expect(res.body).toContain(`href="/${other}/${page}"`);
        const danger = res.body.indexOf('class="danger"');
        expect(danger).toBeGreaterThan(0);
        expect(danger).toBeLessThan(res.body.indexOf('<main'));
        expect(res.body).toContain(`href="${QUICK_EXIT_URL}"`);
        expectSelfContained(res.body);
      }
    }
    const ug = await ctx.app.inject({ url: '/ug/report' });
    expect(ug.body).toContain('dir="rtl"');
    expect(ug.body).toContain('ئۆلتۈرۈش تەھدىتى'); // a tactic label in Uyghur, from the taxonomy
  });

  it('sends / and /report to the reader’s language', async () => {
    const fr = await ctx.app.inject({ url: '/', headers: { 'accept-language': 'fr-CA,fr;q=0.9,en;q=0.8' } });
    expect(fr.statusCode).toBe(302);
    expect(fr.headers.location).toBe('/fr/');
    const zh = await ctx.app.inject({ url: '/report', headers: { 'accept-language': 'zh-TW' } });
    expect(zh.headers.location).toBe('/zh-Hant/report');
    const none = await ctx.app.inject({ url: '/report' });
    expect(none.headers.location).toBe('/en/report');
    const ug = await ctx.app.inject({ url: '/report', headers: { 'accept-language': 'ug-CN,zh;q=0.5' } });
    expect(ug.headers.location).toBe('/ug/report');
  });

  it('serves its own CSS, script and icon, with nothing from elsewhere', async () => {
    for (const [file, type] of [
      ['site.css', 'text/css'],
      ['site.js', 'text/javascript'],
      ['icon.svg', 'image/svg+xml'],
    ] as const) {
      const res = await ctx.app.inject({ url: `/static/${file}` });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain(type);
      expect(res.body).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
      const again = await ctx.app.inject({
        url: `/static/${file}`,
        headers: { 'if-none-match': String(res.headers.etag) },
      });
      expect(again.statusCode).toBe(304);
    }
  });
});

describe('the report form without JavaScript', () => {
  it('comes back with everything typed, a summary linking to each field, and inline errors', async () => {
    const res = await post(
      '/fr/report',
      form({
        language: 'fr',
        narrative: '',
        'incident[startedOn]': '2026-02-30',
        'incident[city]': 'Montréal <script>',
        'incident[province]': 'QC',
        tactics: ['death_threat', 'doxxing'],
        communities: 'uyghur',
        'perpetrators[0][description]': 'Homme au consulat',
        'perpetrators[0][type]': 'diplomat_or_consular_official',
        'perpetrators[0][indicators][0][kind]': 'phone',
        'perpetrators[0][indicators][0][value]': '+86 138 0013 8000',
        'perpetrators[2][indicators][1][type]': 'account:wechat',
        'perpetrators[2][indicators][1][value]': 'wxid_canary42',
        'reporter[anonymous]': 'false',
        'reporter[name]': 'Nom Canari',
        'reporter[email]': 'pas-une-adresse',
        'consents[contact]': 'true',
        'consents[updates]': 'true',
      }),
    );
    expect(res.statusCode).toBe(400);
    const body = res.body;
    expect(body).toContain('class="error-summary"');
    expect(body).toContain('Il y a un problème');
    // Each problem links to its field, which carries aria-invalid and points at its message.
    for (const id of ['f-narrative', 'f-incident-startedOn', 'f-reporter-email']) {
      expect(body).toContain(`href="#${id}"`);
      expect(body).toMatch(
        new RegExp(`id="${id}"[^>]*aria-describedby="[^"]*${id}-error"[^>]*aria-invalid="true"`),
      );
    }
    expect(body).toContain('Ce champ est obligatoire.');
    expect(body).toContain('Entrez une date réelle');
    // What was typed is all there, escaped.
    expect(body).toContain('value="Montréal &lt;script&gt;"');
    expect(body).not.toContain('Montréal <script>');
    expect(body).toMatch(/value="QC" selected/);
    expect(body).toMatch(/name="tactics" value="death_threat" checked/);
    expect(body).toMatch(/name="tactics" value="doxxing" checked/);
    expect(body).toMatch(/name="communities" value="uyghur" checked/);
    expect(body).toContain('Homme au consulat</textarea>');
    expect(body).toContain('value="+86 138 0013 8000"');
    // The second filled perpetrator row moves up to the second slot (rows are compacted).
    expect(body).toContain('name="perpetrators[1][indicators][0][value]" value="wxid_canary42"');
    expect(body).toMatch(
      /name="perpetrators\[1\]\[indicators\]\[0\]\[type\]"[^>]*>.*?<option value="account:wechat" selected>/s,
    );
    expect(body).toMatch(
      /name="perpetrators\[0\]\[indicators\]\[0\]\[type\]"[^>]*>.*?<option value="phone" selected>/s,
    );
    expect(body).toContain('value="Nom Canari"');
    expect(body).toContain('value="pas-une-adresse"');
    expect(body).toMatch(/name="reporter\[anonymous\]" value="false" checked/);
    expect(body).toMatch(/name="consents\[contact\]" value="true" checked/);
    expect(body).not.toMatch(/name="consents\[referralToPolice\]" value="true" checked/);
    expectSelfContained(body);
  });

  it('accepts a report, shows the receipt once in the answer (never in an address), and follows up with it', async () => {
    const res = await post(
      '/en/report',
      form(
        {
          language: 'en',
          narrative: 'They called my parents and said I must stop.',
          tactics: 'threat_against_family',
          'consents[updates]': 'true',
          'consents[contact]': 'true',
        },
        [{ name: 'note.txt', bytes: Buffer.from('a plain text note as evidence'), type: 'text/plain' }],
      ),
    );
    expect(res.statusCode).toBe(201);
    expect(res.headers.location).toBeUndefined();
    expect(res.headers['set-cookie']).toBeUndefined();
    const receipt = RECEIPT.exec(res.body.replaceAll('<wbr>', ''))?.[0];
    expect(receipt).toBeDefined();
    expect(res.body).toContain('Your receipt: save it now');
    expect(res.body).toMatch(/Reference number: \u2068FP-[A-Z0-9]{7}\u2069/);
    expectSelfContained(res.body);

    // Follow-up: the receipt goes in the body, typed the way people type (lower case, spaces); the answer
    // is a redirect to a one-time address that holds no receipt.
    const typed = receipt!.toLowerCase().replaceAll('-', ' ');
    const opened = await openReport('/en/follow-up', { action: 'open', receipt: typed });
    expect(opened.statusCode).toBe(200);
    expect(opened.body).toContain('data-status="received"');
    expect(opened.body).toContain('No messages yet.');
    expect(opened.body).toContain('text/plain');
    expect(opened.headers['set-cookie']).toBeUndefined();
    expect(opened.body.replaceAll('<wbr>', '')).not.toContain(receipt);

    const sent = await openReport('/en/follow-up', {
      action: 'message',
      token: tokenOf(opened.body),
      body: 'Here is more: <b>they came again</b>.',
    });
    expect(sent.statusCode).toBe(200);
    expect(sent.body).toContain('Your message has been sent.');
    expect(sent.body).toContain('Here is more: &lt;b&gt;they came again&lt;/b&gt;.');

    const empty = await post('/en/follow-up', { action: 'message', token: tokenOf(sent.body), body: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('href="#f-body"');

    const consents = await openReport('/en/follow-up', {
      action: 'consents',
      token: tokenOf(empty.body),
      'consents[referralToPolice]': 'true',
    });
    expect(consents.body).toContain('Your choices have been saved.');
    expect(consents.body).toMatch(/name="consents\[referralToPolice\]" value="true" checked/);
    expect(consents.body).not.toMatch(/name="consents\[contact\]" value="true" checked/);

    const added = await openReport(
      '/en/follow-up',
      form(
        { action: 'add', token: tokenOf(consents.body), information: 'The caller used a second number.' },
        [{ name: 'more.txt', bytes: Buffer.from('another plain text note'), type: 'text/plain' }],
      ),
    );
    expect(added.statusCode).toBe(200);
    expect(added.body).toContain('1 file was added.');
    expect(added.body).toContain('The caller used a second number.');

    const unconfirmed = await post('/en/follow-up', { action: 'delete', token: tokenOf(added.body) });
    expect(unconfirmed.statusCode).toBe(400);
    expect(unconfirmed.body).toContain('Tick the box to confirm');
    const deleted = await openReport('/en/follow-up', {
      action: 'delete',
      token: tokenOf(unconfirmed.body),
      confirm: 'yes',
    });
    expect(deleted.body).toContain('We have received your request to delete this report.');
    expect(deleted.body).toContain('data-status="deletion_requested"');
  });

  it('switching language keeps the reporter’s place without putting the receipt in an address, once', async () => {
    const sent = await post('/en/report', form({ language: 'en', narrative: 'Switching language later.' }));
    expect(sent.statusCode).toBe(201);
    const receipt = RECEIPT.exec(sent.body.replaceAll('<wbr>', ''))?.[0] ?? '';
    const reference = /FP-[A-Z0-9]{7}/.exec(sent.body)?.[0];
    const addresses = (body: string) =>
      [...body.matchAll(/\b(?:href|action|formaction)="([^"]*)"/g)].map((m) => m[1] ?? '');
    const compact = receipt.replaceAll('-', '');
    const carries = (body: string) =>
      addresses(body).filter((a) =>
        a
          .toUpperCase()
          .replace(/[^A-Z0-9]/g, '')
          .includes(compact),
      );

    // The confirmation's switcher posts the receipt, with a one-time token, to show it in another language.
    expect(sent.body).toContain('formaction="/ug/follow-up"');
    expect(sent.body).toMatch(/<input type="hidden" name="action" value="received">/);
    expect(carries(sent.body)).toEqual([]);
    const switchFields = { action: 'received', receipt, token: tokenOf(sent.body) };
    const again = await post('/ug/follow-up', switchFields);
    expect(again.statusCode).toBe(200);
    expect(again.body).toContain('<html lang="ug" dir="rtl">');
    expect(again.body.replaceAll('<wbr>', '')).toContain(receipt);
    expect(again.body).toContain(reference);
    expect(again.headers['set-cookie']).toBeUndefined();
    expectSelfContained(again.body);
    // The same post once more (reload, Back): the receipt is not shown again.
    const replayed = await post('/ug/follow-up', switchFields);
    expect(replayed.statusCode).toBe(410);
    expect(replayed.body.replaceAll('<wbr>', '')).not.toContain(receipt);
    expect(replayed.body).not.toContain(reference);

    // The report's page switches language with its token: the same report, in the language chosen.
    const opened = await openReport('/en/follow-up', { action: 'open', receipt: receipt.toLowerCase() });
    expect(opened.body).toContain('formaction="/fr/follow-up"');
    expect(opened.body).not.toContain('href="/fr/follow-up"');
    expect(carries(opened.body)).toEqual([]);
    const fr = await openReport('/fr/follow-up', { action: 'open', token: tokenOf(opened.body) });
    expect(fr.statusCode).toBe(200);
    expect(fr.body).toContain('<html lang="fr" dir="ltr">');
    expect(fr.body).toContain('data-status="received"');
    expect(fr.body).toContain('Aucun message pour l’instant.');
    expectSelfContained(fr.body);

    // A confirmation switch with a receipt that opens nothing, or without its token, shows nothing.
    const wrong = await post('/fr/follow-up', { action: 'received', receipt: '2222-3333-4444-5555-6666' });
    expect(wrong.statusCode).toBe(410);
  });

  it('says plainly when a receipt opens nothing, without telling whether it exists', async () => {
    const res = await post('/en/follow-up', { action: 'open', receipt: '2222-3333-4444-5555-6666' });
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('href="#f-receipt"');
    expect(res.body).toContain('value="2222-3333-4444-5555-6666"');
    const bad = await post('/en/follow-up', { action: 'open', receipt: 'not a receipt' });
    expect(bad.statusCode).toBe(404);
  });

  it('slows guessing: after a few receipts that open nothing, a source waits, then “try again in N minutes”', async () => {
    const limited = await startTestContext();
    try {
      limited.deps.runtime.limits.configure({ receiptGuessesFree: 2, receiptGuessWaitingPerSource: 1 });
      const guess = () =>
        limited.app.inject({
          method: 'POST',
          url: '/fr/follow-up',
          payload: 'action=open&receipt=2222-3333-4444-5555-6666',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        });
      expect((await guess()).statusCode).toBe(404);
      expect((await guess()).statusCode).toBe(404);
      // The third guess waits for its answer; a fourth while it waits is refused, and keeps what was typed.
      let answered = false;
      const slowed = guess().then((r) => {
        answered = true;
        return r;
      });
      const res = await guess();
      expect(res.statusCode).toBe(429);
      expect(res.body).toMatch(/réessayer dans \d+ minutes?/);
      expect(res.body).toContain('value="2222-3333-4444-5555-6666"');
      expect(answered).toBe(false);
      await limited.clock.advance(1_000);
      expect((await slowed).statusCode).toBe(404);
    } finally {
      await limited.close();
    }
  });

  it('“Add another person or group” brings the form back with one more block and nothing sent', async () => {
    const before = await ctx.deps.db.query<{ n: number }>('SELECT count(*)::int AS n FROM reports');
    const first = await ctx.app.inject({ url: '/en/report' });
    expect(first.body.match(/data-perpetrator="/g)).toHaveLength(1);
    expect(first.body).toContain('formaction="/en/report#f-p-1"');
    const res = await post(
      '/en/report',
      form({
        language: 'en',
        more: 'perpetrator',
        narrative: 'Half written.',
        'perpetrators[0][description]': 'The first caller',
        'perpetrators[0][indicators][0][type]': 'phone',
        'perpetrators[0][indicators][0][value]': '+1 416 555 0100',
        'perpetrators[0][indicators][1][type]': 'email',
        'perpetrators[0][indicators][1][value]': 'a@example.org',
        'perpetrators[0][indicators][2][type]': 'account:wechat',
        'perpetrators[0][indicators][2][value]': 'wxid_first',
      }),
    );
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('class="error-summary"');
    expect(res.body).toContain('Half written.</textarea>');
    expect(res.body).toContain('The first caller</textarea>');
    expect(res.body.match(/data-perpetrator="/g)).toHaveLength(2);
    expect(res.body).toContain('name="perpetrators[1][description]"');
    // The first block's rows were all filled: it comes back with a spare row.
    expect(res.body).toContain('name="perpetrators[0][indicators][3][value]"');
    expect(res.body).toContain('formaction="/en/report#f-p-2"');
    expectSelfContained(res.body);
    const after = await ctx.deps.db.query<{ n: number }>('SELECT count(*)::int AS n FROM reports');
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
  });

  it('keeps the text when a file is too large, and asks for the files again', async () => {
    const res = await post(
      '/en/report',
      form({ language: 'en', narrative: 'The photo is attached.', 'incident[city]': 'Vancouver' }, [
        { name: 'big.jpg', bytes: Buffer.alloc(80 * 1024, 1), type: 'image/jpeg' },
      ]),
    );
    expect(res.statusCode).toBe(413);
    expect(res.body).toContain('The photo is attached.</textarea>');
    expect(res.body).toContain('value="Vancouver"');
    expect(res.body).toContain('Please attach your files again.');
    expect(res.body).toContain('href="#f-evidence"');
  });

  it('answers a flood with “try again in N minutes” and keeps what was typed', async () => {
    const limited = await startTestContext();
    try {
      limited.deps.runtime.limits.configure({
        reportPerSourceUnverified: { capacity: 1, windowSeconds: 600 },
      });
      const send = () =>
        limited.app.inject({
          method: 'POST',
          url: '/en/report',
          payload: form({ language: 'en', narrative: 'Second report about the rally.' }),
        });
      expect((await send()).statusCode).toBe(201);
      const res = await send();
      expect(res.statusCode).toBe(429);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect(res.body).toMatch(/try again in \d+ minutes?/);
      expect(res.body).toContain('Second report about the rally.</textarea>');
    } finally {
      await limited.close();
    }
  });
});

describe('the community languages', () => {
  it('show the form’s problems in the page’s language', async () => {
    const cases = [
      ['ug', 'بۇ چوقۇم تولدۇرۇلىدۇ.', 'مەسىلە بار'],
      ['bo', 'འདི་ངེས་པར་དུ་འབྲི་དགོས།', 'དཀའ་ངལ་ཞིག་འདུག'],
      ['zh-Hans', '此项必填。', '有问题需要处理'],
      ['zh-Hant', '此項必填。', '有問題需要處理'],
      ['ru', 'Это обязательное поле.', 'Есть проблема'],
      ['fa', 'پر کردن این بخش الزامی است.', 'مشکلی وجود دارد'],
      ['pa', 'ਇਹ ਲਾਜ਼ਮੀ ਹੈ।', 'ਕੋਈ ਸਮੱਸਿਆ ਹੈ'],
      ['ar', 'هذا الحقل مطلوب.', 'هناك مشكلة'],
    ] as const;
    for (const [locale, required, title] of cases) {
      const res = await post(`/${locale}/report`, form({ language: locale, narrative: ' ' }));
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain(required);
      expect(res.body).toContain(title);
      expect(res.body).not.toContain('This is required.');
    }
  });
});

describe('the report form with JavaScript', () => {
  it('a solved proof of work marks the report verified; without it the report is still accepted, unverified', async () => {
    const challenge = (await ctx.app.inject({ url: '/api/v1/reports/challenge' })).json() as {
      challenge: string;
      difficulty: number;
    };
    const solution = solveChallenge(challenge.challenge, challenge.difficulty);
    const withProof = await post(
      '/en/report',
      form({
        language: 'en',
        narrative: 'With proof of work.',
        powChallenge: challenge.challenge,
        powSolution: solution,
      }),
    );
    const without = await post('/en/report', form({ language: 'en', narrative: 'Without proof of work.' }));
    expect([withProof.statusCode, without.statusCode]).toEqual([201, 201]);
    const reference = (body: string) => /FP-[A-Z0-9]{7}/.exec(body)?.[0];
    const { rows } = await ctx.deps.db.query<{ reference: string; verified: boolean }>(
      'SELECT reference, verified FROM reports WHERE reference = ANY($1)',
      [[reference(withProof.body), reference(without.body)]],
    );
    const verified = Object.fromEntries(rows.map((r) => [r.reference, r.verified]));
    expect(verified[reference(withProof.body)!]).toBe(true);
    expect(verified[reference(without.body)!]).toBe(false);
  });
});

describe('leaving nothing behind', () => {
  it('the report form sent again (Back, reload) says the report was received and never shows the receipt again', async () => {
    const before = await ctx.deps.db.query<{ n: number }>('SELECT count(*)::int AS n FROM reports');
    const fields = {
      language: 'fr',
      narrative: 'Envoyé deux fois par le bouton Précédent.',
      idempotencyKey: 'form-replay-0123456789abcdef',
    };
    const first = await post('/fr/report', form(fields));
    expect(first.statusCode).toBe(201);
    expect(first.headers['cache-control']).toBe('no-store');
    const receipt = RECEIPT.exec(first.body.replaceAll('<wbr>', ''))?.[0] ?? '';
    const reference = /FP-[A-Z0-9]{7}/.exec(first.body)?.[0] ?? '';
    expect(receipt).not.toBe('');

    const again = await post('/fr/report', form(fields));
    expect(again.statusCode).toBe(200);
    expect(again.headers['cache-control']).toBe('no-store');
    expect(again.body).toContain('Ce signalement a déjà été reçu');
    expect(again.body).toContain('son reçu n’a été affiché qu’une fois');
    expect(again.body.replaceAll('<wbr>', '')).not.toContain(receipt);
    expect(again.body).not.toContain(reference);
    expect(again.body).not.toContain('Envoyé deux fois');
    expectSelfContained(again.body);
    const after = await ctx.deps.db.query<{ n: number }>('SELECT count(*)::int AS n FROM reports');
    expect(after.rows[0]?.n).toBe((before.rows[0]?.n ?? 0) + 1);
  });

  it('a report’s page is shown once: reloading it or going Back says it expired and asks for the receipt', async () => {
    const sent = await post('/en/report', form({ language: 'en', narrative: 'Shown once, then gone.' }));
    const receipt = RECEIPT.exec(sent.body.replaceAll('<wbr>', ''))?.[0] ?? '';
    const reference = /FP-[A-Z0-9]{7}/.exec(sent.body)?.[0] ?? '';
    const redirect = await post('/en/follow-up', { action: 'open', receipt });
    expect(redirect.statusCode).toBe(303);
    const location = String(redirect.headers.location);
    expect(location.toUpperCase().replace(/[^A-Z0-9]/g, '')).not.toContain(receipt.replaceAll('-', ''));

    const shown = await ctx.app.inject({ url: location });
    expect(shown.statusCode).toBe(200);
    expect(shown.headers['cache-control']).toBe('no-store');
    expect(shown.headers['content-encoding']).toBeUndefined();
    expect(shown.body).toContain(reference);
    expect(shown.body).toContain('data-personal');

    const reloaded = await ctx.app.inject({ url: location });
    expect(reloaded.statusCode).toBe(410);
    expect(reloaded.headers['cache-control']).toBe('no-store');
    expect(reloaded.body).toContain('This page has expired');
    expect(reloaded.body).toContain('name="receipt"');
    expect(reloaded.body).not.toContain(reference);
    expect(reloaded.body).not.toContain('data-status');
    expectSelfContained(reloaded.body);

    // The page's forms work once too: a second post of the same form finds its token used.
    const token = tokenOf(shown.body);
    const first = await post('/en/follow-up', { action: 'message', token, body: 'First send.' });
    expect(first.statusCode).toBe(303);
    const second = await post('/en/follow-up', { action: 'message', token, body: 'First send.' });
    expect(second.statusCode).toBe(410);
    expect(second.body).not.toContain(reference);
    const { rows } = await ctx.deps.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM case_messages m JOIN reports r ON r.id = m.report_id
        WHERE r.reference = $1`,
      [reference],
    );
    expect(rows[0]?.n).toBe(1);
  });

  it('keeps only a keyed hash of each token, never the token or the receipt', async () => {
    const sent = await post('/en/report', form({ language: 'en', narrative: 'Tokens are hashed.' }));
    const receipt = RECEIPT.exec(sent.body.replaceAll('<wbr>', ''))?.[0] ?? '';
    const redirect = await post('/en/follow-up', { action: 'open', receipt });
    const token = new URL(String(redirect.headers.location), 'http://x').searchParams.get('t') ?? '';
    const { rows } = await ctx.deps.db.query<Record<string, unknown>>('SELECT * FROM followup_view_tokens');
    const stored = JSON.stringify(
      rows.map((r) => ({ ...r, token_hash: Buffer.from(r.token_hash as Uint8Array).toString('hex') })),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(stored).not.toContain(Buffer.from(token, 'base64url').toString('hex'));
    expect(stored).not.toContain(token);
    expect(stored.toUpperCase()).not.toContain(receipt.replaceAll('-', ''));
    expect(stored.toUpperCase()).not.toContain(receipt);
  });
});

describe('problems in the reader’s language', () => {
  it('an address that names no page answers 404 with a page in the address’s language', async () => {
    const fa = await ctx.app.inject({ url: '/fa/no-such-page' });
    expect(fa.statusCode).toBe(404);
    expect(fa.headers['content-type']).toContain('text/html');
    expect(fa.body).toContain('<html lang="fa" dir="rtl">');
    expect(fa.body).toContain('صفحه پیدا نشد');
    expectSelfContained(fa.body);
    // The API keeps its JSON answer.
    const api = await ctx.app.inject({ url: '/api/v1/no-such-thing' });
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toContain('application/json');
  });

  it('a request that cannot be read answers 400 with a page in the address’s language', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/ru/report',
      payload: '{"narrative":',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('<html lang="ru" dir="ltr">');
    expect(res.body).toContain('Не удалось прочитать запрос.');
    expect(res.body).not.toContain('The request could not be read.');
  });
});

describe('every language, in its own words', () => {
  const english = [...PUBLIC_KEYS]
    .map((k) => messages.en[k] ?? '')
    .filter((text) => !text.includes('{') && text.split(' ').length > 3)
    .map((text) => text.replaceAll('"', '&quot;').replaceAll("'", '&#39;'));

  it('no community page shows an English sentence, and each says its translation awaits review', async () => {
    const community = LOCALES.filter((l) => !isReviewed(l));
    expect(community).toEqual(['zh-Hans', 'zh-Hant', 'bo', 'ug', 'ru', 'fa', 'pa', 'ar']);
    for (const locale of community) {
      const pages = [
        ...PAGES.map((p) => `/${locale}/${p}`),
        `/${locale}/statistics`,
        `/${locale}/nothing-here`,
      ];
      for (const url of pages) {
        const res = await ctx.app.inject({ url });
        const leaks = english.filter((text) => res.body.includes(text));
        expect(leaks, url).toEqual([]);
        expect(res.body, url).toContain('class="translation-note"');
      }
      const problems = await post(`/${locale}/report`, form({ language: locale, narrative: '' }));
      expect(
        english.filter((text) => problems.body.includes(text)),
        `${locale} form problems`,
      ).toEqual([]);
    }
    for (const locale of ['en', 'fr'] as const) {
      const res = await ctx.app.inject({ url: `/${locale}/` });
      expect(res.body).not.toContain('translation-note');
    }
  });

  it('each language is named in its own script in every language list, and right-to-left ones say so', async () => {
    const res = await ctx.app.inject({ url: '/pa/' });
    for (const [locale, name] of [
      ['ru', 'Русский'],
      ['fa', 'فارسی'],
      ['pa', 'ਪੰਜਾਬੀ'],
      ['ar', 'العربية'],
    ] as const) {
      expect(res.body).toMatch(new RegExp(`<a href="/${locale}/" lang="${locale}"[^>]*>${name}</a>`));
    }
    for (const locale of ['ug', 'fa', 'ar'] as const) {
      const page = await ctx.app.inject({ url: `/${locale}/report` });
      expect(page.body).toContain(`<html lang="${locale}" dir="rtl">`);
    }
  });
});

describe('fonts', () => {
  it('a page links the font stylesheet of its script only, served from this site with unicode ranges', async () => {
    const expected: Record<string, string | undefined> = {
      en: undefined,
      ru: undefined,
      'zh-Hans': '/static/fonts/noto-sans-sc.css',
      'zh-Hant': '/static/fonts/noto-sans-tc.css',
      bo: '/static/fonts/noto-serif-tibetan.css',
      ug: '/static/fonts/noto-naskh-arabic.css',
      fa: '/static/fonts/noto-naskh-arabic.css',
      ar: '/static/fonts/noto-naskh-arabic.css',
      pa: '/static/fonts/noto-sans-gurmukhi.css',
    };
    for (const [locale, stylesheet] of Object.entries(expected)) {
      const page = await ctx.app.inject({ url: `/${locale}/report` });
      const linked = [...page.body.matchAll(/href="(\/static\/fonts\/[^"]+)"/g)].map((m) => m[1]);
      // Every page draws its language list's names (language-names.css); a script with fonts adds its own.
      expect(linked, locale).toEqual([
        '/static/fonts/language-names.css',
        ...(stylesheet ? [stylesheet] : []),
      ]);
      expect(page.headers['content-security-policy']).toContain("font-src 'self'");
    }
  });

  it('serves each face’s file with a year-long immutable cache, and the OFL licence sits beside the files', async () => {
    for (const family of [
      'noto-naskh-arabic',
      'noto-serif-tibetan',
      'noto-sans-gurmukhi',
      'noto-sans-sc',
      'language-names',
    ]) {
      const css = await ctx.app.inject({ url: `/static/fonts/${family}.css` });
      expect(css.statusCode).toBe(200);
      expect(css.headers['content-type']).toContain('text/css');
      expect(css.body).toContain('font-display:swap');
      expect(css.body).toContain('unicode-range:');
      const urls = [...css.body.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1] ?? '');
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) expect(url).toMatch(new RegExp(`^${family}/[\\w.-]+\\.woff2$`));
      const font = await ctx.app.inject({ url: `/static/fonts/${urls[0]}` });
      expect(font.statusCode).toBe(200);
      expect(font.headers['content-type']).toBe('font/woff2');
      expect(font.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(font.rawPayload.subarray(0, 4).toString('latin1')).toBe('wOF2');
      const licence = await readFile(path.join(FONTS_DIR, family, 'OFL.txt'), 'utf8');
      expect(licence).toContain('SIL Open Font License');
    }
    expect((await ctx.app.inject({ url: '/static/fonts/noto-sans-sc/..%2F..%2Fsite.css' })).statusCode).toBe(
      404,
    );
    expect((await ctx.app.inject({ url: '/static/fonts/noto-sans-sc/missing.woff2' })).statusCode).toBe(404);
  });
});
