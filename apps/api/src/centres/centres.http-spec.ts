import request from 'supertest';
import { Given } from '../../test/builders';
import { createTestApp, tokenFor, truncateAll, type TestApp } from '../../test/test-app';

describe('centres over HTTP', () => {
  let t: TestApp;
  let given: Given;

  beforeAll(async () => {
    t = await createTestApp();
    given = new Given(t.db);
  });
  afterAll(() => t.close());
  beforeEach(() => truncateAll(t.db));

  it('gives a federation admin every centre with counts of active people, and a coordinator only theirs', async () => {
    // given two centres of one federation, and a third federation's centre
    const federation = await given.federation();
    const arques = await given.centre({ federation, name: 'Arques' });
    const roubaix = await given.centre({ federation, name: 'Roubaix' });
    await given.centre({ name: 'Ailleurs' });
    const coordinator = await given.person({ role: 'coordinator', centre: arques });
    await given.person({ role: 'senior', centre: arques });
    await given.person({ role: 'senior', centre: arques });
    await given.person({ role: 'senior', centre: arques, active: false });
    await given.person({ role: 'volunteer', centre: roubaix });
    const admin = await given.person({ role: 'federation_admin', federationId: federation.id });

    // when
    const asAdmin = await request(t.app.getHttpServer())
      .get('/api/centres')
      .set('Authorization', `Bearer ${await tokenFor(t, admin)}`);
    const asCoordinator = await request(t.app.getHttpServer())
      .get('/api/centres')
      .set('Authorization', `Bearer ${await tokenFor(t, coordinator)}`);

    // then
    expect(asAdmin.status).toBe(200);
    expect(asAdmin.body.map((c: { name: string; counts: unknown }) => [c.name, c.counts])).toEqual([
      ['Arques', { seniors: 2, volunteers: 0, coordinators: 1 }],
      ['Roubaix', { seniors: 0, volunteers: 1, coordinators: 0 }],
    ]);
    expect(asCoordinator.body.map((c: { id: string }) => c.id)).toEqual([arques.id]);
  });

  it('refuses seniors with 403', async () => {
    const centre = await given.centre();
    const senior = await given.person({ role: 'senior', centre });
    const res = await request(t.app.getHttpServer())
      .get('/api/centres')
      .set('Authorization', `Bearer ${await tokenFor(t, senior)}`);
    expect(res.status).toBe(403);
  });
});
