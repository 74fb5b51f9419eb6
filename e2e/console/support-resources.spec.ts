import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, newStaff, signIn } from './helpers.ts';

/**
 * The support page's resources in the console: an administrator reads them in another language, edits
 * one (a bad telephone number is refused at its field), and the public support page shows the change —
 * every page free of accessibility violations.
 */
test('an administrator edits a support resource and the public support page shows it', async ({ page }) => {
  await signIn(page, newStaff('admin'));
  await page.getByRole('link', { name: 'Support resources' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Resources on the public “Support and safety” page' }),
  ).toBeVisible();
  const table = page.getByRole('table', { name: /Support resources, their kind/ });
  await expect(table.getByRole('rowheader', { name: /Access Now Digital Security Helpline/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // The texts in another language, as the public page in that language shows them.
  await page.getByLabel('Show the texts in').selectOption('fr');
  await expect(table.getByText('Service canadien du renseignement de sécurité (SCRS)')).toBeVisible();
  await page.getByLabel('Show the texts in').selectOption('en');

  await page.getByRole('button', { name: 'Edit Suicide Crisis Helpline' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Edit “Suicide Crisis Helpline”' })).toBeFocused();
  const name = page.locator('#sr-name-en');
  await name.fill('Suicide Crisis Helpline (9-8-8)');
  const phone = page.getByLabel('Telephone (optional)');
  await phone.fill('call us');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#sr-phone-error')).toBeVisible();
  await expectNoAxeViolations(page);

  await phone.fill('9-8-8');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved. The public support page is up to date.' }),
  ).toBeVisible();
  await expect(table.getByRole('rowheader', { name: /Suicide Crisis Helpline \(9-8-8\)/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Add a resource' })).toBeVisible();

  await page.getByRole('button', { name: 'Français' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ressources de la page publique « Soutien et sécurité »' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'English' }).click();

  await page.goto('/en/support');
  const help = page.locator('.resources');
  await expect(
    help.getByRole('heading', { level: 3, name: 'Suicide Crisis Helpline (9-8-8)' }),
  ).toBeVisible();
  await expect(help.getByRole('link', { name: '9-8-8' })).toHaveAttribute('href', 'tel:988');
  await expectNoAxeViolations(page);
});
