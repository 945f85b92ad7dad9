import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DEMO, expectAccessible, logIn } from './support';

/** Draws a signature with the mouse, as a finger would on the tablet. */
async function drawSignature(page: Page): Promise<void> {
  const pad = page.getByRole('img', { name: 'Signature' });
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + box.height * 0.7);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) {
    await page.mouse.move(box.x + 20 + i * 18, box.y + box.height * (0.7 - 0.4 * Math.sin(i / 2)));
  }
  await page.mouse.up();
}

test('a coordinator lends a tablet with a signed agreement; the tablet pairs without any password and its lessons show on the device page', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await logIn(page, DEMO.coordinatorLille);
  await expect(page).toHaveURL(/\/coordination/);
  await page.goto('/coordination/appareils');
  await page.getByRole('link', { name: 'Prêter du matériel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Prêter ou donner du matériel' })).toBeVisible();

  // 1. who
  await expect(page.getByText('Étape 1 sur 5', { exact: true })).toBeVisible();
  await page.getByRole('radio', { name: 'Un senior' }).check();
  await page.getByLabel('Rechercher un senior').fill('Joseph Nowak');
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await page.getByRole('radio', { name: /^Joseph Nowak/ }).check();
  await expectAccessible(page, 'loan wizard: recipient');
  await page.getByRole('button', { name: 'Continuer' }).click();

  // 2. which devices: an in-stock Facilotab, lent
  await expect(page.getByRole('heading', { level: 2, name: 'Quels appareils ?' })).toBeVisible();
  await page.getByLabel('Rechercher un appareil').fill('Facilotab');
  await page.getByRole('button', { name: 'Rechercher' }).click();
  const firstTablet = page.getByRole('group', { name: 'Appareils en stock' }).getByRole('checkbox').first();
  const tabletName =
    (await firstTablet.getAttribute('aria-label')) ?? (await firstTablet.locator('..').textContent());
  await firstTablet.check();
  const assetTag = /([A-Z]{3}-\d{4})/.exec(tabletName ?? '')![1]!;
  await page.getByRole('radio', { name: 'Prêt' }).check();
  await expect(page.getByLabel('Date de retour prévue')).not.toHaveValue('');
  await expectAccessible(page, 'loan wizard: devices');
  await page.getByRole('button', { name: 'Continuer' }).click();

  // 3. handover checklist
  await expect(page.getByRole('heading', { level: 2, name: 'Remise du matériel' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Chargeur' })).toBeChecked();
  await page.getByRole('checkbox', { name: 'Testé devant la personne' }).check();
  await expectAccessible(page, 'loan wizard: handover');
  await page.getByRole('button', { name: 'Enregistrer le prêt' }).click();

  // 4. the agreement, read and signed with a drawn signature
  await expect(page.getByRole('heading', { level: 2, name: 'Signature de la convention' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Texte de la convention' })).toContainText('Joseph Nowak');
  await expect(page.getByRole('region', { name: 'Texte de la convention' })).toContainText(assetTag);
  await expect(page.getByLabel('Nom de la personne qui signe')).toHaveValue('Joseph Nowak');
  await page.getByRole('checkbox', { name: 'J’ai lu / on m’a lu la convention et je l’accepte' }).check();
  await page.getByRole('button', { name: 'Signer la convention' }).click();
  await expect(page.getByText('Dessinez votre signature.').first()).toBeVisible();
  await drawSignature(page);
  await expectAccessible(page, 'loan wizard: agreement');
  await page.getByRole('button', { name: 'Signer la convention' }).click();
  await expect(page.getByText(/La convention est signée par Joseph Nowak/)).toBeVisible();
  await page.getByRole('button', { name: 'Continuer' }).click();

  // 5. pairing code and QR
  await expect(page.getByRole('heading', { level: 2, name: 'Associer la tablette' })).toBeVisible();
  await page.getByRole('button', { name: 'Afficher le code d’association' }).click();
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
  const code = (await page.getByTestId('pairing-code').textContent())!.replace(/\D/g, '');
  expect(code).toMatch(/^\d{6}$/);
  await expectAccessible(page, 'loan wizard: pairing');

  // the tablet: a separate browser with nothing stored, no password typed anywhere
  const tabletContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
  const tablet = await tabletContext.newPage();
  await tablet.goto('/tablette');
  await expect(tablet.getByRole('heading', { level: 1, name: 'Associer cette tablette' })).toBeVisible();
  const aaa = await new AxeBuilder({ page: tablet })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'wcag2aaa'])
    .analyze();
  expect(aaa.violations.map((v) => v.id)).toEqual([]);
  await tablet.getByLabel('Code à 6 chiffres').fill(code);
  await tablet.getByRole('button', { name: 'Valider' }).click();
  await expect(tablet).toHaveURL(/\/senior/);
  await expect(tablet.getByRole('heading', { level: 1 })).toContainText('Joseph');
  await expect(tablet.getByLabel('Mot de passe')).toHaveCount(0);

  // the code is single use
  const reused = await tablet.request.post('/api/auth/pair', { data: { code } });
  expect(reused.status()).toBe(401);

  // opened again later, the tablet goes straight to the senior's home
  await tablet.evaluate(() => localStorage.removeItem('passerelle.session'));
  await tablet.goto('/');
  await expect(tablet).toHaveURL(/\/senior/);
  await expect(tablet.getByRole('heading', { level: 1 })).toContainText('Joseph');

  // a lesson followed on the tablet
  await tablet.getByRole('link', { name: /leçons/i }).click();
  await tablet.getByRole('link', { name: /Prendre en main sa tablette/ }).click();
  await tablet.getByRole('link', { name: 'Commencer' }).click();
  await tablet.getByRole('button', { name: 'Suivant' }).click();
  await expect(tablet.getByRole('button', { name: 'Revenir en arrière' })).toBeVisible();
  await tablet.getByRole('button', { name: 'Suivant' }).click();
  await tabletContext.close();

  // …shows on the device page, under Joseph's loan
  await page.getByRole('button', { name: 'Terminer' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'C’est terminé' })).toBeVisible();
  await page.getByRole('link', { name: new RegExp(`Voir la fiche .*${assetTag}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Appareil ${assetTag}` })).toBeVisible();
  const learning = page.getByRole('region', { name: 'Apprentissage sur cet appareil' });
  await expect(learning.getByRole('heading', { level: 3, name: /Joseph Nowak/ })).toBeVisible();
  await expect(learning).toContainText('Prendre en main sa tablette');
  await expect(page.getByRole('region', { name: 'Conventions signées' })).toBeVisible();
  await expectAccessible(page, 'device page with learning');
});

test('a volunteer shows the pairing code for a senior they coach, from a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await logIn(page, DEMO.volunteer);
  await expect(page).toHaveURL(/\/benevole/);
  await page.getByRole('link', { name: 'Joseph Nowak' }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Matériel prêté' })).toBeVisible();
  await page.getByRole('button', { name: 'Associer la tablette' }).first().click();
  await expect(page.getByRole('button', { name: 'Afficher le code d’association' })).toBeVisible();
  await page.getByRole('button', { name: 'Afficher le code d’association' }).click();
  await expect(page.getByTestId('pairing-code')).toHaveText(/\d{3}\s?\d{3}/);
  await expectAccessible(page, 'volunteer pairing');
});
