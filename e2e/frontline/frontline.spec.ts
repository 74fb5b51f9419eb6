import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations, newStaff, type StaffUser, signIn, signOut } from '../console/helpers.ts';
import { createUser } from '../support/cli.ts';

/**
 * The front line, as issue 18 is checked: an intake officer takes a report by phone for a Tibetan-speaking
 * person through an interpreter and hands over the slip; the person follows up with it (no JavaScript),
 * asks for a call-back and reads their safety plan in Tibetan; a reporter in danger sees 911 first; the
 * unacknowledged immediate-risk report escalates in the queue; a supervisor signs off a duty-to-warn for
 * someone named in two other reports and the police partner records delivery. Axe on every page touched.
 */
const RECEIPT = /[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}(?:-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}){4}/;
const ROUTES_EN = 'Vary your routes and times to and from home, work or school.';
const ROUTES_BO = 'ཁྱིམ་དང་ལས་ཀ། སློབ་གྲྭར་འགྲོ་འོང་གི་ལམ་དང་དུས་ཚོད་བསྒྱུར་བཅོས་བྱོས།';
const SPYWARE_EN = 'Have your phone checked for spyware by a digital-security helpline.';
const POLICE = 'Toronto Police Service';

/** The person's own browser, without JavaScript (Tor Browser on "Safest"). */
async function reporterPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  return context.newPage();
}

/**
 * Axe needs a script, which the person's browser does not run: the HTML the server sent them is checked in
 * a scripting page of the same origin (so its stylesheets load as they did for the person).
 */
async function expectNoAxeViolationsWithoutJs(page: Page, browser: Browser) {
  const html = await page.content();
  const context = await browser.newContext();
  const checker = await context.newPage();
  await checker.goto(new URL('/healthz', page.url()).toString());
  await checker.setContent(html, { waitUntil: 'load' });
  await expectNoAxeViolations(checker);
  await context.close();
}

async function openFollowUp(page: Page, receipt: string) {
  await page.goto('/bo/follow-up');
  await page.locator('input[name="receipt"]').fill(receipt);
  await page.getByRole('button', { name: 'ངའི་སྙན་ཞུ་སྟོན།' }).click(); // "Show my report"
  await expect(page.locator('html')).toHaveAttribute('lang', 'bo');
}

test.describe.configure({ mode: 'serial' });

let officer: StaffUser;
let supervisor: StaffUser;
let reference = '';
let receipt = '';
let caseUrl = '';

test('an intake officer takes a report by phone for a Tibetan speaker through an interpreter, and prints the slip', async ({
  page,
}) => {
  officer = newStaff('intake_officer');
  await signIn(page, officer);
  await page.getByRole('link', { name: 'Take a report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Take a report' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('By phone').check();
  await page.getByLabel('The language the person reads').selectOption('bo');
  await page.getByLabel(/Interpreter’s language/).fill('Amdo Tibetan');
  await page
    .getByLabel('What happened, in the person’s words')
    .fill('Two men photographed her outside the community hall and later called her mother in Lhasa.');
  await page.getByLabel('City or town').fill('Toronto');
  for (const question of [
    'May we contact you about this report?',
    'May we pass your report to police?',
    /public statistics/,
    /referrals and outcomes/,
  ]) {
    await page.getByRole('group', { name: question }).getByLabel('Yes').check();
  }
  await page.getByRole('button', { name: 'Record the report' }).click();

  const heading = page.getByRole('heading', { level: 1, name: /^Report FP-[A-Z0-9]+ recorded$/ });
  await expect(heading).toBeVisible();
  reference = /FP-[A-Z0-9]+/.exec((await heading.textContent()) ?? '')?.[0] ?? '';
  receipt = (await page.getByTestId('receipt').textContent())?.trim() ?? '';
  expect(receipt).toMatch(RECEIPT);
  await expectNoAxeViolations(page);

  // The slip, in Tibetan, in a tab of its own: the receipt on paper.
  const [slip] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: /^Print the slip in/ }).click(),
  ]);
  await slip.waitForLoadState();
  await expect(slip.locator('html')).toHaveAttribute('lang', 'bo');
  await expect(slip.getByRole('heading', { level: 1 })).toHaveText('ཁྱེད་ཀྱིས་ FocalPoint ལ་ཕུལ་བའི་སྙན་ཞུ།');
  await expect(slip.locator('output.receipt')).toHaveText(receipt);
  await expectNoAxeViolations(slip);
  await slip.close();

  await page.getByRole('link', { name: 'Open the case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(reference) })).toBeVisible();
  caseUrl = page.url();
  await signOut(page);
});

test('the person follows up with the slip, without JavaScript, and asks for a call-back in Tibetan', async ({
  browser,
}) => {
  const page = await reporterPage(browser);
  await openFollowUp(page, receipt);
  await expect(page.getByRole('heading', { name: 'ང་ཚོས་ཁྱེད་ལ་ཁ་པར་གཏོང་བར་རེ་བ་ཞུ།' })).toBeVisible();
  await page.locator('[name="callback[phone]"]').fill('+1 647 555 0123');
  await page.locator('[name="callback[safeTimes]"]').fill('ཉིན་གུང་།');
  await page.getByRole('button', { name: 'ཁ་པར་གཏོང་བར་རེ་བ་ཞུ།' }).click();
  await expect(page.getByText('ཁྱེད་ཀྱི་རེ་བ་བཏང་ཟིན།')).toBeVisible();
  await expect(page.locator('[data-callback="requested"]')).toHaveCount(1);
  await expectNoAxeViolationsWithoutJs(page, browser);
  await page.context().close();
});

test('a supervisor makes the call, then fills the safety plan with the person', async ({ page }) => {
  supervisor = newStaff('supervisor');
  await signIn(page, supervisor);
  await page.getByRole('link', { name: 'Call-backs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Call-backs' })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(reference) });
  await expect(row).toBeVisible();
  await expectNoAxeViolations(page);
  await row.getByRole('button', { name: /Show the number/ }).click();
  await expect(row.getByRole('link', { name: '+1 647 555 0123' })).toBeVisible();
  await row.getByLabel('What came of the call').selectOption('reached');
  await row.getByRole('button', { name: 'Record the call' }).click();
  await expect(page.getByText('No call-backs here.')).toBeVisible();

  await page.goto(caseUrl);
  await expect(page.getByRole('heading', { level: 2, name: 'Safety plan' })).toBeVisible();
  await page.getByRole('button', { name: 'Make a safety plan' }).click();
  await page.getByRole('group', { name: ROUTES_EN }).getByLabel('Done').check();
  await page.getByRole('group', { name: SPYWARE_EN }).getByLabel('To do').check();
  await page.getByRole('button', { name: 'Add a trusted contact' }).click();
  await page.getByLabel('Name', { exact: true }).last().fill('Pema');
  await page.getByLabel('How to reach them, or what they will do').fill('calls every evening');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Save the plan' }).click();
  await expect(page.getByRole('button', { name: 'Change the safety plan' })).toBeVisible();
  await expect(page.locator('#safety-plan')).toContainText(ROUTES_EN);
  // Support is one step from the plan: the person agreed to be contacted.
  await expect(page.getByRole('heading', { name: 'Refer for support' })).toBeVisible();
  await expectNoAxeViolations(page);
  await signOut(page);
});

test('the person reads their plan in Tibetan, and that we called', async ({ browser }) => {
  const page = await reporterPage(browser);
  await openFollowUp(page, receipt);
  await expect(page.getByRole('heading', { name: 'ཁྱེད་ཀྱི་བདེ་འཇགས་འཆར་གཞི།' })).toBeVisible();
  await expect(page.locator('li.done')).toContainText(ROUTES_BO);
  await expect(page.locator('li.done .plan-mark')).toHaveText('ཚར་ཟིན།');
  await expect(page.getByText('Pema')).toBeVisible();
  await expect(page.locator('[data-callback="reached"]')).toHaveCount(1);
  await expectNoAxeViolationsWithoutJs(page, browser);
  await page.context().close();
});

test('a reporter in danger sees 911 first, and the report nobody acknowledges escalates', async ({
  browser,
  page,
}) => {
  const reporter = await reporterPage(browser);
  await reporter.goto('/en/report');
  await reporter
    .getByLabel('Describe what happened')
    .fill('A car has followed me all day and is outside my door now.');
  await reporter.getByLabel('I am in danger right now').check();
  await reporter.getByRole('button', { name: 'Send my report' }).click();
  await expect(reporter.getByRole('heading', { level: 1 })).toHaveText(
    'You told us you are in danger right now',
  );
  await expect(reporter.getByText(/^Call 911 now/)).toBeVisible();
  const text = (await reporter.locator('main').textContent()) ?? '';
  expect(text.indexOf('Call 911 now')).toBeGreaterThanOrEqual(0);
  expect(text.indexOf('Call 911 now')).toBeLessThan(text.indexOf('Your report has been sent'));
  await expectNoAxeViolationsWithoutJs(reporter, browser);
  const dangerReference = /FP-[A-Z0-9]{7}/.exec(text)?.[0] ?? '';
  expect(dangerReference).not.toBe('');
  await reporter.context().close();

  // Nobody acknowledges it: within seconds it is marked escalated in the supervisors' queue. (Each step
  // signs in someone new: a second sign-in within the same 30 seconds would replay a used TOTP code.)
  await signIn(page, newStaff('supervisor'));
  const row = page.getByRole('row', { name: new RegExp(dangerReference) });
  await expect(async () => {
    await page.reload();
    await expect(row.getByText('Escalated')).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expectNoAxeViolations(page);
  await signOut(page);
});

test('a supervisor signs off a duty-to-warn for someone named in two reports, and the police partner delivers it', async ({
  page,
  request,
}) => {
  // Two reports that name the same person as a target.
  const references: string[] = [];
  for (const narrative of [
    'They said Dolma from our association will be taken when she travels.',
    'A caller described Dolma’s schedule and said she would disappear.',
  ]) {
    const res = await request.post('/api/v1/reports', {
      data: { language: 'en', narrative, reporter: { anonymous: true } },
    });
    expect(res.status()).toBe(201);
    references.push(((await res.json()) as { reference: string }).reference);
  }

  await signIn(page, newStaff('intake_officer'));
  await page.getByRole('link', { name: 'Duty to warn' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Duty to warn' })).toBeVisible();
  await page.getByRole('button', { name: 'Open a duty-to-warn record' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Dolma T.');
  await page.getByLabel('How to reach them safely').fill('Through the association’s office, mornings');
  await page.getByLabel('Their language').fill('Tibetan');
  await page
    .getByLabel('The threat: what, from whom, against whom')
    .fill('A plan to abduct her on her next trip.');
  await page
    .getByLabel('Its basis: source, specificity, means to carry it out')
    .fill('Two independent reports give her schedule.');
  await page.getByLabel('Harm threatened').selectOption('abduction');
  await page.getByLabel('Why it is credible').selectOption('corroborated');
  await page.getByLabel(/References of reports or cases that name the person/).fill(references.join(' '));
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Open the record' }).click();
  const title = page.getByRole('heading', { level: 1, name: /^Duty to warn / });
  await expect(title).toBeVisible();
  await expect(page.getByText('Awaiting sign-off')).toBeVisible();
  for (const r of references) await expect(page.getByRole('link', { name: r })).toBeVisible();
  const warningUrl = page.url();
  const warningReference = ((await title.textContent()) ?? '').replace('Duty to warn ', '');
  await signOut(page);

  await signIn(page, newStaff('supervisor'));
  await page.goto(warningUrl);
  await expect(page.getByRole('heading', { level: 2, name: 'Sign-off' })).toBeVisible();
  await page.getByLabel('A police partner').check();
  await page.getByLabel('Police partner', { exact: true }).selectOption({ label: POLICE });
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByText(`Delivered by the police partner ${POLICE}`)).toBeVisible();
  await expect(page.getByText('To deliver')).toBeVisible();
  await signOut(page);

  const police = createUser(`liaison-${Date.now().toString(36)}@police.test`, 'partner', POLICE) as StaffUser;
  await signIn(page, police);
  await page.getByRole('link', { name: 'Duty to warn' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Warnings to deliver' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: warningReference }).click();
  await expect(page.getByText('A plan to abduct her on her next trip.')).toBeVisible();
  // Why it is credible stays with the focal point.
  await expect(page.getByText('Two independent reports give her schedule.')).toHaveCount(0);
  await page.getByLabel('How the person was told').selectOption('in_person');
  await page.getByLabel('What the person did').selectOption('acknowledged');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Record the delivery' }).click();
  await expect(page.getByText(/^Delivered on .+; the person: Acknowledged the warning$/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Record the delivery' })).toHaveCount(0);
});
