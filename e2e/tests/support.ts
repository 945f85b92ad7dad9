import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'passerelle-demo';
export const DEMO = {
  federation: 'federation@passerelle.demo',
  coordinatorLille: 'coordination.lille-moulins@passerelle.demo',
  coordinatorRoubaix: 'coordination.roubaix@passerelle.demo',
  volunteer: 'camille.dubois@passerelle.demo',
  /** A volunteer still missing the training « Limites du rôle et données personnelles » (Camille has both). */
  trainee: 'thomas.lefebvre@passerelle.demo',
} as const;

/** Fails with the list of WCAG 2.2 A/AA violations axe-core finds on the page as it is now. */
export async function expectAccessible(page: Page, context: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${context}`).toEqual([]);
}

export async function logIn(page: Page, email: string): Promise<void> {
  await page.goto('/');
  await expect(page).toHaveURL(/\/connexion/);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}
