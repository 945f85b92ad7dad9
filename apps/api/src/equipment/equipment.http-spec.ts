import { randomUUID } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import request from 'supertest';
import type { CentreEntity } from '../centres/centre.entity';
import type { FederationEntity } from '../centres/federation.entity';
import type { PersonEntity } from '../people/person.entity';
import { Given } from '../../test/builders';
import { publishedCourse } from '../../test/course-fixtures';
import { signaturePng } from '../../test/png';
import { createTestApp, tokenFor, truncateAll, type TestApp } from '../../test/test-app';

const binary = (res: request.Response, callback: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

describe('households, campaigns, agreements and learning per tablet (real database)', () => {
  let t: TestApp;
  let given: Given;
  let federation: FederationEntity;
  let lille: CentreEntity;
  let roubaix: CentreEntity;
  let senior: PersonEntity;
  let auth: string;
  let roubaixAuth: string;
  const http = () => request(t.app.getHttpServer());
  const device = async (kind: string, extra: Record<string, unknown> = {}, as = auth) =>
    (
      await http()
        .post('/api/devices')
        .set('Authorization', as)
        .send({ kind, model: 'Modèle', accessories: ['charger'], ...extra })
    ).body.id as string;
  const lend = (body: Record<string, unknown>, as = auth) =>
    http().post('/api/loans').set('Authorization', as).send(body);

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
    roubaixAuth = `Bearer ${await tokenFor(t, await given.person({ role: 'coordinator', centre: roubaix }))}`;
  });

  it('equips households of a campaign and reports identified → targeted → equipped, by kind', async () => {
    const campaign = await http().post('/api/campaigns').set('Authorization', auth).send({
      name: 'Vague 1',
      audience: 'households',
      partner: 'Emmaüs Connect',
      startsOn: '2020-04-06',
      householdsIdentified: 650,
      householdsTargeted: 170,
    });
    expect(campaign.status).toBe(201);
    const benali = await http()
      .post('/api/households')
      .set('Authorization', auth)
      .send({ name: 'Famille Benali', town: 'Lille', membersCount: 5 });
    expect(benali.status).toBe(201);
    const martin = await http()
      .post('/api/households')
      .set('Authorization', auth)
      .send({ name: 'Famille Martin' });
    const computer = await device('computer');
    const box = await device('internet_connection');
    const phone = await device('smartphone');
    const gift = await lend({
      householdId: benali.body.id,
      deviceIds: [computer],
      kind: 'gift',
      campaignId: campaign.body.id,
      handover: { accessories: ['charger'], testedWorking: true },
    });
    expect(gift.status).toBe(201);
    expect(gift.body[0]).toMatchObject({ recipientName: 'Famille Benali', personId: null, kind: 'gift' });
    expect(
      (
        await lend({
          householdId: benali.body.id,
          deviceIds: [box],
          kind: 'loan',
          dueOn: '2020-07-06',
          startedOn: '2020-04-06',
          campaignId: campaign.body.id,
        })
      ).status,
    ).toBe(201);
    await lend({
      householdId: martin.body.id,
      deviceIds: [phone],
      kind: 'gift',
      campaignId: campaign.body.id,
    });

    const report = await http().get('/api/campaigns/report').set('Authorization', auth);
    expect(report.status).toBe(200);
    expect(report.body.campaigns[0]).toMatchObject({
      campaign: { name: 'Vague 1', householdsIdentified: 650, householdsTargeted: 170 },
      equipped: 2,
      devicesByKind: { computer: 1, internet_connection: 1, smartphone: 1, tablet: 0, basic_phone: 0 },
      devicesDistributed: 3,
      loans: 1,
      gifts: 2,
      activeLoans: 1,
      overdueLoans: 1,
      returned: 0,
    });
    // another centre sees neither the campaign nor the households
    expect(
      (await http().get('/api/campaigns/report').set('Authorization', roubaixAuth)).body.campaigns,
    ).toEqual([]);
    expect(
      (await http().get(`/api/households/${benali.body.id}`).set('Authorization', roubaixAuth)).status,
    ).toBe(404);
    const foreignLoan = await lend(
      { householdId: benali.body.id, deviceIds: [await device('tablet', {}, roubaixAuth)], kind: 'gift' },
      roubaixAuth,
    );
    expect(foreignLoan.status).toBe(404);
    // a campaign of another centre cannot be used, and a kit needs exactly one recipient
    const roubaixCampaign = await http()
      .post('/api/campaigns')
      .set('Authorization', roubaixAuth)
      .send({ name: 'R', audience: 'seniors', startsOn: '2020-05-01' });
    const wrong = await lend({
      personId: senior.id,
      deviceIds: [await device('tablet')],
      kind: 'gift',
      campaignId: roubaixCampaign.body.id,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].path).toBe('campaignId');
    const both = await lend({
      personId: senior.id,
      householdId: martin.body.id,
      deviceIds: [computer],
      kind: 'gift',
    });
    expect(both.status).toBe(400);
    const targetedTooMany = await http().post('/api/campaigns').set('Authorization', auth).send({
      name: 'X',
      audience: 'households',
      startsOn: '2020-01-01',
      householdsIdentified: 5,
      householdsTargeted: 9,
    });
    expect(targetedTooMany.status).toBe(400);
  });

  it('signs the agreement of a kit once, freezes its text, and serves it as a PDF', async () => {
    const template = await http()
      .get(`/api/centres/${lille.id}/agreement-template`)
      .set('Authorization', auth);
    expect(template.body).toMatchObject({ version: 1, title: expect.stringContaining('Convention') });
    const saved = await http()
      .put(`/api/centres/${lille.id}/agreement-template`)
      .set('Authorization', auth)
      .send({
        title: 'Convention de prêt du centre',
        body: 'Le centre {{centre}} prête à {{beneficiaire}} :\n{{materiel}}\nRetour le {{date_retour}}.',
      });
    expect(saved.body.version).toBe(2);
    expect(
      (
        await http()
          .put(`/api/centres/${lille.id}/agreement-template`)
          .set('Authorization', roubaixAuth)
          .send(saved.body)
      ).status,
    ).toBe(404);

    const tablet = await device('tablet', { model: 'Facilotab', accessories: ['charger', 'case'] });
    const [loan] = (
      await lend({
        personId: senior.id,
        deviceIds: [tablet],
        kind: 'loan',
        dueOn: '2027-03-05',
        handover: { accessories: ['charger', 'case'], testedWorking: true },
      })
    ).body;
    const draft = await http().get(`/api/kits/${loan.kitId}/agreement`).set('Authorization', auth);
    expect(draft.body).toMatchObject({ signed: false, id: null, recipientName: 'Gisèle Vandamme' });
    expect(draft.body.text).toContain('Le centre Lille-Moulins prête à Gisèle Vandamme');
    expect(draft.body.text).toContain('Tablette Facilotab, n° d’inventaire LIL-0001, avec chargeur, étui');
    expect(draft.body.text).toContain('Retour le 5 mars 2027.');

    const blank = await http()
      .post(`/api/kits/${loan.kitId}/agreement`)
      .set('Authorization', auth)
      .send({ signerName: 'Gisèle Vandamme', signature: 'data:image/png;base64,AAAA', accepted: true });
    expect(blank.status).toBe(400);
    const refused = await http()
      .post(`/api/kits/${loan.kitId}/agreement`)
      .set('Authorization', auth)
      .send({ signerName: 'Gisèle Vandamme', signature: signaturePng(), accepted: false });
    expect(refused.status).toBe(400);

    const signed = await http()
      .post(`/api/kits/${loan.kitId}/agreement`)
      .set('Authorization', auth)
      .send({ signerName: 'Gisèle Vandamme', signature: signaturePng(), accepted: true });
    expect(signed.status).toBe(201);
    expect(signed.body).toMatchObject({
      signed: true,
      signerName: 'Gisèle Vandamme',
      assetTags: ['LIL-0001'],
    });
    const again = await http()
      .post(`/api/kits/${loan.kitId}/agreement`)
      .set('Authorization', auth)
      .send({ signerName: 'Quelqu’un', signature: signaturePng(), accepted: true });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('agreement_already_signed');

    // a later template change never alters a signed agreement
    await http()
      .put(`/api/centres/${lille.id}/agreement-template`)
      .set('Authorization', auth)
      .send({ title: 'Autre', body: 'Un tout autre texte pour {{beneficiaire}}.' });
    const kept = await http().get(`/api/agreements`).query({ deviceId: tablet }).set('Authorization', auth);
    expect(kept.body).toHaveLength(1);
    expect(kept.body[0].text).toContain('Le centre Lille-Moulins prête');
    const loans = await http().get('/api/loans').query({ personId: senior.id }).set('Authorization', auth);
    expect(loans.body[0].agreementId).toBe(signed.body.id);

    const pdf = await http()
      .get(`/api/agreements/${signed.body.id}/pdf`)
      .set('Authorization', auth)
      .buffer(true)
      .parse(binary);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect((await PDFDocument.load(pdf.body as Buffer)).getPageCount()).toBeGreaterThanOrEqual(1);
    expect(
      (await http().get(`/api/agreements/${signed.body.id}/pdf`).set('Authorization', roubaixAuth)).status,
    ).toBe(404);
    expect(
      (await http().get(`/api/kits/${loan.kitId}/agreement`).set('Authorization', roubaixAuth)).status,
    ).toBe(404);
  });

  it('lets a volunteer run the agreement for the seniors they coach, and only those', async () => {
    const coach = await given.person({ role: 'volunteer', centre: lille });
    const stranger = await given.person({ role: 'volunteer', centre: lille });
    await given.assignment(coach, senior);
    const coachAuth = `Bearer ${await tokenFor(t, coach)}`;
    const strangerAuth = `Bearer ${await tokenFor(t, stranger)}`;
    const [loan] = (
      await lend({
        personId: senior.id,
        deviceIds: [await device('tablet')],
        kind: 'loan',
        dueOn: '2027-01-01',
      })
    ).body;
    const mine = await http()
      .get('/api/loans')
      .query({ personId: senior.id })
      .set('Authorization', coachAuth);
    expect(mine.status).toBe(200);
    expect(mine.body).toHaveLength(1);
    expect((await http().get('/api/loans').set('Authorization', coachAuth)).status).toBe(404);
    expect(
      (await http().get('/api/loans').query({ personId: senior.id }).set('Authorization', strangerAuth))
        .status,
    ).toBe(404);
    const sign = (as: string) =>
      http()
        .post(`/api/kits/${loan.kitId}/agreement`)
        .set('Authorization', as)
        .send({ signerName: 'Gisèle Vandamme', signature: signaturePng(), accepted: true });
    expect((await sign(strangerAuth)).status).toBe(404);
    const signed = await sign(coachAuth);
    expect(signed.status).toBe(201);
    expect(signed.body.witnessName).toBe(`${coach.firstName} ${coach.lastName}`);
    // volunteers cannot lend, return or extend
    expect(
      (await lend({ personId: senior.id, deviceIds: [await device('tablet')], kind: 'gift' }, coachAuth))
        .status,
    ).toBe(403);
    expect(
      (
        await http()
          .post(`/api/loans/${loan.id}/extend`)
          .set('Authorization', coachAuth)
          .send({ dueOn: '2027-02-01' })
      ).status,
    ).toBe(403);
  });

  it('extends the whole kit and logs it on every device', async () => {
    const a = await device('tablet');
    const b = await device('internet_connection');
    const [loan] = (await lend({ personId: senior.id, deviceIds: [a, b], kind: 'loan', dueOn: '2027-01-01' }))
      .body;
    const extended = await http()
      .post(`/api/loans/${loan.id}/extend`)
      .set('Authorization', auth)
      .send({ dueOn: '2027-04-01' });
    expect(extended.status).toBe(200);
    expect(extended.body.map((l: { dueOn: string }) => l.dueOn)).toEqual(['2027-04-01', '2027-04-01']);
    const history = await http().get(`/api/devices/${b}/history`).set('Authorization', auth);
    expect(history.body[0]).toMatchObject({
      type: 'extended',
      details: { fromDueOn: '2027-01-01', toDueOn: '2027-04-01' },
    });
    const backwards = await http()
      .post(`/api/loans/${loan.id}/extend`)
      .set('Authorization', auth)
      .send({ dueOn: '2000-01-01' });
    expect(backwards.status).toBe(400);
  });

  it('prints QR asset labels for chosen devices, 24 per A4 page', async () => {
    const ids = [];
    for (let i = 0; i < 25; i++) ids.push(await device('tablet'));
    const all = await http()
      .get('/api/devices/labels.pdf')
      .set('Authorization', auth)
      .buffer(true)
      .parse(binary);
    expect(all.status).toBe(200);
    expect((await PDFDocument.load(all.body as Buffer)).getPageCount()).toBe(2);
    const one = await http()
      .get('/api/devices/labels.pdf')
      .query({ ids: ids[0] })
      .set('Authorization', auth)
      .buffer(true)
      .parse(binary);
    expect((await PDFDocument.load(one.body as Buffer)).getPageCount()).toBe(1);
    expect(
      (await http().get('/api/devices/labels.pdf').query({ ids: 'pas-un-id' }).set('Authorization', auth))
        .status,
    ).toBe(400);
  });

  it('shows what was learned on a tablet per loan period, never mixing two borrowers', async () => {
    const course = await publishedCourse(t.db, { federation, title: 'Découvrir sa tablette' });
    const tablet = await device('tablet');
    const other = await given.person({
      role: 'senior',
      centre: lille,
      firstName: 'Marcel',
      lastName: 'Deprez',
    });
    const pairAndLearn = async (person: PersonEntity, stepKeys: string[]) => {
      const [loan] = (
        await lend({ personId: person.id, deviceIds: [tablet], kind: 'loan', dueOn: '2027-01-01' })
      ).body;
      const code = await http().post(`/api/loans/${loan.id}/pairing-code`).set('Authorization', auth);
      const paired = await http().post('/api/auth/pair').send({ code: code.body.code });
      const sent = await http()
        .post('/api/learning-records')
        .set('Authorization', `Bearer ${paired.body.accessToken}`)
        .send({
          records: stepKeys.map((stepKey) => ({
            id: randomUUID(),
            verb: 'experienced',
            object: { courseId: course.id, stepKey },
            timestamp: new Date().toISOString(),
          })),
        });
      expect(sent.status).toBeLessThan(300);
      return loan;
    };
    const first = await pairAndLearn(senior, ['l1-texte']);
    await http()
      .post(`/api/loans/${first.id}/return`)
      .set('Authorization', auth)
      .send({ accessoriesReturned: ['charger'], condition: 'good', personalDataWiped: true });
    const second = await pairAndLearn(other, ['l1-texte']);

    const learning = await http().get(`/api/devices/${tablet}/learning`).set('Authorization', auth);
    expect(learning.status).toBe(200);
    const periods = learning.body.periods as Array<{
      loanId: string;
      personName: string;
      recordCount: number;
      returnedAt: string | null;
      courses: Array<{ title: string; stepsDone: number }>;
      recent: unknown[];
    }>;
    expect(periods.map((p) => [p.loanId, p.personName, p.recordCount])).toEqual([
      [second.id, 'Marcel Deprez', 1],
      [first.id, 'Gisèle Vandamme', 1],
    ]);
    expect(periods[1]!.returnedAt).not.toBeNull();
    expect(periods[0]!.courses[0]).toMatchObject({ title: 'Découvrir sa tablette', stepsDone: 1 });
    expect(periods[0]!.recent).toHaveLength(1);
    const rows = await t.db.query(
      `SELECT r.person_id, l.person_id AS loan_person FROM learning_records r JOIN loans l ON l.id = r.loan_id`,
    );
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.person_id).toBe(row.loan_person);
    expect(
      (await http().get(`/api/devices/${tablet}/learning`).set('Authorization', roubaixAuth)).status,
    ).toBe(404);
  });
});
