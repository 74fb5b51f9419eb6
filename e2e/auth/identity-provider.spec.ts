import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { freePort } from '../../src/server/testing/free-port.ts';
import { TestOidcProvider } from '../../src/server/testing/oidc-provider.ts';
import { expectNoAxeViolations, signIn, signOut, totpNow } from '../console/helpers.ts';

/**
 * Staff sign-in through the organisation's OpenID Connect provider, in Chromium: a real provider
 * (oidc-provider) and a FocalPoint of this test's own, both on ports the system hands out (the provider
 * must know FocalPoint's redirect URI when it starts). Someone signs in at the provider and is not let in;
 * an administrator proposes to link the identity to an account on the users page; a supervisor approves on
 * the approvals page; the person then signs in through the provider, and FocalPoint asks for its own second
 * factor since the provider's is not one the installation accepts.
 */
let idp: TestOidcProvider;
let server: ChildProcess;
let baseURL: string;
let dataDir: string;
let output = '';

type Staff = { email: string; password: string; totpSecret: string };
function createUser(email: string, role: string): Staff {
  return JSON.parse(
    execFileSync(
      process.execPath,
      ['bin/focalpoint.mjs', 'user', 'create', '--email', email, '--role', role, '--json'],
      {
        env: { ...process.env, FOCALPOINT_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
        encoding: 'utf8',
      },
    ),
  );
}

test.beforeAll(async () => {
  const port = await freePort();
  baseURL = `http://127.0.0.1:${port}`;
  idp = await TestOidcProvider.start(`${baseURL}/api/v1/auth/oidc/callback`);
  dataDir = mkdtempSync(path.join(tmpdir(), 'fp-e2e-oidc-'));
  server = spawn(process.execPath, ['src/server/main.ts'], {
    env: {
      ...process.env,
      ...idp.env(),
      FOCALPOINT_OIDC_SECOND_FACTOR: 'mfa',
      FOCALPOINT_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: baseURL,
      LOG_LEVEL: 'warn',
    },
  });
  server.stdout?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  server.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  // What the server said, should it stop early: the poll below would only say it never answered.
  server.on('exit', (code) => {
    if (code) process.stderr.write(`FocalPoint exited ${code}:\n${output}\n`);
  });
  await expect
    .poll(
      () =>
        fetch(`${baseURL}/healthz`).then(
          (r) => r.ok,
          () => false,
        ),
      { timeout: 90_000 },
    )
    .toBe(true);
});

test.afterAll(async () => {
  server?.kill('SIGTERM');
  await idp?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function pageAt(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  return context.newPage();
}

test('an identity from the provider signs in once an admin proposed its link and a supervisor approved it', async ({
  browser,
}) => {
  const suffix = Date.now().toString(36);
  const admin = createUser(`admin-${suffix}@focalpoint.test`, 'admin');
  const supervisor = createUser(`lead-${suffix}@focalpoint.test`, 'supervisor');
  const analyst = createUser(`analyst-${suffix}@focalpoint.test`, 'analyst');
  const person = {
    sub: `ministry-${suffix}`,
    email: `n.analyst-${suffix}@ministry.example`,
    name: 'Nima Analyst',
  };

  // Signed in at the provider, not yet let in: the sign-in page says why.
  const visitor = await pageAt(browser);
  idp.signInAs(person);
  await visitor.goto('/console/');
  await visitor.getByRole('link', { name: 'Sign in through Ministry sign-in' }).click();
  await expect(visitor.getByRole('status')).toContainText('not linked to a FocalPoint account yet');
  await expectNoAxeViolations(visitor);

  // The administrator proposes the link on the users page.
  const adminPage = await pageAt(browser);
  await signIn(adminPage, admin);
  await adminPage.getByRole('link', { name: 'Users' }).click();
  const section = adminPage.getByRole('region', { name: 'Sign-ins through Ministry sign-in' });
  const row = section.getByRole('row').filter({ hasText: person.email });
  await expect(row).toContainText('Not linked: cannot sign in');
  await row.getByLabel(`Account for ${person.email}`).selectOption({ label: analyst.email });
  await row.getByRole('button', { name: 'Propose the link' }).click();
  await expect(row).toContainText('Link proposed: waiting for approval');
  // The proposer cannot approve their own proposal.
  await expect(row.getByRole('button', { name: `Approve ${person.email}` })).toHaveCount(0);
  await expectNoAxeViolations(adminPage);
  await signOut(adminPage);

  // A supervisor approves it on the approvals page.
  const leadPage = await pageAt(browser);
  await signIn(leadPage, supervisor);
  await leadPage.getByRole('link', { name: 'Approvals' }).click();
  const pending = leadPage
    .getByRole('region', { name: 'Sign-ins through Ministry sign-in' })
    .getByRole('row')
    .filter({ hasText: person.email });
  await expect(pending).toContainText(analyst.email);
  await expectNoAxeViolations(leadPage);
  await pending.getByRole('button', { name: `Approve ${person.email}` }).click();
  await expect(pending).toContainText('Linked: signs in as this account');

  // The person signs in through the provider again. The provider's session says a password only (`amr`
  // pwd), and the installation counts only `mfa` from it: FocalPoint asks for its own second factor.
  await visitor.goto('/console/');
  await visitor.getByRole('link', { name: 'Sign in through Ministry sign-in' }).click();
  await expect(visitor.getByRole('heading', { level: 1, name: 'Confirm it is you' })).toBeVisible();
  await expectNoAxeViolations(visitor);
  await visitor.getByLabel('Six-digit code').fill(totpNow(analyst.totpSecret));
  await visitor.getByRole('button', { name: 'Confirm with the code' }).click();
  await expect(visitor.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(visitor.getByRole('link', { name: 'Users' })).toHaveCount(0);
  await expectNoAxeViolations(visitor);
});
