import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO, DEMO_PASSWORD } from './support';

/**
 * Seniors sign in through tablet pairing, which arrives with the tablets feature. Until then this
 * journey opens a senior session the way a paired tablet will hold one: an access token signed by the
 * running app's own secret (read from its data folder) for a real demo senior.
 */
async function seniorSession(request: APIRequestContext) {
  const login = await request.post('/api/auth/login', {
    data: { email: DEMO.coordinatorLille, password: DEMO_PASSWORD },
  });
  const { accessToken, user: coordinator } = await login.json();
  const auth = { authorization: `Bearer ${accessToken}` };
  // a senior Camille coaches: coached seniors have their starter lessons assigned
  const volunteers = await (await request.get('/api/people?q=camille%20dubois', { headers: auth })).json();
  const camille = await (
    await request.get(`/api/people/${volunteers.items[0].id}`, { headers: auth })
  ).json();
  const senior = await (await request.get(`/api/people/${camille.seniors[0].id}`, { headers: auth })).json();
  const secretFile = join(process.env.E2E_DATA_DIR ?? '', 'secrets.json');
  const { jwtSecret } = JSON.parse(readFileSync(secretFile, 'utf8')) as { jwtSecret: string };
  const now = Math.floor(Date.now() / 1000);
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({
    sub: senior.id,
    role: 'senior',
    fed: coordinator.federationId,
    ctr: senior.centreId,
    iat: now,
    exp: now + 900,
  })}`;
  const token = `${unsigned}.${createHmac('sha256', jwtSecret).update(unsigned).digest('base64url')}`;
  const me = await request.get('/api/auth/me', { headers: { authorization: `Bearer ${token}` } });
  expect(me.status()).toBe(200);
  return {
    firstName: senior.firstName as string,
    session: {
      accessToken: token,
      refreshToken: 'pairing-arrives-with-the-tablets-issue',
      expiresAt: (now + 900) * 1000,
      user: await me.json(),
    },
  };
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
  const { firstName, session } = await seniorSession(request);
  await page.addInitScript(
    (value) => localStorage.setItem('passerelle.session', value),
    JSON.stringify(session),
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
  await page.getByRole('link', { name: 'Commencer' }).click();
  await expect(page.getByRole('button', { name: 'Suivant' })).toBeVisible();
  await expectSeniorScreen(page, 'senior lesson');
  await page.getByRole('button', { name: 'Suivant' }).click();
  await expect(page.getByRole('button', { name: 'Revenir en arrière' })).toBeVisible();
  // the first step counts as seen on the server
  const progress = await page.request.get(
    `/api/me/courses/${page.url().split('/lecons/')[1]!.split('/')[0]}/progress`,
    {
      headers: { authorization: `Bearer ${session.accessToken}` },
    },
  );
  expect((await progress.json()).status).toBe('in_progress');
});
