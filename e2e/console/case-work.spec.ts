import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, newStaff, signIn, signOut, watchForeignRequests } from './helpers.ts';

/**
 * A case worked from arrival: a report arrives through the public API, an intake officer signs in with
 * TOTP, triages and assigns it and writes to the reporter, the reporter answers through follow-up with
 * the receipt, and a supervisor reveals the identity with a reason and finds that act in the audit log.
 */
test('triage, message the reporter, read the reply, reveal the identity, audit it', async ({
  page,
  request,
}) => {
  const foreign = watchForeignRequests(page);
  const intake = newStaff('intake_officer');
  const caseworker = newStaff('caseworker');
  const supervisor = newStaff('supervisor');

  const submitted = await request.post('/api/v1/reports', {
    data: {
      language: 'en',
      narrative: 'Two men followed me home after the vigil and photographed my door.',
      incident: { startedOn: '2026-10-01', ongoing: true, province: 'ON', city: 'Toronto' },
      tactics: ['physical_surveillance', 'threat_of_violence'],
      communities: ['tibetan'],
      channels: ['in_person'],
      suspectedState: 'CN',
      perpetrators: [
        { description: 'Two men in a grey car', indicators: [{ kind: 'phone', value: '+1 416 555 0199' }] },
      ],
      reporter: {
        anonymous: false,
        name: 'Pema E2E',
        email: 'pema.e2e@example.org',
        preferredLanguage: 'en',
      },
      consents: { contact: true, referralToPolice: true, anonymisedStatistics: true },
    },
  });
  expect(submitted.status()).toBe(201);
  const { reference, receipt } = (await submitted.json()) as { reference: string; receipt: string };

  await test.step('an intake officer signs in and finds the report in the queue', async () => {
    await signIn(page, intake, { checkA11y: true });
    await expect(page.getByRole('heading', { level: 1, name: 'Triage queue' })).toBeVisible();
    await page.getByLabel('Reference').fill(reference);
    await page.getByRole('button', { name: 'Apply' }).click();
    const row = page.getByRole('row', { name: new RegExp(reference) });
    await expect(row).toBeVisible();
    await expect(row.getByText('New', { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    await row.getByRole('link', { name: reference }).click();
  });

  await test.step('reads the narrative and triages the case', async () => {
    await expect(page.getByRole('heading', { level: 1, name: `Case ${reference}` })).toBeVisible();
    await expect(page.getByText('Two men followed me home after the vigil')).toBeVisible();
    await expect(page.getByText('+1 416 555 0199')).toBeVisible();
    // Intake officers never see the reporter's identity.
    await expect(page.getByText('Pema E2E')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Reveal identity…' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Edit classification' }).click();
    await page.getByRole('checkbox', { name: 'Stalking', exact: true }).check();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Save classification' }).click();
    await expect(page.getByText(`Report ${reference} re-classified`)).toBeVisible();
    await expect(page.locator('.facts').first()).toContainText('Stalking');
    await page.getByLabel('Move to').selectOption('triaged');
    await page.getByRole('button', { name: 'Change status' }).click();
    await expect(page.locator('.case-head').getByText('Triaged')).toBeVisible();
    await page.getByLabel('Assigned to').selectOption({ label: `${caseworker.email} (Caseworker)` });
    await page.getByRole('button', { name: 'Assign' }).click();
    await expect(page.locator('.case-head').getByText(caseworker.email)).toBeVisible();
  });

  await test.step('writes to the reporter', async () => {
    await page.getByLabel('Message to the reporter').fill('We have your report. Are you safe tonight?');
    await page.getByRole('button', { name: 'Send message' }).click();
    await expect(page.getByText('Message sent.')).toBeVisible();
    await expect(page.locator('.thread')).toContainText('We have your report. Are you safe tonight?');
  });

  await test.step('the reporter reads it through follow-up and answers', async () => {
    const headers = { authorization: `Receipt ${receipt}` };
    const followup = await request.get('/api/v1/followup', { headers });
    expect(followup.status()).toBe(200);
    const view = (await followup.json()) as { messages: { direction: string; body: string }[] };
    expect(view.messages.map((m) => m.body)).toContain('We have your report. Are you safe tonight?');
    const reply = await request.post('/api/v1/followup/messages', {
      headers,
      data: { body: 'Yes, I am at a friend’s place. Thank you.' },
    });
    expect(reply.status()).toBe(201);
  });

  await test.step('the reply arrives in the case', async () => {
    await page.reload();
    await expect(page.locator('.thread')).toContainText('Yes, I am at a friend’s place. Thank you.');
    await signOut(page);
  });

  await test.step('a supervisor reveals the identity with a reason', async () => {
    await signIn(page, supervisor);
    await page.getByLabel('Reference').fill(reference);
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByRole('link', { name: reference }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Case ${reference}` })).toBeVisible();
    await expect(page.getByText('Pema E2E')).toHaveCount(0);
    await page.getByRole('button', { name: 'Reveal identity…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reveal the reporter’s identity' });
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page);
    await dialog.getByLabel('Reason').fill('Police liaison needs to call the reporter back');
    await dialog.getByRole('button', { name: 'Reveal' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Pema E2E')).toBeVisible();
    await expect(page.getByText('pema.e2e@example.org')).toBeVisible();
  });

  await test.step('and finds case.identity.revealed in the audit log', async () => {
    await page.getByRole('link', { name: 'Audit log' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
    const row = page.getByRole('row', { name: /case\.identity\.revealed/ }).first();
    await expect(row).toBeVisible();
    await expect(row).toContainText(supervisor.email);
    await expectNoAxeViolations(page);
    // The audit log holds codes: neither the reason nor the identity.
    await expect(page.getByText('Police liaison')).toHaveCount(0);
    await expect(page.getByText('Pema E2E')).toHaveCount(0);
  });

  expect(foreign).toEqual([]);
});
