import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO, DEMO_PASSWORD } from './support';

/**
 * Opens a senior's session the way a tablet does: a coordinator makes a pairing code for the loan of
 * a senior Camille coaches (coached seniors have a Facilotab on loan in the demo data), and the
 * tablet exchanges it for its device credential. No password anywhere.
 */
async function pairedTablet(request: APIRequestContext) {
  const login = await request.post('/api/auth/login', {
    data: { email: DEMO.coordinatorLille, password: DEMO_PASSWORD },
  });
  const { accessToken } = await login.json();
  const auth = { authorization: `Bearer ${accessToken}` };
  const volunteers = await (await request.get('/api/people?q=camille%20dubois', { headers: auth })).json();
  const camille = await (
    await request.get(`/api/people/${volunteers.items[0].id}`, { headers: auth })
  ).json();
  for (const senior of camille.seniors as Array<{ id: string; firstName: string }>) {
    const loans = await (
      await request.get(`/api/loans?personId=${senior.id}&status=active`, { headers: auth })
    ).json();
    const loan = (loans as Array<{ id: string; deviceKind: string }>).find((l) => l.deviceKind === 'tablet');
    if (!loan) continue;
    const code = await (await request.post(`/api/loans/${loan.id}/pairing-code`, { headers: auth })).json();
    const paired = await request.post('/api/auth/pair', { data: { code: code.code } });
    expect(paired.status()).toBe(200);
    const body = await paired.json();
    return {
      firstName: senior.firstName,
      deviceCredential: body.deviceCredential as string,
      accessToken: body.accessToken as string,
    };
  }
  throw new Error('No senior coached by Camille has a tablet on loan in the demo data');
}

/** AAA contrast (7:1) and touch targets of at least 48 × 48 px on every senior screen. */
async function expectSeniorScreen(page: Page, context: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'wcag2aaa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `axe (AAA) on ${context}`,
  ).toEqual([]);
  const targets = page
    .locator('a:visible, button:visible')
    .filter({ hasNotText: 'Aller au contenu principal' });
  const count = await targets.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const box = await targets.nth(i).boundingBox();
    const name = (await targets.nth(i).textContent())?.trim();
    expect(box, `${context}: target ${name}`).not.toBeNull();
    expect(box!.width, `${context}: width of ${name}`).toBeGreaterThanOrEqual(48);
    expect(box!.height, `${context}: height of ${name}`).toBeGreaterThanOrEqual(48);
  }
}

test('senior screens have huge tiles, AAA contrast and no password anywhere', async ({ page, request }) => {
  test.setTimeout(60_000);
  const { firstName, deviceCredential, accessToken } = await pairedTablet(request);
  await page.addInitScript(
    (value) => localStorage.setItem('passerelle.deviceCredential', value),
    deviceCredential,
  );
  await page.setViewportSize({ width: 1280, height: 800 }); // a 10-inch tablet held landscape

  await page.goto('/');
  await expect(page).toHaveURL(/\/senior/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(firstName);
  await expect(page.getByLabel('Mot de passe')).toHaveCount(0);

  await expectSeniorScreen(page, 'senior home');

  // one decision per screen: lessons, then a course, then its first lesson
  await page.getByRole('link', { name: /leçons/i }).click();
  await expect(page).toHaveURL(/\/senior\/lecons/);
  await expect(page.getByRole('heading', { level: 1, name: 'Mes leçons' })).toBeVisible();
  await expectSeniorScreen(page, 'senior lessons');
  await page.getByRole('link', { name: /Prendre en main sa tablette/ }).click();
  await expectSeniorScreen(page, 'senior course');
  // « Continuer » when their volunteer already saw them do a skill at home (demo visit reports)
  await page.getByRole('link', { name: /^(Commencer|Continuer)$/ }).click();
  await expect(page.getByRole('button', { name: 'Suivant' })).toBeVisible();
  await expectSeniorScreen(page, 'senior lesson');
  await page.getByRole('button', { name: 'Suivant' }).click();
  await expect(page.getByRole('button', { name: 'Revenir en arrière' })).toBeVisible();
  // the first step counts as seen on the server
  const progress = await page.request.get(
    `/api/me/courses/${page.url().split('/lecons/')[1]!.split('/')[0]}/progress`,
    {
      headers: { authorization: `Bearer ${accessToken}` },
    },
  );
  expect((await progress.json()).status).toBe('in_progress');
});
