import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DEMO_PASSWORD } from '../database/seed/demo-data';
import { seedIfEmpty } from '../database/seed/seeder';
import { createTestApp, databaseUrl, truncateAll, type TestApp } from '../../test/test-app';

describe('catalogue on the demo data', () => {
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());
  const login = async (email: string) =>
    `Bearer ${(await http().post('/api/auth/login').send({ email, password: DEMO_PASSWORD })).body.accessToken}`;

  beforeAll(async () => {
    t = await createTestApp();
    await truncateAll(t.db);
    await seedIfEmpty(databaseUrl(), mkdtempSync(join(tmpdir(), 'passerelle-catalogue-')));
  });
  afterAll(async () => {
    await truncateAll(t.db);
    await t.close();
  });

  it('shows a volunteer the volunteer trainings, and no senior-only lesson', async () => {
    const res = await http()
      .get('/api/catalogue')
      .query({ pageSize: 100 })
      .set('Authorization', await login('camille.dubois@passerelle.demo'));
    expect(res.status).toBe(200);
    const audiences = res.body.items.map((c: { audience: string }) => c.audience);
    expect(audiences.filter((a: string) => a === 'volunteer').length).toBeGreaterThanOrEqual(4);
    expect(audiences).not.toContain('senior');
    const required = res.body.items.filter((c: { requiredForVisits: boolean }) => c.requiredForVisits);
    expect(required.length).toBeGreaterThanOrEqual(1);
    const mine = await http()
      .get('/api/me/courses')
      .set('Authorization', await login('camille.dubois@passerelle.demo'));
    expect(mine.body.map((m: { course: { id: string } }) => m.course.id).sort()).toEqual(
      required.map((c: { id: string }) => c.id).sort(),
    );
  });

  it('lets a coordinator search the whole catalogue, accents and case aside', async () => {
    const res = await http()
      .get('/api/catalogue')
      .query({ q: 'TABLETTE' })
      .set('Authorization', await login('coordination.arques@passerelle.demo'));
    expect(res.body.items.map((c: { slug: string }) => c.slug)).toContain('prendre-en-main-sa-tablette');
  });

  it('lets a volunteer read a senior course for a senior they coach, and only then', async () => {
    const camille = await login('camille.dubois@passerelle.demo');
    const [course] = await t.db.query(`SELECT id FROM courses WHERE slug = 'prendre-en-main-sa-tablette'`);
    const [coached] = await t.db.query(
      `SELECT a.senior_id FROM coaching_assignments a JOIN people v ON v.id = a.volunteer_id
        WHERE v.email = 'camille.dubois@passerelle.demo' AND a.ended_at IS NULL LIMIT 1`,
    );
    const [stranger] = await t.db.query(
      `SELECT p.id FROM people p WHERE p.role = 'senior'
          AND NOT EXISTS (SELECT 1 FROM coaching_assignments a JOIN people v ON v.id = a.volunteer_id
                           WHERE a.senior_id = p.id AND v.email = 'camille.dubois@passerelle.demo') LIMIT 1`,
    );
    const read = (query: Record<string, string>) =>
      http().get(`/api/courses/${course.id}/published`).query(query).set('Authorization', camille);
    expect((await read({})).status).toBe(404);
    const forCoached = await read({ forSenior: coached.senior_id });
    expect(forCoached.status).toBe(200);
    const steps = forCoached.body.content.modules.flatMap(
      (m: { lessons: Array<{ steps: Array<{ type: string }> }> }) => m.lessons.flatMap((l) => l.steps),
    );
    expect(steps.some((st: { type: string }) => st.type === 'observation')).toBe(true);
    expect((await read({ forSenior: stranger.id })).status).toBe(404);
    expect((await read({ forSenior: 'pas-un-id' })).status).toBe(400);
  });
});
