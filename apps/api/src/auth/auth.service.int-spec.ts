import { createTestApp, truncateAll, type TestApp } from '../../test/test-app';
import { Given } from '../../test/builders';
import { AuthService, hashRefreshToken } from './auth.service';

describe('AuthService (real database)', () => {
  let t: TestApp;
  let given: Given;
  let sut: AuthService;

  beforeAll(async () => {
    t = await createTestApp();
    given = new Given(t.db);
    sut = t.app.get(AuthService);
  });
  afterAll(() => t.close());
  beforeEach(() => truncateAll(t.db));

  it('stores refresh tokens only as hashes', async () => {
    const centre = await given.centre();
    const person = await given.person({ role: 'coordinator', centre });
    const { refreshToken } = await sut.issueSession(person, { userAgent: 'jest' });
    const rows: Array<{ token_hash: string }> = await t.db.query('SELECT token_hash FROM refresh_tokens');
    expect(rows).toEqual([{ token_hash: hashRefreshToken(refreshToken) }]);
    expect(JSON.stringify(rows)).not.toContain(refreshToken);
  });

  it('refuses an expired refresh token', async () => {
    const centre = await given.centre();
    const person = await given.person({ role: 'volunteer', centre });
    const { refreshToken } = await sut.issueSession(person, {});
    await t.db.query(`UPDATE refresh_tokens SET expires_at = now() - interval '1 second'`);
    await expect(sut.refresh(refreshToken, {})).rejects.toMatchObject({ code: 'invalid_refresh_token' });
  });

  it('lets only one of two concurrent refreshes with the same token win', async () => {
    const centre = await given.centre();
    const person = await given.person({ role: 'volunteer', centre });
    const { refreshToken } = await sut.issueSession(person, {});
    const results = await Promise.allSettled([sut.refresh(refreshToken, {}), sut.refresh(refreshToken, {})]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const [{ open }] = await t.db.query(
      `SELECT count(*)::int AS open FROM refresh_tokens WHERE revoked_at IS NULL`,
    );
    // the losing request replayed a rotated token: the family is revoked, as for a stolen token
    expect(open).toBe(0);
  });

  it('stamps a device id into the access token when a paired tablet signs in', async () => {
    const centre = await given.centre();
    const senior = await given.person({ role: 'senior', centre });
    const deviceId = '0b7a4f5e-8e0c-4a4e-9d43-3a1f0f1c2b3d';
    const { accessToken } = await sut.issueSession(senior, { deviceId });
    const payload = JSON.parse(Buffer.from(accessToken.split('.')[1]!, 'base64url').toString());
    expect(payload).toMatchObject({ sub: senior.id, role: 'senior', ctr: centre.id, dev: deviceId });
  });
});
