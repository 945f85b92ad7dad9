// Shared by the benchmarks: start the real app (built API) on a database, measure requests.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const dist = '../apps/api/dist';
export const { startEmbeddedPostgres } = require(`${dist}/database/embedded-postgres.js`);
export const { runMigrations } = require(`${dist}/database/migrate.js`);
export const { seedIfEmpty } = require(`${dist}/database/seed/seeder.js`);
const { AppModule } = require(`${dist}/app.module.js`);
const { configureApp } = require(`${dist}/app.setup.js`);
const { AppConfig } = require(`${dist}/config/app-config.js`);
const { NestFactory } = require('@nestjs/core');

/** The embedded database, or DATABASE_URL's server, migrated. */
export async function database() {
  const embedded = process.env.DATABASE_URL ? null : await startEmbeddedPostgres(undefined);
  const url = process.env.DATABASE_URL ?? embedded.url;
  await runMigrations(url);
  return { url, embedded, label: embedded ? 'embedded PGlite' : 'PostgreSQL server' };
}

/** The API as in production, on a random port; returns its base URL and a close function. */
export async function startApp(url, dataDir = '/nonexistent') {
  const config = new AppConfig({
    nodeEnv: 'production',
    port: 0,
    host: '127.0.0.1',
    dataDir,
    databaseUrl: url,
    jwtSecret: 'bench-secret-bench-secret-bench-secret-bench',
    accessTokenTtlSeconds: 900,
    refreshTokenTtlDays: 30,
    loginThrottleLimit: 1_000_000,
    seedDemoData: false,
    trustProxy: false,
    logLevel: 'silent',
    webDistDir: null,
    notificationsPollSeconds: 0,
    smtpUrl: null,
    mailFrom: 'Passerelle <bench@passerelle.local>',
    publicUrl: 'http://127.0.0.1',
  });
  const app = await NestFactory.create(AppModule.register(config), { logger: false });
  configureApp(app, config);
  await app.listen(0, '127.0.0.1');
  return { base: `http://127.0.0.1:${app.getHttpServer().address().port}/api`, close: () => app.close() };
}

/** Runs `count` calls of fn, `concurrency` at a time; latency percentiles and throughput. */
export async function measure(name, count, concurrency, fn) {
  const times = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const t0 = performance.now();
        await fn(i);
        times.push(performance.now() - t0);
      }
    }),
  );
  const wall = performance.now() - started;
  times.sort((a, b) => a - b);
  const pct = (p) =>
    Math.round(times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] * 10) / 10;
  return {
    name,
    requests: count,
    concurrency,
    p50_ms: pct(50),
    p95_ms: pct(95),
    max_ms: pct(100),
    per_second: Math.round((count / wall) * 1000),
  };
}

export async function ok(res) {
  if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
  return res.headers.get('content-type')?.includes('json') ? res.json() : res.arrayBuffer();
}

/** Signs in as a demo account (demo password unless given); the Authorization header to send. */
export async function signIn(base, email, password = 'passerelle-demo') {
  const { accessToken } = await ok(
    await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    }),
  );
  return { authorization: `Bearer ${accessToken}` };
}
