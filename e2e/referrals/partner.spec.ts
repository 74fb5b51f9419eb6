import { type APIRequestContext, expect, request as playwrightRequest, test } from '@playwright/test';
import { expectNoAxeViolations, signIn, totpNow, watchForeignRequests } from '../console/helpers.ts';
import { createUser } from '../support/cli.ts';
import { E2E_BASE_URL } from '../support/environment.ts';

/**
 * A partner liaison of the Toronto Police Service (a seeded organisation) signs in to the console with a
 * real TOTP code, finds the referral a supervisor sent, downloads the package, acknowledges it, gives
 * their file number and the outcome — and the reporter reads the outcome in their follow-up.
 */
const ORG = 'Toronto Police Service';
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

test('a partner signs in, sees only its referral, acknowledges it and reports the outcome', async ({
  page,
  request,
}) => {
  const foreign = watchForeignRequests(page);
  // The reporter: consents to police referral and to being told what came of it.
  const submitted = await request.post('/api/v1/reports', {
    data: {
      language: 'en',
      narrative: 'Two men followed me home from the rally and photographed my building.',
      incident: { startedOn: '2026-10-20', ongoing: true, province: 'ON', city: 'Toronto' },
      tactics: ['physical_surveillance'],
      communities: ['hong_kong'],
      channels: ['rally_or_protest'],
      reporter: { anonymous: true },
      consents: { contact: false, referralToPolice: true, anonymisedStatistics: true, updates: true },
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
  expect((await pdf).suggestedFilename()).toBe(`referral-${reference}.pdf`);

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

  await page.getByRole('button', { name: 'Back to the list' }).click();
  await expect(page.getByRole('row', { name: new RegExp(reference) })).toContainText('Investigating');

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
