import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext } from '@playwright/test';
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
  const page = await (await request.get('/api/people?role=senior&pageSize=1', { headers: auth })).json();
  const senior = page.items[0];
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

test('the senior home has huge tiles, AAA contrast and no password anywhere', async ({ page, request }) => {
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

  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'wcag2aaa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);

  const targets = page
    .locator('a:visible, button:visible')
    .filter({ hasNotText: 'Aller au contenu principal' });
  const count = await targets.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const box = await targets.nth(i).boundingBox();
    expect(box, `target ${i}`).not.toBeNull();
    expect(box!.width).toBeGreaterThanOrEqual(48);
    expect(box!.height).toBeGreaterThanOrEqual(48);
  }

  // one decision per screen: a tile leads to its own page and back
  await page.getByRole('link', { name: /leçons/i }).click();
  await expect(page).toHaveURL(/\/senior\/lecons/);
  const inner = await new AxeBuilder({ page }).withTags(['wcag2aa', 'wcag22aa', 'wcag2aaa']).analyze();
  expect(inner.violations.map((v) => v.id)).toEqual([]);
});
