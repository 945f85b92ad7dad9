import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { CentreEntity } from '../centres/centre.entity';
import type { FederationEntity } from '../centres/federation.entity';
import type { PersonEntity } from '../people/person.entity';
import { Given } from '../../test/builders';
import { publishedCourse } from '../../test/course-fixtures';
import { createTestApp, tokenFor, truncateAll, type TestApp } from '../../test/test-app';

describe('passwordless tablet pairing (real database)', () => {
  let t: TestApp;
  let given: Given;
  let federation: FederationEntity;
  let lille: CentreEntity;
  let senior: PersonEntity;
  let coordinatorAuth: string;
  let loanId: string;
  let deviceId: string;
  const http = () => request(t.app.getHttpServer());
  const newCode = async (auth = coordinatorAuth) =>
    http().post(`/api/loans/${loanId}/pairing-code`).set('Authorization', auth);

  beforeAll(async () => {
    t = await createTestApp();
    given = new Given(t.db);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await truncateAll(t.db);
    federation = await given.federation();
    lille = await given.centre({ federation, name: 'Lille-Moulins' });
    senior = await given.person({ role: 'senior', centre: lille, firstName: 'Marcel', lastName: 'Deprez' });
    coordinatorAuth = `Bearer ${await tokenFor(t, await given.person({ role: 'coordinator', centre: lille }))}`;
    const device = await http()
      .post('/api/devices')
      .set('Authorization', coordinatorAuth)
      .send({ kind: 'tablet', model: 'Facilotab', accessories: ['charger'] });
    deviceId = device.body.id;
    const loans = await http()
      .post('/api/loans')
      .set('Authorization', coordinatorAuth)
      .send({ personId: senior.id, deviceIds: [deviceId], kind: 'loan', dueOn: '2027-06-30' });
    loanId = loans.body[0].id;
  });

  it('pairs a tablet with a single-use code; the tablet then signs in without any password', async () => {
    const code = await newCode();
    expect(code.status).toBe(201);
    expect(code.body.code).toMatch(/^\d{6}$/);
    expect(code.body.pairingUrl).toContain(code.body.code);

    const paired = await http().post('/api/auth/pair').send({ code: code.body.code });
    expect(paired.status).toBe(200);
    expect(paired.body.user).toMatchObject({ id: senior.id, role: 'senior', firstName: 'Marcel' });
    expect(paired.body.deviceCredential).toEqual(expect.any(String));
    const reused = await http().post('/api/auth/pair').send({ code: code.body.code });
    expect(reused.status).toBe(401);
    expect(reused.body.code).toBe('invalid_pairing_code');

    const signIn = await http().post('/api/auth/device').send({ credential: paired.body.deviceCredential });
    expect(signIn.status).toBe(200);
    const payload = JSON.parse(Buffer.from(signIn.body.accessToken.split('.')[1], 'base64url').toString());
    expect(payload).toMatchObject({ sub: senior.id, role: 'senior', dev: deviceId });
    const [{ hashes }] = await t.db.query(
      `SELECT count(*)::int AS hashes FROM device_credentials WHERE secret_hash = $1`,
      [paired.body.deviceCredential],
    );
    expect(hashes).toBe(0); // stored hashed only

    // records sent from the tablet are stamped with it, even after a refresh
    const refreshed = await http().post('/api/auth/refresh').send({ refreshToken: signIn.body.refreshToken });
    const course = await publishedCourse(t.db, { federation });
    await http()
      .post('/api/learning-records')
      .set('Authorization', `Bearer ${refreshed.body.accessToken}`)
      .send({
        records: [
          {
            id: randomUUID(),
            verb: 'experienced',
            object: { courseId: course.id, stepKey: 'l1-texte' },
            timestamp: new Date().toISOString(),
          },
        ],
      });
    const [record] = await t.db.query('SELECT device_id FROM learning_records');
    expect(record.device_id).toBe(deviceId);
  });

  it('refuses an expired code', async () => {
    const code = await newCode();
    await t.db.query(`UPDATE pairing_codes SET expires_at = now() - interval '1 second'`);
    expect((await http().post('/api/auth/pair').send({ code: code.body.code })).status).toBe(401);
  });

  it('revokes the tablet at return: its credential and its sessions stop working', async () => {
    const code = await newCode();
    const paired = await http().post('/api/auth/pair').send({ code: code.body.code });
    await http()
      .post(`/api/loans/${loanId}/return`)
      .set('Authorization', coordinatorAuth)
      .send({ accessoriesReturned: ['charger'], condition: 'good', personalDataWiped: true });
    const signIn = await http().post('/api/auth/device').send({ credential: paired.body.deviceCredential });
    expect(signIn.status).toBe(401);
    expect(signIn.body.code).toBe('invalid_device_credential');
    expect(
      (await http().post('/api/auth/refresh').send({ refreshToken: paired.body.refreshToken })).status,
    ).toBe(401);
    expect((await newCode()).status).toBe(409);
  });

  it('lets the senior’s own volunteer make a code, and no one else', async () => {
    const coach = await given.person({ role: 'volunteer', centre: lille });
    const stranger = await given.person({ role: 'volunteer', centre: lille });
    await given.assignment(coach, senior);
    expect((await newCode(`Bearer ${await tokenFor(t, coach)}`)).status).toBe(201);
    expect((await newCode(`Bearer ${await tokenFor(t, stranger)}`)).status).toBe(404);
    expect((await newCode(`Bearer ${await tokenFor(t, senior)}`)).status).toBe(403);
    const other = await given.centre({ federation, name: 'Arques' });
    const otherCoordinator = `Bearer ${await tokenFor(t, await given.person({ role: 'coordinator', centre: other }))}`;
    expect((await newCode(otherCoordinator)).status).toBe(404);
    expect((await http().post('/api/auth/pair').send({ code: '12ab' })).status).toBe(400);
  });

  it('unpairs a lost tablet without ending the loan; pairing again works with a new code', async () => {
    const paired = await http()
      .post('/api/auth/pair')
      .send({ code: (await newCode()).body.code });
    const loans = () =>
      http().get('/api/loans').query({ personId: senior.id }).set('Authorization', coordinatorAuth);
    expect((await loans()).body[0].paired).toBe(true);
    const unpaired = await http().post(`/api/loans/${loanId}/unpair`).set('Authorization', coordinatorAuth);
    expect(unpaired.status).toBe(204);
    expect(
      (await http().post(`/api/loans/${loanId}/unpair`).set('Authorization', coordinatorAuth)).status,
    ).toBe(204);
    expect(
      (await http().post('/api/auth/device').send({ credential: paired.body.deviceCredential })).status,
    ).toBe(401);
    expect(
      (await http().post('/api/auth/refresh').send({ refreshToken: paired.body.refreshToken })).status,
    ).toBe(401);
    expect((await loans()).body[0]).toMatchObject({ paired: false, returnedAt: null });
    const again = await http()
      .post('/api/auth/pair')
      .send({ code: (await newCode()).body.code });
    expect(again.status).toBe(200);
    expect((await loans()).body[0].paired).toBe(true);
    const stranger = await given.person({ role: 'volunteer', centre: lille });
    expect(
      (
        await http()
          .post(`/api/loans/${loanId}/unpair`)
          .set('Authorization', `Bearer ${await tokenFor(t, stranger)}`)
      ).status,
    ).toBe(404);
  });
});
