import { expect, type Page, test } from '@playwright/test';
import { focalpoint } from '../support/cli.ts';
import { expectNoAxeViolations, newStaff, signIn } from './helpers.ts';

/**
 * A new intake officer triages a queue of 300 demo cases by filters alone: each row's summary line says what
 * the case is about, filters narrow the queue, a saved view brings the filters back (kept on the server),
 * demo cases are marked as such. Keyboard only for the filters; axe on every state shown.
 */
const count = async (page: Page) =>
  Number(((await page.getByText(/cases?, most urgent first/).textContent()) ?? '').replace(/\D/g, ''));

test.describe('the triage queue', () => {
  test.beforeAll(() => {
    focalpoint(['demo', 'seed', '--reports', '300', '--seed', '18']);
  });

  test('an intake officer triages 300 demo cases by filters, saves a view and finds it again', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await signIn(page, newStaff('intake_officer'));
    await expect(page.getByRole('heading', { level: 1, name: 'Triage queue' })).toBeVisible();
    const all = await count(page);
    expect(all).toBeGreaterThanOrEqual(300);
    const rows = page.locator('table.queue tbody tr');
    await expect(rows).toHaveCount(25);
    // Every demo case is marked; every row has its summary line.
    await expect(
      rows.first().getByText('Synthetic case made for a demonstration, not a real report'),
    ).toHaveCount(1);
    await expect(rows.first().locator('.summary-line')).not.toBeEmpty();
    await expectNoAxeViolations(page);

    // Keyboard only: open "More filters", choose a community and a language, send the form with Enter.
    await page.getByText('More filters').focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Community').focus();
    await page.getByLabel('Community').selectOption('uyghur');
    await page.getByLabel('Reporter’s language').selectOption('ug');
    await page.getByLabel('Reference').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => count(page)).toBeLessThan(all);
    const uyghur = await count(page);
    expect(uyghur).toBeGreaterThan(0);
    for (const line of await page.locator('table.queue .summary-line').allTextContents()) {
      expect(line).toContain('Uyghur');
    }
    // A reporter who reads neither English nor French: the line says an interpreter is needed.
    await expect(rows.first().getByText('interpreter needed')).toBeVisible();
    await expectNoAxeViolations(page);

    // Save the view, clear the filters, and bring the view back — after a reload too (kept on the server).
    await page.getByLabel('Save these filters as').fill('Uyghur speakers');
    await page.getByRole('button', { name: 'Save view' }).click();
    await expect(page.getByText('View “Uyghur speakers” saved.')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => count(page)).toBe(all);
    await page.reload();
    await page.getByLabel('Open a saved view').selectOption({ label: 'Uyghur speakers' });
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect.poll(() => count(page)).toBe(uyghur);
    await expect(page.getByLabel('Community')).toHaveValue('uyghur');

    // Demo cases left out: none remain (all 300 are synthetic); only them: the same count.
    await page.getByLabel('Demo cases').selectOption('only');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => count(page)).toBe(uyghur);
    await page.getByLabel('Demo cases').selectOption('exclude');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page.getByText('No case matches these filters.')).toBeVisible();
    await expectNoAxeViolations(page);

    // In French.
    await page.getByRole('button', { name: 'Français' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'File de triage' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Vues enregistrées' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
