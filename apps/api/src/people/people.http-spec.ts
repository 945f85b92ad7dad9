import request from 'supertest';
import type { CentreEntity } from '../centres/centre.entity';
import type { FederationEntity } from '../centres/federation.entity';
import type { PersonEntity } from './person.entity';
import { Given } from '../../test/builders';
import { createTestApp, tokenFor, truncateAll, type TestApp } from '../../test/test-app';

describe('people over HTTP', () => {
  let t: TestApp;
  let given: Given;
  let federation: FederationEntity;
  let lille: CentreEntity;
  let roubaix: CentreEntity;
  let coordinator: PersonEntity;
  let coordinatorToken: string;

  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await createTestApp();
    given = new Given(t.db);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await truncateAll(t.db);
    federation = await given.federation('Fédération Nord-Pas-de-Calais');
    lille = await given.centre({ federation, name: 'Lille-Moulins' });
    roubaix = await given.centre({ federation, name: 'Roubaix', town: 'Roubaix', postcode: '59100' });
    coordinator = await given.person({ role: 'coordinator', centre: lille });
    coordinatorToken = await tokenFor(t, coordinator);
  });

  describe('tenancy', () => {
    it('a coordinator gets 404 on another centre’s person, for reading and for writing', async () => {
      // given a senior of Roubaix
      const other = await given.person({ role: 'senior', centre: roubaix, lastName: 'Wattrelosienne' });
      const auth = `Bearer ${coordinatorToken}`;
      // when the coordinator of Lille reads, edits, deactivates or assigns them
      const read = await http().get(`/api/people/${other.id}`).set('Authorization', auth);
      const write = await http()
        .patch(`/api/people/${other.id}`)
        .set('Authorization', auth)
        .send({ lastName: 'Piraté' });
      const deactivate = await http()
        .patch(`/api/people/${other.id}`)
        .set('Authorization', auth)
        .send({ active: false });
      const assign = await http()
        .post(`/api/people/${other.id}/volunteers`)
        .set('Authorization', auth)
        .send({ volunteerId: coordinator.id });
      // then every answer is 404 and nothing changed
      for (const res of [read, write, deactivate, assign]) {
        expect(res.status).toBe(404);
        expect(res.body.code).toBe('not_found');
      }
      const [row] = await t.db.query('SELECT last_name, active FROM people WHERE id = $1', [other.id]);
      expect(row).toEqual({ last_name: 'Wattrelosienne', active: true });
    });

    it('a coordinator never sees another centre in the list, even when asking for it', async () => {
      await given.person({ role: 'senior', centre: lille, lastName: 'Lilloise' });
      await given.person({ role: 'senior', centre: roubaix, lastName: 'Roubaisienne' });
      const res = await http()
        .get('/api/people')
        .query({ centreId: roubaix.id })
        .set('Authorization', `Bearer ${coordinatorToken}`);
      expect(res.status).toBe(200);
      expect(res.body.items).toEqual([]);
      const all = await http().get('/api/people').set('Authorization', `Bearer ${coordinatorToken}`);
      expect(all.body.items.map((p: { lastName: string }) => p.lastName).sort()).toEqual(
        [coordinator.lastName, 'Lilloise'].sort(),
      );
    });

    it('a coordinator cannot create a person in another centre', async () => {
      const res = await http()
        .post('/api/people')
        .set('Authorization', `Bearer ${coordinatorToken}`)
        .send({ role: 'senior', firstName: 'Jeanne', lastName: 'Martin', centreId: roubaix.id });
      expect(res.status).toBe(404);
      const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM people WHERE centre_id = $1`, [
        roubaix.id,
      ]);
      expect(count).toBe(0);
    });

    it('a federation admin sees and edits every centre of their federation, but not another federation', async () => {
      const admin = await given.person({ role: 'federation_admin', federationId: federation.id });
      const elsewhere = await given.centre();
      const stranger = await given.person({ role: 'senior', centre: elsewhere });
      const senior = await given.person({ role: 'senior', centre: roubaix });
      const token = `Bearer ${await tokenFor(t, admin)}`;
      const list = await http().get('/api/people').query({ role: 'senior' }).set('Authorization', token);
      expect(list.body.items.map((p: { id: string }) => p.id)).toEqual([senior.id]);
      expect(
        (await http().patch(`/api/people/${senior.id}`).set('Authorization', token).send({ town: 'Croix' }))
          .status,
      ).toBe(200);
      expect((await http().get(`/api/people/${stranger.id}`).set('Authorization', token)).status).toBe(404);
    });

    it('a volunteer reads only the seniors they coach', async () => {
      const volunteer = await given.person({ role: 'volunteer', centre: lille });
      const mine = await given.person({ role: 'senior', centre: lille, lastName: 'Accompagnée' });
      const notMine = await given.person({ role: 'senior', centre: lille, lastName: 'Autre' });
      await given.assignment(volunteer, mine);
      const token = `Bearer ${await tokenFor(t, volunteer)}`;
      expect((await http().get(`/api/people/${mine.id}`).set('Authorization', token)).status).toBe(200);
      expect((await http().get(`/api/people/${notMine.id}`).set('Authorization', token)).status).toBe(404);
      const seniors = await http().get('/api/me/seniors').set('Authorization', token);
      expect(seniors.status).toBe(200);
      expect(seniors.body.map((p: { id: string }) => p.id)).toEqual([mine.id]);
    });
  });

  describe('roles', () => {
    it.each(['volunteer', 'senior'] as const)('a %s token on coordinator routes gets 403', async (role) => {
      const person = await given.person({ role, centre: lille });
      const token = `Bearer ${await tokenFor(t, person)}`;
      const list = await http().get('/api/people').set('Authorization', token);
      const create = await http()
        .post('/api/people')
        .set('Authorization', token)
        .send({ role: 'senior', firstName: 'A', lastName: 'B' });
      const edit = await http()
        .patch(`/api/people/${person.id}`)
        .set('Authorization', token)
        .send({ lastName: 'X' });
      for (const res of [list, create, edit]) {
        expect(res.status).toBe(403);
        expect(res.body.code).toBe('forbidden');
      }
    });

    it('a coordinator gets 403 on the volunteer-only route', async () => {
      const res = await http().get('/api/me/seniors').set('Authorization', `Bearer ${coordinatorToken}`);
      expect(res.status).toBe(403);
    });

    it('no token gets 401', async () => {
      expect((await http().get('/api/people')).status).toBe(401);
    });
  });

  describe('validation', () => {
    it('a malformed body gets 400 with field-level errors and writes nothing', async () => {
      const res = await http()
        .post('/api/people')
        .set('Authorization', `Bearer ${coordinatorToken}`)
        .send({ role: 'pirate', firstName: '', email: 'pas-un-email', birthYear: 'vieux' });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('validation_failed');
      const paths = res.body.errors.map((e: { path: string }) => e.path);
      expect(paths).toEqual(expect.arrayContaining(['role', 'firstName', 'lastName', 'email', 'birthYear']));
      const [{ count }] = await t.db.query('SELECT count(*)::int AS count FROM people');
      expect(count).toBe(1);
    });

    it('a malformed id or query gets 400, not 500', async () => {
      const auth = `Bearer ${coordinatorToken}`;
      const badId = await http().get('/api/people/not-a-uuid').set('Authorization', auth);
      expect(badId.status).toBe(400);
      expect(badId.body.errors[0].path).toBe('id');
      const badQuery = await http()
        .get('/api/people')
        .query({ page: 0, pageSize: 1000, role: 'roi' })
        .set('Authorization', auth);
      expect(badQuery.status).toBe(400);
      expect(badQuery.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
        'page',
        'pageSize',
        'role',
      ]);
    });

    it('a senior cannot be given a password', async () => {
      const res = await http().post('/api/people').set('Authorization', `Bearer ${coordinatorToken}`).send({
        role: 'senior',
        firstName: 'Marcel',
        lastName: 'Lefebvre',
        password: 'un-mot-de-passe-long',
      });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ path: 'password' })]);
    });

    it('a taken e-mail gets 409 email_taken', async () => {
      await given.person({ role: 'volunteer', centre: roubaix, email: 'camille@exemple.fr' });
      const res = await http()
        .post('/api/people')
        .set('Authorization', `Bearer ${coordinatorToken}`)
        .send({ role: 'volunteer', firstName: 'Camille', lastName: 'Autre', email: 'Camille@Exemple.fr' });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('email_taken');
    });
  });

  describe('managing people', () => {
    it('creates a volunteer who can then log in, and lists them with search and pagination', async () => {
      const auth = `Bearer ${coordinatorToken}`;
      const created = await http().post('/api/people').set('Authorization', auth).send({
        role: 'volunteer',
        firstName: 'Hélène',
        lastName: 'Lefèvre',
        email: 'helene.lefevre@exemple.fr',
        phone: '06 12 34 56 78',
        town: 'Hellemmes',
        password: 'bienvenue-au-centre',
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        role: 'volunteer',
        centreId: lille.id,
        active: true,
        seniors: [],
      });
      const login = await http()
        .post('/api/auth/login')
        .send({ email: 'helene.lefevre@exemple.fr', password: 'bienvenue-au-centre' });
      expect(login.status).toBe(200);
      const search = await http().get('/api/people').query({ q: 'helene lefev' }).set('Authorization', auth);
      expect(search.body.total).toBe(1);
      expect(search.body.items[0].id).toBe(created.body.id);
      for (let i = 0; i < 4; i++) await given.person({ role: 'senior', centre: lille });
      const page2 = await http()
        .get('/api/people')
        .query({ pageSize: 2, page: 2 })
        .set('Authorization', auth);
      expect(page2.body).toMatchObject({ total: 6, page: 2, pageSize: 2 });
      expect(page2.body.items).toHaveLength(2);
    });

    it('deactivating a volunteer ends their sessions and coaching links, and hides them from the default list', async () => {
      const auth = `Bearer ${coordinatorToken}`;
      const volunteer = await given.person({
        role: 'volunteer',
        centre: lille,
        password: 'mot-de-passe-benevole',
      });
      const senior = await given.person({ role: 'senior', centre: lille });
      await given.assignment(volunteer, senior);
      const login = await http()
        .post('/api/auth/login')
        .send({ email: volunteer.email, password: 'mot-de-passe-benevole' });
      const res = await http()
        .patch(`/api/people/${volunteer.id}`)
        .set('Authorization', auth)
        .send({ active: false });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ active: false, seniors: [] });
      const refresh = await http().post('/api/auth/refresh').send({ refreshToken: login.body.refreshToken });
      expect(refresh.status).toBe(401);
      const list = await http().get('/api/people').query({ role: 'volunteer' }).set('Authorization', auth);
      expect(list.body.total).toBe(0);
      const inactive = await http()
        .get('/api/people')
        .query({ role: 'volunteer', status: 'inactive' })
        .set('Authorization', auth);
      expect(inactive.body.total).toBe(1);
      const again = await http()
        .patch(`/api/people/${volunteer.id}`)
        .set('Authorization', auth)
        .send({ active: true });
      expect(again.body.active).toBe(true);
    });

    it('a coordinator cannot deactivate themselves', async () => {
      const res = await http()
        .patch(`/api/people/${coordinator.id}`)
        .set('Authorization', `Bearer ${coordinatorToken}`)
        .send({ active: false });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('cannot_deactivate_self');
    });

    it('assigns and unassigns a volunteer to a senior; assigning twice keeps one link', async () => {
      const auth = `Bearer ${coordinatorToken}`;
      const volunteer = await given.person({ role: 'volunteer', centre: lille });
      const senior = await given.person({ role: 'senior', centre: lille });
      const url = `/api/people/${senior.id}/volunteers`;
      const first = await http().post(url).set('Authorization', auth).send({ volunteerId: volunteer.id });
      const second = await http().post(url).set('Authorization', auth).send({ volunteerId: volunteer.id });
      expect(first.status).toBe(200);
      expect(second.body.volunteers).toEqual([
        { id: volunteer.id, firstName: volunteer.firstName, lastName: volunteer.lastName },
      ]);
      const removed = await http().delete(`${url}/${volunteer.id}`).set('Authorization', auth);
      expect(removed.body.volunteers).toEqual([]);
      const [{ count }] = await t.db.query(
        'SELECT count(*)::int AS count FROM coaching_assignments WHERE senior_id = $1 AND ended_at IS NOT NULL',
        [senior.id],
      );
      expect(count).toBe(1);
    });

    it('two concurrent creations with one e-mail: one 201, one 409, one row', async () => {
      const body = {
        role: 'volunteer',
        firstName: 'Yasmine',
        lastName: 'Haddad',
        email: 'yasmine@exemple.fr',
      };
      const send = () =>
        http().post('/api/people').set('Authorization', `Bearer ${coordinatorToken}`).send(body);
      const responses = await Promise.all([send(), send(), send()]);
      const statuses = responses.map((r) => r.status).sort();
      expect(statuses).toEqual([201, 409, 409]);
      const [{ count }] = await t.db.query(
        `SELECT count(*)::int AS count FROM people WHERE email = 'yasmine@exemple.fr'`,
      );
      expect(count).toBe(1);
    });

    it('refuses to assign a volunteer of another centre', async () => {
      const foreign = await given.person({ role: 'volunteer', centre: roubaix });
      const senior = await given.person({ role: 'senior', centre: lille });
      const res = await http()
        .post(`/api/people/${senior.id}/volunteers`)
        .set('Authorization', `Bearer ${coordinatorToken}`)
        .send({ volunteerId: foreign.id });
      expect(res.status).toBe(404);
    });
  });
});
