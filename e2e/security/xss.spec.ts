import { expect, type Page, test } from '@playwright/test';
import { newStaff, signIn } from '../console/helpers.ts';

/**
 * Hostile text in every field a reporter controls (and in what staff write) is shown as text in the
 * console and on the public follow-up page: no script runs, and the strict CSP is never even tested by
 * an injected inline handler (a violation would mean something reached the DOM as markup).
 */
const PAYLOADS = [
  '<script>window.__xss=(window.__xss||0)+1</script>',
  '"><img src=x onerror="window.__xss=(window.__xss||0)+1">',
  "'><svg onload=window.__xss=(window.__xss||0)+1>",
  '<a href="javascript:window.__xss=1">click</a>',
  '{{constructor.constructor("window.__xss=1")()}}',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
];
const x = (i: number) => PAYLOADS[i % PAYLOADS.length]!;

async function watch(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return async () => {
    const state = await page.evaluate(() => {
      const w = window as unknown as { __xss?: number; __csp: string[] };
      return { xss: w.__xss ?? 0, csp: w.__csp ?? [] };
    });
    expect(state.xss, 'an injected script ran').toBe(0);
    expect(state.csp, 'the CSP had to block injected markup').toEqual([]);
    expect(dialogs).toEqual([]);
  };
}

test('payloads in every text field stay inert in the console and on the follow-up page', async ({
  page,
  request,
}) => {
  const submitted = await request.post('/api/v1/reports', {
    data: {
      language: 'en',
      narrative: `XSS-NARRATIVE ${PAYLOADS.join(' ')}`,
      incident: { startedOn: '2026-10-01', province: 'ON', city: x(1), institution: x(2) },
      tactics: ['death_threat'],
      channels: ['messaging_app'],
      suspectedState: 'CN',
      perpetrators: [
        {
          description: x(3),
          type: 'unknown',
          indicators: [
            { kind: 'url', value: 'javascript:window.__xss=1//https://evil.example' },
            { kind: 'account', platform: 'x', value: x(1) },
            { kind: 'other', value: x(0) },
          ],
        },
      ],
      reporter: {
        anonymous: false,
        name: x(1),
        email: 'xss@example.org',
        safeToContact: x(2),
        preferredLanguage: x(0),
      },
      consents: { contact: true, referralToPolice: true, anonymisedStatistics: true },
    },
  });
  expect(submitted.status()).toBe(201);
  const { reference, receipt } = (await submitted.json()) as { reference: string; receipt: string };
  const reply = await request.post('/api/v1/followup/messages', {
    headers: { authorization: `Receipt ${receipt}` },
    data: { body: `XSS-MESSAGE ${x(1)} ${x(5)}` },
  });
  expect(reply.status()).toBeLessThan(300);

  const check = await watch(page);
  const supervisor = newStaff('supervisor');
  await signIn(page, supervisor);
  await page.getByLabel('Reference').fill(reference);
  await page.getByRole('button', { name: 'Apply' }).click();
  await page.getByRole('link', { name: reference }).click();
  await expect(page.getByText(/XSS-NARRATIVE/).first()).toBeVisible();
  // The payload is on screen as text, exactly as sent.
  await expect(
    page.getByText('<script>window.__xss=(window.__xss||0)+1</script>', { exact: false }).first(),
  ).toBeVisible();
  await expect(page.getByText(/XSS-MESSAGE/).first()).toBeVisible();

  // Staff text too: a note with a payload.
  await page.getByLabel('New note').fill(`XSS-NOTE ${x(1)}`);
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByText(/XSS-NOTE/).first()).toBeVisible();

  // The identity, once revealed with a reason, is text as well.
  await page.getByRole('button', { name: 'Reveal identity…' }).click();
  await page.getByLabel(/Reason/).fill(`Checking the safe contact time ${x(2)}`);
  await page.getByRole('button', { name: /^Reveal$/ }).click();
  await expect(page.getByText('xss@example.org')).toBeVisible();
  await check();

  // The reporter's own follow-up page, with JavaScript on.
  const reporterPage = await page.context().newPage();
  const checkReporter = await watch(reporterPage);
  await reporterPage.goto('/en/follow-up');
  await reporterPage
    .getByLabel(/receipt/i)
    .first()
    .fill(receipt);
  await reporterPage.getByRole('button', { name: 'Show my report' }).first().click();
  await expect(reporterPage.getByText(/XSS-MESSAGE/).first()).toBeVisible();
  await checkReporter();
});
