import { expect, type Page, test } from '@playwright/test';
import { RECEIPT } from './helpers.ts';

/**
 * Quick exit leaves nothing behind: after leaving (the button, or Esc when JavaScript runs), going Back
 * shows neither the receipt nor the report, with JavaScript on and off. The weather page is never really
 * fetched (the browser tests must not touch the Internet): the route answers for it.
 */
const WEATHER = 'https://www.weather.gc.ca/';

async function stubWeather(page: Page): Promise<() => boolean> {
  let left = false;
  await page.route(`${WEATHER}**`, (route) => {
    left = true;
    return route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<title>Weather</title><p>Sunny</p>',
    });
  });
  return () => left;
}

/** Sends a short report in English and returns its receipt, read from the confirmation. */
async function sendReport(page: Page, narrative: string): Promise<string> {
  await page.goto('/en/report');
  await page.getByLabel('Describe what happened').fill(narrative);
  await page.getByRole('button', { name: 'Send my report' }).click();
  // With JavaScript the form waits for its proof of work (at most 15 seconds) before it goes.
  await expect(page.getByRole('heading', { level: 1, name: 'Your report has been sent' })).toBeVisible({
    timeout: 30_000,
  });
  const receipt = (await page.locator('#receipt').textContent())?.trim() ?? '';
  expect(receipt).toMatch(RECEIPT);
  return receipt;
}

/** Opens the report with its receipt (POST, then the one-time address it is sent to). */
async function openReport(page: Page, receipt: string) {
  await page.goto('/en/follow-up');
  await page.getByLabel('Receipt').fill(receipt);
  await page.getByRole('button', { name: 'Show my report' }).click();
  await expect(page.locator('.status')).toHaveText(/received your report/i);
  expect(page.url()).toMatch(/\/en\/follow-up\/view\?t=/);
}

/** What a person who comes to the browser after may see by going Back: no receipt, no report. */
async function expectNothingBehind(page: Page, receipt: string, narrative: string) {
  const text =
    (await page
      .locator('body')
      .textContent()
      .catch(() => '')) ?? '';
  expect(text.replace(/\s/g, '')).not.toContain(receipt.replaceAll('-', ''));
  expect(text).not.toContain(receipt);
  expect(text).not.toContain(narrative);
  await expect(page.locator('.status')).toHaveCount(0);
}

/**
 * Sends a report, opens it if asked, leaves by the button or Esc, goes Back and checks nothing is
 * there; returns what the next checks need.
 */
async function leaveAndGoBack(
  page: Page,
  opts: { narrative: string; from: 'confirmation' | 'report'; by: 'button' | 'escape' },
) {
  const left = await stubWeather(page);
  const receipt = await sendReport(page, opts.narrative);
  if (opts.from === 'report') await openReport(page, receipt);
  if (opts.by === 'button') {
    await page.getByRole('link', { name: 'Quick exit' }).click();
  } else {
    await expect(page.locator('[data-quick-exit]')).toHaveAttribute('aria-keyshortcuts', 'Escape');
    await page.keyboard.press('Escape');
  }
  await expect.poll(left).toBe(true);
  await expect(page).toHaveURL(WEATHER);
  await page.goBack().catch(() => {});
  expect(page.url()).not.toBe(WEATHER);
  await expectNothingBehind(page, receipt, opts.narrative);
  return { receipt, narrative: opts.narrative };
}

test.describe('with JavaScript', () => {
  test('Esc leaves the confirmation at once, and Back does not show the receipt', async ({ page }) => {
    await leaveAndGoBack(page, { narrative: 'Esc after the receipt.', from: 'confirmation', by: 'escape' });
  });

  test('the Quick exit button leaves the report’s page, and Back shows neither the report nor its receipt', async ({
    page,
  }) => {
    const { receipt, narrative } = await leaveAndGoBack(page, {
      narrative: 'Quick exit from follow-up, with JavaScript.',
      from: 'report',
      by: 'button',
    });
    // Forward and Back again: the report's one-time page is never shown twice.
    await page.goForward().catch(() => {});
    await page.goBack().catch(() => {});
    await expectNothingBehind(page, receipt, narrative);
  });

  test('Esc on the report’s page leaves; Back finds the page expired or gone', async ({ page }) => {
    await leaveAndGoBack(page, { narrative: 'Esc from the report page.', from: 'report', by: 'escape' });
  });

  test('on a phone-sized screen the Quick exit button stays in view, however far the page is scrolled', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/fa/report');
    const exit = page.locator('[data-quick-exit]');
    await expect(exit).toBeInViewport();
    await page.locator('button[aria-describedby="submit-hint"]').scrollIntoViewIfNeeded();
    await expect(exit).toBeInViewport();
    // Nothing covers it: it is the element a tap at its centre reaches.
    const box = await exit.boundingBox();
    expect(box).not.toBeNull();
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x ?? 0, y ?? 0)?.closest('[data-quick-exit]') !== null,
      [(box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2],
    );
    expect(hit).toBe(true);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('after Quick exit from the report’s page, Back says the page expired', async ({ page }) => {
    await leaveAndGoBack(page, {
      narrative: 'Quick exit from follow-up, no script.',
      from: 'report',
      by: 'button',
    });
    await expect(page.getByRole('heading', { name: 'This page has expired' })).toBeVisible();
    await expect(page.getByLabel('Receipt')).toBeVisible();
  });

  test('after Quick exit from the confirmation, Back and reload never show the receipt again', async ({
    page,
  }) => {
    const { receipt, narrative } = await leaveAndGoBack(page, {
      narrative: 'Quick exit after the receipt, no script.',
      from: 'confirmation',
      by: 'button',
    });
    await page.reload().catch(() => {});
    await expectNothingBehind(page, receipt, narrative);
  });
});
