import request from 'supertest';
import { Given } from '../../test/builders';
import { createTestApp, tokenFor, truncateAll, type TestApp } from '../../test/test-app';

describe('auth over HTTP', () => {
  let t: TestApp;
  let given: Given;
  const password = 'un-mot-de-passe-solide';

  beforeAll(async () => {
    t = await createTestApp();
    given = new Given(t.db);
  });
  afterAll(() => t.close());
  beforeEach(() => truncateAll(t.db));

  async function aCoordinator() {
    const centre = await given.centre({ name: 'Centre social Lille-Moulins' });
    return given.person({ role: 'coordinator', centre, email: 'coord@exemple.fr', password });
  }

  it('logs in with e-mail and password and returns tokens and the person', async () => {
    // given
    const coordinator = await aCoordinator();
    // when
    const res = await request(t.app.getHttpServer())
      .post('/api/auth/login')
      .send({ email: 'COORD@exemple.fr ', password });
    // then
    expect(res.status).toBe(200);
    expect(res.body.accessToken).toEqual(expect.any(String));
    expect(res.body.refreshToken).toEqual(expect.any(String));
    expect(res.body.expiresIn).toBe(900);
    expect(res.body.user).toMatchObject({
      id: coordinator.id,
      role: 'coordinator',
      centreName: 'Centre social Lille-Moulins',
    });
    expect(res.body.user).not.toHaveProperty('passwordHash');
  });

  it('answers 401 invalid_credentials for a wrong password or an unknown e-mail, with the same message', async () => {
    await aCoordinator();
    const wrong = await request(t.app.getHttpServer())
      .post('/api/auth/login')
      .send({ email: 'coord@exemple.fr', password: 'pas-le-bon-mot' });
    const unknown = await request(t.app.getHttpServer())
      .post('/api/auth/login')
      .send({ email: 'personne@exemple.fr', password });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('invalid_credentials');
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
  });

  it('refuses a deactivated person', async () => {
    const coordinator = await aCoordinator();
    await t.db.query('UPDATE people SET active = false WHERE id = $1', [coordinator.id]);
    const res = await request(t.app.getHttpServer())
      .post('/api/auth/login')
      .send({ email: coordinator.email, password });
    expect(res.status).toBe(401);
  });

  it('answers 400 with field-level errors for a malformed body', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/api/auth/login')
      .send({ email: 'pas-un-email', password: 42 });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'email' }),
        expect.objectContaining({ path: 'password' }),
      ]),
    );
  });

  it('answers 400, not 500, for a body that is not JSON', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email": ');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation_failed');
  });

  it('rotates refresh tokens and revokes the whole session when a rotated token is replayed', async () => {
    // given a logged-in coordinator
    await aCoordinator();
    const login = await request(t.app.getHttpServer())
      .post('/api/auth/login')
      .send({ email: 'coord@exemple.fr', password });
    const first = login.body.refreshToken as string;
    // when the token is used once
    const rotated = await request(t.app.getHttpServer())
      .post('/api/auth/refresh')
      .send({ refreshToken: first });
    // then a new token is issued
    expect(rotated.status).toBe(200);
    expect(rotated.body.refreshToken).not.toBe(first);
    // when the old token is replayed (stolen copy)
    const replay = await request(t.app.getHttpServer())
      .post('/api/auth/refresh')
      .send({ refreshToken: first });
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('invalid_refresh_token');
    // then even the legitimate newest token is dead
    const after = await request(t.app.getHttpServer())
      .post('/api/auth/refresh')
      .send({ refreshToken: rotated.body.refreshToken });
    expect(after.status).toBe(401);
  });

  it('logout revokes the refresh token and always answers 204', async () => {
    await aCoordinator();
    const login = await request(t.app.getHttpServer())
      .post('/api/auth/login')
      .send({ email: 'coord@exemple.fr', password });
    const out = await request(t.app.getHttpServer())
      .post('/api/auth/logout')
      .send({ refreshToken: login.body.refreshToken });
    expect(out.status).toBe(204);
    const refresh = await request(t.app.getHttpServer())
      .post('/api/auth/refresh')
      .send({ refreshToken: login.body.refreshToken });
    expect(refresh.status).toBe(401);
    const again = await request(t.app.getHttpServer())
      .post('/api/auth/logout')
      .send({ refreshToken: login.body.refreshToken });
    expect(again.status).toBe(204);
  });

  it('GET /auth/me needs a valid token', async () => {
    const coordinator = await aCoordinator();
    const none = await request(t.app.getHttpServer()).get('/api/auth/me');
    expect(none.status).toBe(401);
    expect(none.body).toEqual({ code: 'unauthenticated', message: expect.any(String) });
    const forged = await request(t.app.getHttpServer())
      .get('/api/auth/me')
      .set('Authorization', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl');
    expect(forged.status).toBe(401);
    const ok = await request(t.app.getHttpServer())
      .get('/api/auth/me')
      .set('Authorization', `Bearer ${await tokenFor(t, coordinator)}`);
    expect(ok.status).toBe(200);
    expect(ok.body.id).toBe(coordinator.id);
  });
});

describe('login throttling', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ loginThrottleLimit: 3 });
  });
  afterAll(() => t.close());

  it('answers 429 too_many_requests after the limit of attempts per minute', async () => {
    const attempt = () =>
      request(t.app.getHttpServer())
        .post('/api/auth/login')
        .send({ email: 'x@exemple.fr', password: 'mauvais' });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await attempt()).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const blocked = await attempt();
    expect(blocked.body.code).toBe('too_many_requests');
  });
});
