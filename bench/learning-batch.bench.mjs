#!/usr/bin/env node
// Benchmark: storing one batch of 500 learning records (the largest the API accepts) and replaying
// it, on the real app with the demo data, on the embedded database (or DATABASE_URL).
// Run after `npm run build:api`:  node bench/learning-batch.bench.mjs
import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startApp } from './support.mjs';
import { randomUUID } from 'node:crypto';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const dist = '../apps/api/dist';
const { startEmbeddedPostgres } = require(`${dist}/database/embedded-postgres.js`);
const { runMigrations } = require(`${dist}/database/migrate.js`);
const { seedIfEmpty } = require(`${dist}/database/seed/seeder.js`);

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-bench-'));
const embedded = process.env.DATABASE_URL ? null : await startEmbeddedPostgres(undefined);
const url = process.env.DATABASE_URL ?? embedded.url;
await runMigrations(url);
await seedIfEmpty(url, dataDir);

const app = await startApp(url, dataDir);
const base = app.base;
const post = async (path, body, token) => {
  const res = await fetch(base + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
  return res.json();
};
const { accessToken } = await post('/auth/login', {
  email: 'camille.dubois@passerelle.demo',
  password: 'passerelle-demo',
});
const mine = await (
  await fetch(`${base}/me/courses`, { headers: { authorization: `Bearer ${accessToken}` } })
).json();
const course = await (
  await fetch(`${base}/courses/${mine[0].course.id}/published`, {
    headers: { authorization: `Bearer ${accessToken}` },
  })
).json();
const textSteps = course.content.modules
  .flatMap((m) => m.lessons.flatMap((l) => l.steps))
  .filter((s) => s.type === 'text');

const results = [];
for (let round = 0; round < ROUNDS; round++) {
  const records = Array.from({ length: 500 }, (_, i) => ({
    id: randomUUID(),
    verb: 'experienced',
    object: { courseId: course.id, stepKey: textSteps[i % textSteps.length].key },
    timestamp: new Date(Date.UTC(2026, 10, 1, 10, 0, i % 60)).toISOString(),
  }));
  let t0 = performance.now();
  await post('/learning-records', { records }, accessToken);
  const store = performance.now() - t0;
  t0 = performance.now();
  await post('/learning-records', { records }, accessToken);
  const replay = performance.now() - t0;
  results.push({ round, store_ms: Math.round(store), replay_ms: Math.round(replay) });
}
const memory = Math.round(process.memoryUsage().rss / 1024 / 1024);
console.log(
  JSON.stringify(
    {
      database: embedded ? 'embedded PGlite' : 'PostgreSQL server',
      records_per_batch: 500,
      node: process.version,
      rss_mb: memory,
      results,
    },
    null,
    2,
  ),
);
await app.close();
await embedded?.stop();
