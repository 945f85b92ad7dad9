import request from 'supertest';
import { createTestApp, type TestApp } from '../../test/test-app';

describe('health and API docs', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reports the database as up without a token, and echoes a request id', async () => {
    const res = await request(t.app.getHttpServer()).get('/api/health').set('x-request-id', 'essai-42');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
    expect(res.headers['x-request-id']).toBe('essai-42');
  });

  it('serves the OpenAPI document with the people routes and bearer auth', async () => {
    const res = await request(t.app.getHttpServer()).get('/api/docs-json');
    expect(res.status).toBe(200);
    expect(res.body.paths).toHaveProperty('/api/people');
    expect(res.body.paths).toHaveProperty('/api/auth/login');
    expect(res.body.components.securitySchemes).toHaveProperty('bearer');
  });

  it('answers an unknown API route with a 404 in the common error shape', async () => {
    const res = await request(t.app.getHttpServer()).get('/api/nulle-part');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ code: 'not_found', message: expect.any(String) });
  });
});
