import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, newStaff, signIn, watchForeignRequests } from '../console/helpers.ts';
import { focalpoint } from '../support/cli.ts';

test.describe('staff dashboard', () => {
  test.beforeAll(() => {
    // Synthetic reports through the same intake service the public form uses.
    focalpoint(['demo', 'seed', '--reports', '40']);
  });

  test('an analyst sees charts with their tables, filters them, and the page passes axe', async ({
    page,
  }) => {
    const foreign = watchForeignRequests(page);
    await signIn(page, newStaff('analyst'));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
    await expect(page).toHaveURL(/\/console\/dashboard$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

    const byMonth = page.getByRole('img', { name: 'Reports per month' });
    await expect(byMonth).toBeVisible();
    expect(await byMonth.locator('rect').count()).toBeGreaterThan(0);
    const tactics = page.getByRole('table', { name: 'Reports by tactic' });
    await expect(tactics).toBeVisible();
    expect(await tactics.locator('tbody tr').count()).toBeGreaterThan(0);
    await expect(page.getByRole('table', { name: 'Cases by risk' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Time to acknowledge, by risk' })).toBeVisible();
    // The summary figures add up to the seeded reports (at least the 40 of this run).
    const reports = Number(
      (
        await page
          .locator('dt', { hasText: /^Reports$/ })
          .locator('xpath=following-sibling::dd[1]')
          .textContent()
      )?.replace(/\D/g, ''),
    );
    expect(reports).toBeGreaterThanOrEqual(40);
    await expectNoAxeViolations(page);

    // Filter on one risk: every case in the risk table is of that risk.
    await page.getByLabel('Risk', { exact: true }).selectOption('high');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    const riskTable = page.getByRole('table', { name: 'Cases by risk' });
    await expect(riskTable.locator('tbody tr')).toHaveCount(1);
    await expect(riskTable.locator('tbody tr th')).toHaveText('High');

    // A period with nothing in it shows the empty state.
    await page.getByLabel('Received from').fill('2099-01-01');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page.getByText('No report matches these filters.')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.getByRole('img', { name: 'Reports per month' })).toBeVisible();

    // In French too.
    await page.getByRole('button', { name: 'Français' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Signalements par tactique' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/dashboard-fr.png', fullPage: true });
    await page.screenshot({ path: 'test-results/dashboard-fr-top.png' });
    expect(foreign).toEqual([]);
  });

  test('the periodic report: from the CLI while the server runs, and from the dashboard', async ({
    page,
  }) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fp-e2e-report-'));
    try {
      const out = path.join(dir, 'report.html');
      const result = JSON.parse(
        focalpoint([
          'report',
          '--from',
          '2000-01-01',
          '--to',
          '2100-12-31',
          '--lang',
          'fr',
          '--format',
          'html',
          '--out',
          out,
          '--json',
        ]),
      ) as { file: string; bytes: number };
      expect(result.file).toBe(out);
      const html = readFileSync(out, 'utf8');
      expect(html).toContain('<html lang="fr">');
      expect(html).toContain('Signalements reçus');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    await signIn(page, newStaff('supervisor'));
    await page.goto('/console/dashboard');
    await expect(
      page.getByText('Choose both dates of the period to download the periodic report.'),
    ).toBeVisible();
    await page.getByLabel('Received from').fill('2000-01-01');
    await page.getByLabel('Received until').fill('2100-12-31');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    const pdfLink = page.getByRole('link', { name: 'Download as PDF' });
    await expect(pdfLink).toBeVisible();
    const href = await pdfLink.getAttribute('href');
    expect(href).toContain('/api/v1/reports/periodic?from=2000-01-01&to=2100-12-31&lang=en&format=pdf');
    const [download] = await Promise.all([page.waitForEvent('download'), pdfLink.click()]);
    expect(download.suggestedFilename()).toBe('focalpoint-report-2000-01-01-2100-12-31-en.pdf');
    const bytes = readFileSync((await download.path()) ?? '');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  test('a caseworker has no dashboard', async ({ page }) => {
    await signIn(page, newStaff('caseworker'));
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }),
    ).toHaveCount(0);
    await page.goto('/console/dashboard');
    await expect(
      page.getByRole('heading', { level: 1, name: 'This page is not open to your role.' }),
    ).toBeVisible();
  });
});
