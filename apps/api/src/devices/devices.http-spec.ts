import request from 'supertest';
import type { CentreEntity } from '../centres/centre.entity';
import type { FederationEntity } from '../centres/federation.entity';
import type { PersonEntity } from '../people/person.entity';
import { Given } from '../../test/builders';
import { createTestApp, tokenFor, truncateAll, type TestApp } from '../../test/test-app';

describe('devices and loans over HTTP (real database)', () => {
  let t: TestApp;
  let given: Given;
  let federation: FederationEntity;
  let lille: CentreEntity;
  let roubaix: CentreEntity;
  let senior: PersonEntity;
  let auth: string;
  const http = () => request(t.app.getHttpServer());
  const tablet = (extra: Record<string, unknown> = {}) =>
    http()
      .post('/api/devices')
      .set('Authorization', auth)
      .send({
        kind: 'tablet',
        model: 'Facilotab L',
        fundingSource: 'CARSAT',
        accessories: ['charger', 'case'],
        ...extra,
      });

  beforeAll(async () => {
    t = await createTestApp();
    given = new Given(t.db);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await truncateAll(t.db);
    federation = await given.federation();
    lille = await given.centre({ federation, name: 'Lille-Moulins', town: 'Lille' });
    roubaix = await given.centre({ federation, name: 'Roubaix', town: 'Roubaix' });
    senior = await given.person({ role: 'senior', centre: lille, firstName: 'Gisèle', lastName: 'Vandamme' });
    auth = `Bearer ${await tokenFor(t, await given.person({ role: 'coordinator', centre: lille }))}`;
  });

  it('adds devices with generated asset tags, searchable, with a history', async () => {
    const first = await tablet({ serialNumber: 'FT-2020-0001' });
    const second = await tablet();
    expect(first.status).toBe(201);
    expect([first.body.assetTag, second.body.assetTag]).toEqual(['LIL-0001', 'LIL-0002']);
    expect(first.body).toMatchObject({
      status: 'in_stock',
      condition: 'good',
      currentLoan: null,
      centreId: lille.id,
    });
    const found = await http().get('/api/devices').query({ q: 'ft-2020' }).set('Authorization', auth);
    expect(found.body.items.map((d: { assetTag: string }) => d.assetTag)).toEqual(['LIL-0001']);
    const duplicate = await tablet({ serialNumber: 'FT-2020-0001' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.code).toBe('asset_tag_taken');
    const repaired = await http()
      .patch(`/api/devices/${first.body.id}`)
      .set('Authorization', auth)
      .send({ status: 'in_repair' });
    // a PATCH changes only what it names
    expect(repaired.body).toMatchObject({
      status: 'in_repair',
      accessories: ['charger', 'case'],
      fundingSource: 'CARSAT',
    });
    const history = await http().get(`/api/devices/${first.body.id}/history`).set('Authorization', auth);
    expect(history.body.map((e: { type: string }) => e.type)).toEqual(['status_changed', 'created']);
  });

  it('lends a kit, refuses to lend a lent device with 409, and frees it at return with the checklist kept', async () => {
    const a = (await tablet()).body;
    const b = (await tablet()).body;
    const lent = await http()
      .post('/api/loans')
      .set('Authorization', auth)
      .send({
        personId: senior.id,
        deviceIds: [a.id, b.id],
        kind: 'loan',
        startedOn: '2026-11-02',
        dueOn: '2026-12-31',
      });
    expect(lent.status).toBe(201);
    expect(lent.body).toHaveLength(2);
    expect(new Set(lent.body.map((l: { kitId: string }) => l.kitId)).size).toBe(1);
    const again = await http()
      .post('/api/loans')
      .set('Authorization', auth)
      .send({ personId: senior.id, deviceIds: [a.id], kind: 'loan', dueOn: '2026-12-31' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      code: 'device_unavailable',
      message: expect.stringContaining(a.assetTag),
    });
    const device = await http().get(`/api/devices/${a.id}`).set('Authorization', auth);
    expect(device.body).toMatchObject({
      status: 'on_loan',
      currentLoan: { recipientName: 'Gisèle Vandamme', dueOn: '2026-12-31' },
    });

    const loanId = lent.body[0].id as string;
    const returned = await http()
      .post(`/api/loans/${loanId}/return`)
      .set('Authorization', auth)
      .send({ accessoriesReturned: ['charger'], condition: 'good', personalDataWiped: false });
    expect(returned.status).toBe(200);
    expect(returned.body.returnIssues.sort()).toEqual(['missing:case', 'personal_data_not_wiped']);
    const back = await http().get(`/api/devices/${lent.body[0].deviceId}`).set('Authorization', auth);
    expect(back.body).toMatchObject({ status: 'in_stock', currentLoan: null });
    const twice = await http()
      .post(`/api/loans/${loanId}/return`)
      .set('Authorization', auth)
      .send({ accessoriesReturned: [], condition: 'good', personalDataWiped: true });
    expect(twice.status).toBe(409);
  });

  it('lets exactly one of two concurrent loans of one device succeed', async () => {
    const device = (await tablet()).body;
    const other = await given.person({ role: 'senior', centre: lille });
    const lend = (personId: string) =>
      http()
        .post('/api/loans')
        .set('Authorization', auth)
        .send({ personId, deviceIds: [device.id], kind: 'loan', dueOn: '2027-01-31' });
    const statuses = (await Promise.all([lend(senior.id), lend(other.id)])).map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409]);
    const [{ active }] = await t.db.query(
      `SELECT count(*)::int AS active FROM loans WHERE device_id = $1 AND returned_at IS NULL`,
      [device.id],
    );
    expect(active).toBe(1);
  });

  it('lists overdue loans and gives devices for good', async () => {
    const old = (await tablet()).body;
    const gift = (await tablet({ kind: 'smartphone', model: 'Smartphone reconditionné' })).body;
    await http()
      .post('/api/loans')
      .set('Authorization', auth)
      .send({
        personId: senior.id,
        deviceIds: [old.id],
        kind: 'loan',
        startedOn: '2026-01-05',
        dueOn: '2026-02-05',
      });
    const given_ = await http()
      .post('/api/loans')
      .set('Authorization', auth)
      .send({ personId: senior.id, deviceIds: [gift.id], kind: 'gift' });
    expect(given_.status).toBe(201);
    const overdue = await http().get('/api/loans').query({ status: 'overdue' }).set('Authorization', auth);
    expect(overdue.body.map((l: { deviceId: string; overdue: boolean }) => [l.deviceId, l.overdue])).toEqual([
      [old.id, true],
    ]);
    expect((await http().get(`/api/devices/${gift.id}`).set('Authorization', auth)).body.status).toBe(
      'given',
    );
    const badGift = await http()
      .post('/api/loans')
      .set('Authorization', auth)
      .send({ personId: senior.id, deviceIds: [old.id], kind: 'loan' });
    expect(badGift.status).toBe(400);
    expect(badGift.body.errors[0].path).toBe('dueOn');
  });

  it('keeps each centre’s inventory to itself (404) and devices to coordinators (403)', async () => {
    const mine = (await tablet()).body;
    const otherAuth = `Bearer ${await tokenFor(t, await given.person({ role: 'coordinator', centre: roubaix }))}`;
    expect((await http().get(`/api/devices/${mine.id}`).set('Authorization', otherAuth)).status).toBe(404);
    expect(
      (await http().patch(`/api/devices/${mine.id}`).set('Authorization', otherAuth).send({ model: 'X' }))
        .status,
    ).toBe(404);
    const roubaixSenior = await given.person({ role: 'senior', centre: roubaix });
    const crossLoan = await http()
      .post('/api/loans')
      .set('Authorization', auth)
      .send({ personId: roubaixSenior.id, deviceIds: [mine.id], kind: 'loan', dueOn: '2027-01-01' });
    expect(crossLoan.status).toBe(404);
    const volunteer = await given.person({ role: 'volunteer', centre: lille });
    expect(
      (
        await http()
          .get('/api/devices')
          .set('Authorization', `Bearer ${await tokenFor(t, volunteer)}`)
      ).status,
    ).toBe(403);
    expect((await http().get('/api/devices')).status).toBe(401);
  });
});
