import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { type APIRequestContext, expect, request as playwrightRequest, test } from '@playwright/test';
import { codesIn, pdfText } from '../../src/server/referrals/testing/pdf-text.ts';
import { expectNoAxeViolations, signIn, totpNow, watchForeignRequests } from '../console/helpers.ts';
import { createUser } from '../support/cli.ts';
import { E2E_BASE_URL } from '../support/environment.ts';

/**
 * A partner liaison of the Toronto Police Service (a seeded organisation) signs in to the console with a
 * real TOTP code, finds the referral a supervisor sent, downloads the package (a PDF that reads in words)
 * and the original file (whose SHA-256 matches the manifest), acknowledges it, gives their file number and
 * the outcome, writes to the focal point and reads its answer — and the reporter reads the outcome in their
 * follow-up. Then a supervisor refers in the console and changes the case's status straight after.
 */
const ORG = 'Toronto Police Service';
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const unique = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

/** A supervisor's API session (its own cookie jar), signed in with a real TOTP code. */
async function supervisorSession(): Promise<{ api: APIRequestContext; csrf: string }> {
  const user = createUser(`supervisor-${unique()}@focalpoint.test`, 'supervisor');
  const api = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
  const login = await api.post('/api/v1/auth/login', {
    data: { email: user.email, password: user.password, totp: totpNow(user.totpSecret) },
  });
  expect(login.status(), await login.text()).toBe(200);
  const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
  const changed = await api.post('/api/v1/auth/password', {
    headers: { 'x-csrf-token': csrf },
    data: { currentPassword: user.password, newPassword: `${user.password}-changed-for-e2e` },
  });
  expect(changed.status(), await changed.text()).toBe(200);
  return { api, csrf };
}

test('a partner signs in, reads the package in words, checks the original, answers and writes to the focal point', async ({
  browser,
  page,
  request,
}) => {
  const foreign = watchForeignRequests(page);
  // The reporter: consents to police referral and to being told what came of it.
  const notes = Buffer.from('Grey van, plate CKWX 214, outside my building at 22:40.\n');
  const submitted = await request.post('/api/v1/reports', {
    multipart: {
      language: 'en',
      narrative: 'Two men followed me home from the rally and photographed my building.',
      'incident[startedOn]': '2026-10-20',
      'incident[ongoing]': 'true',
      'incident[province]': 'ON',
      'incident[city]': 'Toronto',
      tactics: 'physical_surveillance',
      communities: 'hong_kong',
      channels: 'rally_or_protest',
      'reporter[anonymous]': 'true',
      'consents[contact]': 'false',
      'consents[referralToPolice]': 'true',
      'consents[anonymisedStatistics]': 'true',
      'consents[updates]': 'true',
      evidence: { name: 'van.txt', mimeType: 'text/plain', buffer: notes },
    },
  });
  expect(submitted.status()).toBe(201);
  const { reference, receipt } = (await submitted.json()) as { reference: string; receipt: string };

  // The supervisor refers the case to the Toronto Police Service (API: the console's referral form is H4's).
  const { api, csrf } = await supervisorSession();
  const cases = (await (await api.get(`/api/v1/cases?reference=${reference}`)).json()) as {
    items: { id: string; reference: string }[];
  };
  const caseId = cases.items.find((c) => c.reference === reference)?.id;
  expect(caseId).toBeTruthy();
  const orgs = (await (await api.get('/api/v1/partner-orgs')).json()) as {
    items: { id: string; name: string }[];
  };
  const org = orgs.items.find((o) => o.name === ORG);
  expect(org).toBeTruthy();
  const referred = await api.post(`/api/v1/cases/${caseId}/referrals`, {
    headers: { 'x-csrf-token': csrf },
    data: {
      partnerOrgId: org?.id,
      basis: 'consent',
      purpose: 'Surveillance of a protester’s home',
      note: '',
    },
  });
  expect(referred.status(), await referred.text()).toBe(201);
  const referralId = ((await referred.json()) as { id: string }).id;

  // The partner, made with the CLI for that organisation, signs in with a real TOTP code.
  const partner = createUser(`liaison-${unique()}@police.test`, 'partner', ORG);
  await signIn(page, partner);
  await expect(page.getByRole('heading', { level: 1, name: 'Referrals to your organisation' })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(reference) });
  await expect(row).toContainText('Awaiting your acknowledgement');
  await expectNoAxeViolations(page);

  await row.getByRole('button', { name: /Open/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Referral ${reference}` })).toBeVisible();
  await expect(page.getByText('Surveillance of a protester’s home')).toBeVisible();
  await expect(page.getByText(/Package SHA-256: [0-9a-f]{64}/)).toBeVisible();
  await expectNoAxeViolations(page);

  const pdf = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the package (PDF)' }).click();
  const pdfFile = await pdf;
  expect(pdfFile.suggestedFilename()).toBe(`referral-${reference}.pdf`);
  // The PDF reads in words: names and labels, dates in English, events as sentences; no codes or ids.
  const words = await pdfText(await readFile(await pdfFile.path()));
  for (const said of [
    `Referral package ${reference}`,
    'Partner: Toronto Police Service',
    'Basis: With the person’s consent',
    'Where: Toronto, Ontario',
    'Still going on: Yes',
    'Language of the report: English',
    `Report ${reference} received`,
    'Case opened',
    'File 1 (report',
  ]) {
    expect(words).toContain(said);
  }
  expect(words).toMatch(/When it happened: October 20, 2026/);
  expect(codesIn(words)).toEqual([]);

  // The original file as the reporter sent it: its SHA-256 is the one the manifest gives.
  const manifestHash = ((await page.locator('.evidence .sha').first().textContent()) ?? '').replace(
    'SHA-256: ',
    '',
  );
  expect(manifestHash).toBe(sha256(notes));
  const original = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download file 1 (original)' }).click();
  const originalFile = await original;
  expect(originalFile.suggestedFilename()).toBe(`${reference}-file-1-original.txt`);
  expect(sha256(await readFile(await originalFile.path()))).toBe(manifestHash);
  const copy = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download file 1 (sanitised copy)' }).click();
  expect((await copy).suggestedFilename()).toBe(`${reference}-file-1-sanitised.txt`);

  await page.getByRole('button', { name: 'Acknowledge receipt' }).click();
  await expect(page.getByText(/^Acknowledged on /)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Acknowledge receipt' })).toHaveCount(0);

  await page.getByLabel('Your reference number').fill('TPS-26-004217');
  await page.getByLabel('Outcome', { exact: true }).selectOption('investigating');
  await page.getByLabel('Note on the outcome').fill('Assigned to the intelligence unit.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');
  await expect(page.getByRole('listitem').filter({ hasText: 'Outcome: Investigating' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The partner writes to the focal point; a supervisor reads it on the case page and answers.
  await page.getByLabel('Your message').fill('Can we call the person on Tuesday morning?');
  await page.getByRole('button', { name: 'Send message' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Message sent.' })).toBeVisible();
  await expect(page.locator('.thread')).toContainText('Can we call the person on Tuesday morning?');
  await expectNoAxeViolations(page);

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, createUser(`supervisor-${unique()}@focalpoint.test`, 'supervisor'));
  await staff.goto(`/console/cases/${caseId}`);
  const thread = staff.getByRole('region', { name: 'Messages with Toronto Police Service' });
  await expect(thread).toContainText('Can we call the person on Tuesday morning?');
  await expectNoAxeViolations(staff);
  await thread.getByLabel('Your message').fill('Yes: she is free from 9 o’clock and prefers English.');
  await thread.getByRole('button', { name: 'Send message' }).click();
  await expect(thread.locator('.thread')).toContainText('she is free from 9 o’clock');
  await staffContext.close();

  await page.getByRole('button', { name: 'Back to the list' }).click();
  await expect(page.getByRole('row', { name: new RegExp(reference) })).toContainText('Investigating');
  await page
    .getByRole('row', { name: new RegExp(reference) })
    .getByRole('button', { name: /Open/ })
    .click();
  await expect(page.locator('.thread')).toContainText('Focal point');
  await expect(page.locator('.thread')).toContainText('she is free from 9 o’clock');
  await page.getByRole('button', { name: 'Back to the list' }).click();

  // The focal point sees the answer; the reporter reads the outcome in plain words.
  const seen = (await (await api.get(`/api/v1/referrals/${referralId}`)).json()) as {
    acknowledgedAt: string | null;
    partnerReference: string | null;
    outcome: string | null;
  };
  expect(seen).toMatchObject({ partnerReference: 'TPS-26-004217', outcome: 'investigating' });
  expect(seen.acknowledgedAt).not.toBeNull();
  const followup = await request.get('/api/v1/followup', {
    headers: { authorization: `Receipt ${receipt}` },
  });
  expect(followup.status()).toBe(200);
  const text = ((await followup.json()) as { referral: { text: string } | null }).referral?.text ?? '';
  expect(text).toContain('your report was referred to the police');
  expect(text).toContain('the police told us they are investigating');
  expect(text).not.toContain('intelligence unit');
  expect(foreign).toEqual([]);
  await api.dispose();
});

test('a supervisor refers a case in the console, then changes its status at once', async ({
  page,
  request,
}) => {
  const submitted = await request.post('/api/v1/reports', {
    data: {
      language: 'en',
      narrative: 'A caller who knew my family in Shenzhen told me to stop going to meetings.',
      tactics: ['threat_against_family'],
      channels: ['phone_call'],
      reporter: { anonymous: true },
      consents: { contact: false, referralToPolice: true, anonymisedStatistics: true, updates: false },
    },
  });
  expect(submitted.status(), await submitted.text()).toBe(201);
  const { reference } = (await submitted.json()) as { reference: string };
  const supervisor = createUser(`supervisor-${unique()}@focalpoint.test`, 'supervisor');
  await signIn(page, supervisor);
  const cases = (await (await page.request.get(`/api/v1/cases?reference=${reference}`)).json()) as {
    items: { id: string; reference: string }[];
  };
  const caseId = cases.items.find((c) => c.reference === reference)?.id;
  const orgs = (await (await page.request.get('/api/v1/partner-orgs')).json()) as {
    items: { id: string; name: string }[];
  };
  const org = orgs.items.find((o) => o.name === ORG);
  await page.goto(`/console/cases/${caseId}`);
  const head = page.locator('.case-head');
  await expect(head).toContainText('New');

  await page.getByLabel('Partner', { exact: true }).selectOption(org?.id ?? '');
  await page.getByLabel('Purpose').fill('Threats relayed through family abroad');
  await page.getByRole('button', { name: 'Refer', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Referral recorded.' })).toBeVisible();
  // The page shows the case as it now is: referred, with the moves a referred case allows.
  await expect(head).toContainText('Referred');
  await expectNoAxeViolations(page);

  await page.getByLabel('Move to').selectOption({ label: 'In progress' });
  await page.getByRole('button', { name: 'Change status' }).click();
  await expect(head).toContainText('In progress');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('an admin makes a partner account, choosing its organisation from a list', async ({ page }) => {
  const admin = createUser(`admin-${unique()}@focalpoint.test`, 'admin');
  await signIn(page, admin);
  await page.getByRole('link', { name: 'Users' }).click();
  await page.getByLabel('E-mail', { exact: true }).fill(`liaison-${unique()}@police.test`);
  await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Partner' });
  await page.getByLabel('Partner organisation').selectOption({ label: `${ORG} (ON)` });
  await page.getByLabel('Language').selectOption('fr');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByText('Give these to the person in a safe way now')).toBeVisible();
  await expect(page.getByRole('cell', { name: `Partner — ${ORG}` }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});
