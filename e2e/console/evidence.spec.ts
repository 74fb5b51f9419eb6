import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, newStaff, signIn } from './helpers.ts';

/** Evidence sent with a report: staff download the sanitised copy; a supervisor the original, with a reason. */
test('evidence: sanitised copy for staff, original for a supervisor with a stated reason', async ({
  page,
  request,
}) => {
  const supervisor = newStaff('supervisor');
  const submitted = await request.post('/api/v1/reports', {
    multipart: {
      narrative: 'Photos of the car parked outside my home every night; my notes are attached.',
      language: 'en',
      tactics: 'physical_surveillance',
      channels: 'home',
      evidence: { name: 'plates.txt', mimeType: 'text/plain', buffer: Buffer.from('Plate ABC 123, 22:40\n') },
    },
  });
  expect(submitted.status()).toBe(201);
  const { reference } = (await submitted.json()) as { reference: string };

  await signIn(page, supervisor);
  await page.getByLabel('Reference').fill(reference);
  await page.getByRole('button', { name: 'Apply' }).click();
  await page.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Case ${reference}` })).toBeVisible();
  await expect(page.locator('.file-name', { hasText: 'plates.txt' })).toBeVisible();

  const sanitised = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download sanitised copy plates.txt' }).click();
  const copy = await sanitised;
  expect(await readFile(await copy.path(), 'utf8')).toBe('Plate ABC 123, 22:40\n');

  await page.getByRole('button', { name: 'Original… plates.txt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Download the original file' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByLabel('Reason').fill('RCMP asked for the file as received, for the chain of custody');
  const original = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download the original' }).click();
  expect(await readFile(await (await original).path(), 'utf8')).toBe('Plate ABC 123, 22:40\n');
  await expect(dialog).toBeHidden();

  await page.reload();
  await expect(page.locator('.timeline')).toContainText('Original evidence downloaded');
  await expect(page.locator('.timeline')).toContainText('RCMP asked for the file');
  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('row', { name: /case\.evidence\.original_downloaded/ }).first()).toBeVisible();
  await expect(page.getByRole('row', { name: /case\.evidence\.downloaded/ }).first()).toBeVisible();
});
