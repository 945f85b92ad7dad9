import request from 'supertest';
import { Given } from '../../test/builders';
import { sampleContent } from '../../test/course-fixtures';
import { createTestApp, tokenFor, truncateAll, type TestApp } from '../../test/test-app';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const VTT = Buffer.from('WEBVTT\n\n00:00.000 --> 00:02.000\nBonjour !\n');

describe('media uploads over HTTP', () => {
  let t: TestApp;
  let given: Given;
  let auth: string;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await createTestApp();
    given = new Given(t.db);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await truncateAll(t.db);
    const centre = await given.centre();
    auth = `Bearer ${await tokenFor(t, await given.person({ role: 'coordinator', centre }))}`;
  });

  it('stores an image checked by its content and serves it with safe headers', async () => {
    const res = await http()
      .post('/api/media')
      .query({ kind: 'image' })
      .set('Authorization', auth)
      .attach('file', PNG, 'ecran.png');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      kind: 'image',
      mimeType: 'image/png',
      sizeBytes: PNG.length,
      originalName: 'ecran.png',
    });
    const served = await http().get(res.body.url);
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(served.body as Buffer, PNG)).toBe(0);
  });

  it('accepts WebVTT captions and refuses a file whose content is not what it claims', async () => {
    const vtt = await http()
      .post('/api/media')
      .query({ kind: 'captions' })
      .set('Authorization', auth)
      .attach('file', VTT, 'sous-titres.vtt');
    expect(vtt.status).toBe(201);
    expect(vtt.body.mimeType).toBe('text/vtt');
    const fake = await http()
      .post('/api/media')
      .query({ kind: 'image' })
      .set('Authorization', auth)
      .attach('file', Buffer.from('<svg onload="alert(1)"/>'), {
        filename: 'image.png',
        contentType: 'image/png',
      });
    expect(fake.status).toBe(400);
    expect(fake.body.errors[0]).toMatchObject({ path: 'file' });
  });

  it('refuses a file over the size limit with 413, a missing kind or file with 400, and learners with 403', async () => {
    const big = Buffer.concat([Buffer.from('WEBVTT\n\n'), Buffer.alloc(1024 * 1024 + 10, 0x41)]);
    const tooBig = await http()
      .post('/api/media')
      .query({ kind: 'captions' })
      .set('Authorization', auth)
      .attach('file', big, 'gros.vtt');
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.code).toBe('payload_too_large');
    expect(
      (await http().post('/api/media').set('Authorization', auth).attach('file', PNG, 'a.png')).status,
    ).toBe(400);
    expect((await http().post('/api/media').query({ kind: 'image' }).set('Authorization', auth)).status).toBe(
      400,
    );
    const centre = await given.centre();
    const senior = await given.person({ role: 'senior', centre });
    const forbidden = await http()
      .post('/api/media')
      .query({ kind: 'image' })
      .set('Authorization', `Bearer ${await tokenFor(t, senior)}`)
      .attach('file', PNG, 'a.png');
    expect(forbidden.status).toBe(403);
    expect((await http().get('/api/media/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('lets a course use an uploaded image as its cover, and refuses captions as a cover', async () => {
    const image = await http()
      .post('/api/media')
      .query({ kind: 'image' })
      .set('Authorization', auth)
      .attach('file', PNG, 'couverture.png');
    const captions = await http()
      .post('/api/media')
      .query({ kind: 'captions' })
      .set('Authorization', auth)
      .attach('file', VTT, 'st.vtt');
    const course = (coverMediaId: string) => ({
      meta: {
        title: 'Avec couverture',
        summary: 'Résumé',
        audience: 'senior',
        level: 1,
        estimatedMinutes: 20,
        competenceCodes: [],
        coverMediaId,
      },
      content: sampleContent(),
    });
    const ok = await http().post('/api/courses').set('Authorization', auth).send(course(image.body.id));
    expect(ok.status).toBe(201);
    expect(ok.body.coverUrl).toBe(`/api/media/${image.body.id}`);
    const bad = await http().post('/api/courses').set('Authorization', auth).send(course(captions.body.id));
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('meta.coverMediaId');
  });
});
