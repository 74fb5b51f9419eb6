import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations, newStaff, signIn } from './helpers.ts';

/**
 * Records management in the console: an administrator edits the schedule (a bad duration is refused at
 * its field), a supervisor places a legal hold and approves a reporter's deletion request — each page
 * free of accessibility violations, in English and in French.
 */

async function submitReport(page: Page, narrative: string) {
  const res = await page.request.post('/api/v1/reports', {
    data: {
      language: 'en',
      narrative,
      incident: { startedOn: '2026-09-01', ongoing: false, province: 'ON', city: 'Ottawa' },
      tactics: ['doxxing'],
      communities: ['uyghur'],
      channels: ['social_media'],
      reporter: { anonymous: true },
      consents: { contact: false, referralToPolice: false, anonymisedStatistics: true },
    },
  });
  expect(res.status()).toBe(201);
  return (await res.json()) as { reference: string; receipt: string };
}

async function inFrench(page: Page, heading: string) {
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Records retention' })).toBeVisible();
}

test('an administrator edits the retention schedule', async ({ page }) => {
  await signIn(page, newStaff('admin'));
  await page.getByRole('link', { name: 'Retention' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Records retention' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What the next run would do' })).toBeVisible();
  await expectNoAxeViolations(page);

  const field = page.getByLabel('Closed: Resolved — De-identify after');
  await expect(field).toHaveValue('2y');
  await field.fill('soon');
  await page.getByRole('button', { name: 'Save the schedule' }).click();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Write a duration such as 730d, 2y, 12h or 5m, or “never”.')).toBeVisible();
  await expectNoAxeViolations(page);

  await field.fill('730d');
  await page.getByRole('button', { name: 'Save the schedule' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The schedule was saved.' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Closed: Resolved — De-identify after')).toHaveValue('2y');
  await inFrench(page, 'Conservation des dossiers');
});

test('a supervisor places a legal hold and approves a deletion request', async ({ page }) => {
  const held = await submitReport(page, 'A case the police asked us to keep.');
  const leaving = await submitReport(page, 'A reporter who wants this deleted.');
  const asked = await page.request.post('/api/v1/followup/deletion-request', {
    headers: { authorization: `Receipt ${leaving.receipt}` },
  });
  expect(asked.status()).toBe(202);

  await signIn(page, newStaff('supervisor'));
  await page.getByRole('link', { name: 'Retention' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Records retention' })).toBeVisible();
  // Supervisors read the schedule; only admins edit it.
  await expect(page.getByText('Only an administrator can change the schedule.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save the schedule' })).toHaveCount(0);

  await page.getByLabel('Case reference').fill(held.reference);
  await page.getByLabel('Basis').selectOption('police_investigation');
  await page
    .getByLabel('Reason (kept sealed, shown to supervisors)')
    .fill('Production order, file 2026-0042');
  await page.getByLabel('Review by').fill('2027-06-30');
  await page.getByRole('button', { name: 'Place the hold' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The hold was placed.' })).toBeVisible();
  const hold = page.getByRole('row').filter({ hasText: held.reference });
  await expect(hold).toContainText('Production order, file 2026-0042');
  await expect(hold).toContainText('In force');
  await expectNoAxeViolations(page);

  // Reviewed: it still stands, with the next review date; then lifted.
  await hold.getByLabel(`Next review ${held.reference}`).fill('2027-12-31');
  const reviewed = page.waitForResponse((r) => r.url().endsWith('/review') && r.status() === 200);
  await hold.getByRole('button', { name: `Reviewed: keep ${held.reference}` }).click();
  expect(((await (await reviewed).json()) as { reviewOn: string }).reviewOn).toBe('2027-12-31');
  await expect(hold).toContainText('In force');
  await hold.getByRole('button', { name: `Lift ${held.reference}` }).click();
  await expect(hold).toContainText('Lifted on');
  await expectNoAxeViolations(page);

  const request = page.getByRole('row').filter({ hasText: leaving.reference });
  await expect(request).toContainText('Waiting');
  await expectNoAxeViolations(page);
  await inFrench(page, 'Conservation des dossiers');

  await page.getByRole('button', { name: `Approve and delete ${leaving.reference}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The report was deleted.' })).toBeVisible();
  await expect(page.getByText('No deletion request is waiting.')).toBeVisible();
  await expectNoAxeViolations(page);

  // The reporter sees it done in follow-up.
  const followup = await page.request.get('/api/v1/followup', {
    headers: { authorization: `Receipt ${leaving.receipt}`, 'accept-language': 'en' },
  });
  expect(followup.status()).toBe(200);
  expect(((await followup.json()) as { status: { code: string } }).status.code).toBe('deleted');
});
