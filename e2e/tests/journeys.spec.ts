import { expect, test, type Page } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, expectAccessible } from './support';

async function logIn(page: Page, email: string): Promise<void> {
  await page.goto('/');
  await expect(page).toHaveURL(/\/connexion/);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

test.describe('sign-in', () => {
  test('the login page is accessible and explains a wrong password', async ({ page }) => {
    await page.goto('/connexion');
    await expect(page.getByRole('heading', { level: 1, name: 'Connexion' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    // the global stylesheet is applied (a CSP-blocked loader once left every page unstyled)
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('18px');
    await expectAccessible(page, 'login');

    await page.getByLabel('Adresse e-mail').fill(DEMO.coordinatorLille);
    await page.getByLabel('Mot de passe', { exact: true }).fill('pas-le-bon-mot-de-passe');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page.getByRole('alert')).toContainText('Adresse e-mail ou mot de passe incorrect.');
    await expectAccessible(page, 'login with error');
  });

  test('switches to English and back', async ({ page }) => {
    await page.goto('/connexion');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Connexion');
    await expectAccessible(page, 'login in English');
    await page.getByRole('button', { name: 'Passer en français' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Connexion' })).toBeVisible();
  });
});

test.describe('coordinator', () => {
  test('lands on the coordination area and manages the centre’s people', async ({ page }) => {
    await logIn(page, DEMO.coordinatorLille);
    await expect(page).toHaveURL(/\/coordination/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page, 'coordination dashboard');

    // the people list, with search and pagination
    const menu = page.getByRole('navigation', { name: 'Menu de votre espace' });
    await menu.getByRole('link', { name: 'Personnes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Personnes' })).toBeVisible();
    await expect(page.getByText(/\d+ personnes trouvées/)).toBeVisible();
    await expectAccessible(page, 'people list');
    // the centre has a few hundred people (each lent tablet has its senior), 20 per page
    const pagination = page.getByRole('navigation', { name: 'Pagination' });
    await expect(pagination).toContainText(/Page 1 sur \d+/);
    const firstRow = await page.getByRole('table').getByRole('row').nth(1).textContent();
    await pagination.getByRole('button', { name: 'Page suivante' }).click();
    await expect(pagination).toContainText(/Page 2 sur \d+/);
    await expect(page.getByRole('table').getByRole('row').nth(1)).not.toHaveText(firstRow!);

    await page
      .getByRole('searchbox', { name: 'Rechercher' })
      .or(page.getByLabel('Rechercher'))
      .first()
      .fill('camille');
    await expect(page.getByText('1 personne trouvée')).toBeVisible();
    await page.getByRole('link', { name: 'Camille Dubois' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Camille Dubois' })).toBeVisible();
    await expect(page.getByRole('heading', { name: /Seniors accompagnés par Camille/ })).toBeVisible();
    // her home visit profile, which the coordination can edit too
    await expect(page.getByRole('heading', { level: 2, name: 'Profil de visites à domicile' })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'En transports en commun' })).toBeChecked();
    // and her week: Tuesday and Thursday afternoons
    await expect(page.getByRole('heading', { level: 2, name: 'Disponibilités' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Retirer le créneau 2' })).toBeVisible();
    await expectAccessible(page, 'volunteer page');

    // add a senior, then deactivate them
    await page.goto('/coordination/personnes');
    await page.getByRole('link', { name: 'Ajouter une personne' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ajouter une personne' })).toBeVisible();
    await page.getByRole('button', { name: 'Ajouter la personne' }).click();
    await expect(page.getByRole('alert')).toContainText('Indiquez le prénom.');
    await expectAccessible(page, 'add person with errors');
    await page.getByRole('radio', { name: 'Senior' }).check();
    await page.getByLabel('Prénom').fill('Germaine');
    await page.getByLabel('Nom', { exact: true }).fill('Vandeputte');
    await page.getByLabel('Ville (facultatif)').fill('Hellemmes');
    await page.getByLabel('Année de naissance (facultatif)').fill('1941');
    await page.getByRole('button', { name: 'Ajouter la personne' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Germaine Vandeputte' })).toBeVisible();
    await expectAccessible(page, 'senior page');

    await page.getByLabel('Choisir un bénévole').selectOption({ label: 'Camille Dubois — Lille' });
    await page.getByRole('button', { name: 'Associer ce bénévole' }).click();
    await expect(page.getByRole('button', { name: 'Retirer Camille Dubois' })).toBeVisible();

    await page.getByRole('button', { name: 'Désactiver cette personne' }).click();
    await page.getByRole('button', { name: 'Oui, désactiver' }).click();
    await expect(page.getByRole('button', { name: 'Réactiver cette personne' })).toBeVisible();
    await expectAccessible(page, 'deactivated person');
  });

  test('cannot open another centre’s person, nor another role’s area', async ({ page }) => {
    await logIn(page, DEMO.coordinatorRoubaix);
    await expect(page).toHaveURL(/\/coordination/);
    await page.goto('/federation');
    await expect(page).toHaveURL(/\/coordination/);
    const res = await page.request.get('/api/people?q=camille', {
      headers: { authorization: `Bearer ${await accessToken(page)}` },
    });
    expect((await res.json()).total).toBe(0);
  });
});

test.describe('federation admin', () => {
  test('sees every centre with its head counts and the people of all centres', async ({ page }) => {
    await logIn(page, DEMO.federation);
    await expect(page).toHaveURL(/\/federation/);
    const table = page.getByRole('table');
    await expect(table).toContainText('Lille-Moulins');
    await expect(table).toContainText('Roubaix');
    await expect(table).toContainText('Arques');
    await expectAccessible(page, 'federation overview');

    await page
      .getByRole('navigation', { name: 'Menu de votre espace' })
      .getByRole('link', { name: 'Personnes' })
      .click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Personnes de tous les centres' }),
    ).toBeVisible();
    await expect(page.getByLabel('Centre')).toBeVisible();
    await expectAccessible(page, 'federation people');
  });
});

test.describe('volunteer', () => {
  test('sees the seniors they coach and their profile, on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await logIn(page, DEMO.volunteer);
    await expect(page).toHaveURL(/\/benevole/);
    await expect(page.getByRole('heading', { level: 1, name: 'Mes seniors' })).toBeVisible();
    const phoneLinks = page.locator('a[href^="tel:"]');
    await expect(phoneLinks.first()).toBeVisible();
    expect(await phoneLinks.count()).toBeGreaterThanOrEqual(4);
    await expectAccessible(page, 'my seniors');

    await page
      .getByRole('navigation', { name: 'Menu de votre espace' })
      .getByRole('link', { name: 'Mon profil' })
      .click();
    await expect(page.getByText(DEMO.volunteer)).toBeVisible();
    await expectAccessible(page, 'my profile');

    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await expect(page).toHaveURL(/\/connexion/);
  });

  test('is sent back to their own area from a coordinator URL', async ({ page }) => {
    await logIn(page, DEMO.volunteer);
    await expect(page).toHaveURL(/\/benevole/);
    await page.goto('/coordination/personnes');
    await expect(page).toHaveURL(/\/benevole/);
  });
});

test('unknown pages say so, accessibly', async ({ page }) => {
  await page.goto('/nulle-part');
  await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
  await expectAccessible(page, '404');
});

async function accessToken(page: Page): Promise<string> {
  const token = await page.evaluate(() => {
    for (let i = 0; i < localStorage.length; i++) {
      const value = localStorage.getItem(localStorage.key(i) ?? '') ?? '';
      const match = value.match(/"accessToken":"([^"]+)"/);
      if (match) return match[1];
    }
    return null;
  });
  if (!token) throw new Error('no access token in localStorage');
  return token;
}
