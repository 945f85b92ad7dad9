import { expect, test } from '@playwright/test';
import { DEMO, expectAccessible, logIn } from './support';

test.describe('equipment programme and inventory', () => {
  test('the programme report shows the Lille first wave exactly as the centres reported it', async ({
    page,
  }) => {
    await logIn(page, DEMO.coordinatorLille);
    await expect(page).toHaveURL(/\/coordination/);
    await page
      .getByRole('navigation', { name: 'Menu de votre espace' })
      .getByRole('link', { name: 'Programme d’équipement' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Programme d’équipement' })).toBeVisible();
    const wave = page.getByRole('region', { name: /première vague/ });
    const row = (name: string) => wave.getByRole('row', { name: new RegExp(`^${name}`) });
    await expect(row('Foyers repérés')).toContainText('650');
    await expect(row('Foyers ciblés')).toContainText('170');
    await expect(row('Foyers équipés')).toContainText('170');
    await expect(row('Smartphones')).toContainText('38');
    await expect(row('Téléphones')).toContainText('10');
    await expect(row('Tablettes')).toContainText('12');
    await expect(row('Ordinateurs')).toContainText('106');
    await expect(row('Connexions internet')).toContainText('57');
    await expectAccessible(page, 'programme report');
  });

  test('the federation counts its 470 Facilotab tablets, most of them on loan', async ({ page }) => {
    await logIn(page, DEMO.federation);
    await expect(page).toHaveURL(/\/federation/);
    await page.goto('/federation/programme');
    const facilotab = page.getByRole('row', { name: /Facilotab/ });
    await expect(facilotab).toHaveCount(1);
    // Type, Modèle (the row header), Total, En prêt, Donnés, En stock
    const cells = (await facilotab.locator('th, td').allTextContents()).map((c) => c.trim());
    expect(cells[1]).toBe('Facilotab');
    expect(Number(cells[2])).toBe(470);
    expect(Number(cells[3])).toBeGreaterThan(235);
    await expectAccessible(page, 'federation programme report');
  });

  test('a coordinator finds a device, reads its history and records a return with a missing charger', async ({
    page,
  }) => {
    await logIn(page, DEMO.coordinatorLille);
    await expect(page).toHaveURL(/\/coordination/);
    await page
      .getByRole('navigation', { name: 'Menu de votre espace' })
      .getByRole('link', { name: 'Appareils' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Appareils' })).toBeVisible();
    await expectAccessible(page, 'inventory');
    await page.getByLabel('Statut').selectOption({ label: 'En prêt' });
    await page.getByLabel('Rechercher').fill('Facilotab');
    await expect(page.getByText(/\d+ appareils trouvés/)).toBeVisible();

    await page.getByRole('link', { name: 'Prêts en retard' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Prêts en retard' })).toBeVisible();
    await expect(page.getByText(/\d+ prêts? en retard/)).toBeVisible();
    await expectAccessible(page, 'overdue loans');
    await page.getByRole('table').getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1, name: /^Appareil LIL-\d{4}$/ })).toBeVisible();
    await expect(page.getByText(/En retard de \d+ jours?/)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Historique' })).toBeVisible();
    await expectAccessible(page, 'device page');

    await page.getByRole('link', { name: 'Enregistrer le retour' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Enregistrer le retour' })).toBeVisible();
    await page.getByRole('checkbox', { name: 'Housse' }).check();
    await page.getByRole('radio', { name: 'Bon état' }).check();
    await page
      .getByRole('group', { name: 'Données personnelles effacées' })
      .getByRole('radio', { name: 'Oui' })
      .check();
    await expectAccessible(page, 'return form');
    await page.getByRole('button', { name: 'Enregistrer le retour' }).click();
    await expect(page.getByRole('heading', { name: 'Retour enregistré' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('Chargeur');
    await expectAccessible(page, 'return recorded');
    await page.getByRole('link', { name: 'Voir la fiche de l’appareil' }).click();
    await expect(page.getByText('Chargeur manquant')).toBeVisible();
  });
});
