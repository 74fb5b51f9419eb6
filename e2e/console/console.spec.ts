import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, newStaff, signIn } from './helpers.ts';

test('the console speaks French on request, and an analyst sees no identity or narrative', async ({
  page,
  request,
}) => {
  const analyst = newStaff('analyst');
  const submitted = await request.post('/api/v1/reports', {
    data: {
      language: 'en',
      narrative: 'Analyst must never read this narrative.',
      incident: { startedOn: '2026-09-01', ongoing: false, province: 'QC', city: 'Montréal' },
      tactics: ['doxxing'],
      communities: ['uyghur'],
      channels: ['social_media'],
      perpetrators: [{ description: 'x', indicators: [{ kind: 'email', value: 'spy-e2e@example.net' }] }],
      reporter: { anonymous: false, name: 'Hidden From Analysts', email: 'hidden@example.org' },
      consents: { contact: true, referralToPolice: false, anonymisedStatistics: true },
    },
  });
  expect(submitted.status()).toBe(201);
  const { reference } = (await submitted.json()) as { reference: string };

  await signIn(page, analyst);
  await page.getByLabel('Reference').fill(reference);
  await page.getByRole('button', { name: 'Apply' }).click();
  await page.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Case ${reference}` })).toBeVisible();
  await expect(page.getByText(/De-identified view/)).toBeVisible();
  await expect(page.getByText('Analyst must never read')).toHaveCount(0);
  await expect(page.getByText('Hidden From Analysts')).toHaveCount(0);
  await expect(page.getByText('spy-e2e@example.net')).toHaveCount(0);
  await expect(page.getByText('Montréal')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Messages with the reporter' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Dossier ${reference}` })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByText(/Vue dépersonnalisée/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Retour aux dossiers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'File de triage' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Triage queue' })).toBeVisible();
});

test('an administrator manages users and never reaches case content', async ({ page, request }) => {
  const admin = newStaff('admin');
  await signIn(page, admin);
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Cases' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  // An analyst: an admin alone may create one (a caseworker would go to a supervisor for approval).
  const email = `new-analyst-${Date.now()}@focalpoint.test`;
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Role', { exact: true }).selectOption('analyst');
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByText('they will not be shown again')).toBeVisible();
  await expect(page.getByRole('cell', { name: email, exact: true })).toBeVisible();
  await page.goto('/console/cases/00000000-0000-4000-8000-000000000000');
  await expect(
    page.getByRole('heading', { level: 1, name: 'This page is not open to your role.' }),
  ).toBeVisible();
  const api = await page.request.get('/api/v1/cases');
  expect(api.status()).toBe(403);
  expect((await request.get('/api/v1/cases')).status()).toBe(401);
});

test('a supervisor reads what the background jobs did, in words, and what waits to be indexed', async ({
  page,
}) => {
  await signIn(page, newStaff('supervisor'));
  await page.getByRole('link', { name: 'System' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Background work' })).toBeVisible();
  const jobs = page.getByRole('table', { name: 'Background jobs of this instance' });
  await expect(jobs.getByRole('rowheader', { name: 'Indexing and linking of new reports' })).toBeVisible();
  await expect(jobs.getByRole('rowheader', { name: 'Notifications to staff' })).toBeVisible();
  await expect(page.getByText('None: every report has been indexed.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Travail en arrière-plan' })).toBeVisible();
  await expect(
    page.getByRole('rowheader', { name: 'Indexation et liaison des nouveaux signalements' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'English' }).click();
});

test('the first-run set-up page says what to do without a link', async ({ page }) => {
  await page.goto('/console/setup');
  await expect(page.getByRole('heading', { level: 1, name: 'Set up FocalPoint' })).toBeVisible();
  await expect(page.locator('.state')).toBeVisible();
  await expectNoAxeViolations(page);
});
