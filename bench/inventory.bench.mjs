#!/usr/bin/env node
// Benchmark: the coordinator's device screens on the demo data plus a large inventory — the device
// list and search, the programme report, a device's learning page and the A4 sheet of 500 QR labels.
// Run after `npm run build:api`:  node bench/inventory.bench.mjs   (or with DATABASE_URL=…)
// Knobs: BENCH_DEVICES (extra tablets in Lille, default 10,000), BENCH_REQUESTS, BENCH_CONCURRENCY.
// Figures are printed as JSON and recorded in bench/README.md. Not part of the test suite (brief §7).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { database, measure, ok, seedIfEmpty, signIn, startApp } from './support.mjs';

const EXTRA = Number(process.env.BENCH_DEVICES ?? 10_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-bench-'));
const db = await database();
await seedIfEmpty(db.url, dataDir);
const client = new pg.Client({ connectionString: db.url });
await client.connect();
await client.query(
  `INSERT INTO devices (centre_id, kind, model, serial_number, asset_tag, funding_source, accessories, search_text)
   SELECT c.id, 'tablet', 'Facilotab', 'BENCH-' || g, 'BEN-' || lpad(g::text, 6, '0'), 'Banc d''essai',
          ARRAY['charger'], 'ben-' || lpad(g::text, 6, '0') || ' facilotab bench-' || g
     FROM centres c, generate_series(1, $1::int) g WHERE c.town = 'Lille'`,
  [EXTRA],
);
const [{ id: lentDevice }] = (
  await client.query(`SELECT device_id AS id FROM loans WHERE returned_at IS NULL AND kind = 'loan' LIMIT 1`)
).rows;
const [{ n: devices }] = (await client.query(`SELECT count(*)::int AS n FROM devices`)).rows;
await client.end();

const app = await startApp(db.url, dataDir);
const auth = await signIn(app.base, 'coordination.lille-moulins@passerelle.demo');
const get = (path) => fetch(`${app.base}${path}`, { headers: auth }).then(ok);
const pages = Math.ceil(EXTRA / 20);
const results = [
  await measure('GET /devices page 1..N', REQUESTS, CONCURRENCY, (i) =>
    get(`/devices?page=${(i % pages) + 1}`),
  ),
  await measure('GET /devices?q=<asset tag>', REQUESTS, CONCURRENCY, (i) =>
    get(`/devices?q=ben-${String((i * 37) % EXTRA).padStart(6, '0')}`),
  ),
  await measure('GET /devices?status=on_loan', REQUESTS, CONCURRENCY, () => get(`/devices?status=on_loan`)),
  await measure('GET /campaigns/report', 50, 4, () => get('/campaigns/report')),
  await measure('GET /devices/:id/learning', 100, 4, () => get(`/devices/${lentDevice}/learning`)),
  await measure('GET /loans?status=overdue', 100, 4, () => get('/loans?status=overdue')),
  await measure('GET /devices/labels.pdf?status=in_stock (500 labels)', 5, 1, () =>
    get('/devices/labels.pdf?status=in_stock'),
  ),
];
const rss = Math.round(process.memoryUsage().rss / 1024 / 1024);
console.log(
  JSON.stringify({ database: db.label, devices, node: process.version, rss_mb: rss, results }, null, 2),
);
await app.close();
await db.embedded?.stop();
