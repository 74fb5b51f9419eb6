import { expect, test } from '@playwright/test';
import { fillReport, submitAndReadReceipt } from '../public/helpers.ts';
import { expectNoAxeViolations, newStaff, totpNow } from './helpers.ts';

/**
 * A report sent through the public form (JavaScript on, proof of work solved) reaches the triage queue,
 * and an intake officer who uses only the keyboard signs in, opens it, triages it and writes back.
 */
test('a report from the public form is triaged by keyboard alone', async ({ browser, request }) => {
  const reporterContext = await browser.newContext();
  const reporter = await reporterContext.newPage();
  await reporter.goto('/en/report');
  await fillReport(reporter, 'A man filmed me at the campus vigil and sent the video to my parents.');
  await expect(reporter.locator('input[name="powSolution"]')).not.toHaveValue('', { timeout: 20_000 });
  const receipt = await submitAndReadReceipt(reporter);
  await reporterContext.close();
  const followup = await request.get('/api/v1/followup', {
    headers: { authorization: `Receipt ${receipt}` },
  });
  const { reference } = (await followup.json()) as { reference: string };

  const intake = newStaff('intake_officer');
  const staffContext = await browser.newContext();
  const page = await staffContext.newPage();
  const kb = page.keyboard;
  await page.goto('/console/');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  // Tab order: skip link, language switch, then the form's fields in reading order.
  await kb.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await kb.press('Tab');
  await kb.press('Tab');
  await expect(page.getByLabel('Work e-mail address')).toBeFocused();
  await kb.type(intake.email);
  await kb.press('Tab');
  await kb.type(intake.password);
  await kb.press('Tab');
  await kb.type(totpNow(intake.totpSecret));
  await kb.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Choose your password' })).toBeVisible();
  const newPassword = `${intake.password}-keyboard-only`;
  await page.getByLabel('One-time or current password').focus();
  await kb.type(intake.password);
  await kb.press('Tab');
  await kb.type(newPassword);
  await kb.press('Tab');
  await kb.type(newPassword);
  await kb.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Triage queue' })).toBeVisible();

  const link = page.getByRole('link', { name: reference });
  await expect(link).toBeVisible();
  await link.focus();
  await kb.press('Enter');
  const heading = page.getByRole('heading', { level: 1, name: `Case ${reference}` });
  await expect(heading).toBeVisible();
  // Focus moves to the new page's heading, so a screen reader announces it.
  await expect(heading).toBeFocused();
  await expect(page.getByText('A man filmed me at the campus vigil')).toBeVisible();
  await expect(page.locator('#reports').getByText('wxid_e2e_canary')).toBeVisible();
  // The case's identifiers, how each was found: the one typed in the form field.
  await expect(
    page.locator('#identifiers').getByRole('rowheader', { name: 'wxid_e2e_canary' }),
  ).toBeVisible();

  await page.getByLabel('Move to').focus();
  await kb.press('Tab');
  await expect(page.getByRole('button', { name: 'Change status' })).toBeFocused();
  await kb.press('Enter');
  await expect(page.locator('.case-head').getByText('Triaged')).toBeVisible();
  await page.getByLabel('Message to the reporter').focus();
  await kb.type('Thank you for writing to us. We will call your parents’ situation urgent.');
  await kb.press('Tab');
  await expect(page.getByRole('button', { name: 'Send message' })).toBeFocused();
  await kb.press('Enter');
  await expect(page.getByText('Message sent.')).toBeVisible();
  await expectNoAxeViolations(page);

  const after = await request.get('/api/v1/followup', { headers: { authorization: `Receipt ${receipt}` } });
  const view = (await after.json()) as { status: { code: string }; messages: { body: string }[] };
  expect(view.status.code).toBe('under_review');
  expect(view.messages.map((m) => m.body)).toContain(
    'Thank you for writing to us. We will call your parents’ situation urgent.',
  );
  await staffContext.close();
});
