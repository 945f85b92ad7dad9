#!/usr/bin/env node
// Benchmark: latency of the coordinator's people list (search + pagination) and of login, on the
// real app and the embedded database (or DATABASE_URL), with a centre of 10,000 people.
// Run after `npm run build:api`:  node bench/people-list.bench.mjs
// Figures are printed as JSON and recorded in bench/README.md. Not part of the test suite (brief §7).
import { createRequire } from 'node:module';
import { measure, startApp } from './support.mjs';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const dist = '../apps/api/dist';
const { startEmbeddedPostgres } = require(`${dist}/database/embedded-postgres.js`);
const { runMigrations } = require(`${dist}/database/migrate.js`);
const { Client } = require('pg');
const argon2 = require('argon2');

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 10_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

const embedded = process.env.DATABASE_URL ? null : await startEmbeddedPostgres(undefined);
const url = process.env.DATABASE_URL ?? embedded.url;
await runMigrations(url);

const db = new Client({ connectionString: url });
await db.connect();
await db.query(
  'TRUNCATE refresh_tokens, coaching_assignments, centre_memberships, people, centres, federations CASCADE',
);
const [{ id: fed }] = (await db.query(`INSERT INTO federations (name) VALUES ('Bench') RETURNING id`)).rows;
const [{ id: centre }] = (
  await db.query(
    `INSERT INTO centres (federation_id, name, town, postcode) VALUES ($1, 'Centre bench', 'Lille', '59000') RETURNING id`,
    [fed],
  )
).rows;
const hash = await argon2.hash('mot-de-passe-bench', { type: argon2.argon2id });
await db.query(
  `INSERT INTO people (federation_id, centre_id, role, first_name, last_name, email, password_hash, search_text)
   VALUES ($1, $2, 'coordinator', 'Coord', 'Bench', 'coord@bench.fr', $3, 'coord bench coord@bench.fr')`,
  [fed, centre, hash],
);
await db.query(
  `INSERT INTO people (federation_id, centre_id, role, first_name, last_name, town, search_text)
   SELECT $1, $2, CASE WHEN g % 6 = 0 THEN 'volunteer' ELSE 'senior' END, 'Prénom' || g, 'Nom' || g, 'Ville' || (g % 40),
          'prenom' || g || ' nom' || g || ' ville' || (g % 40)
     FROM generate_series(1, $3::int) g`,
  [fed, centre, PEOPLE],
);
await db.end();

const app = await startApp(url, '/nonexistent');
const base = app.base;

async function ok(res) {
  if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
  return res.json();
}
const login = () =>
  fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'coord@bench.fr', password: 'mot-de-passe-bench' }),
  }).then(ok);
const { accessToken } = await login();
const auth = { authorization: `Bearer ${accessToken}` };

const results = [
  await measure('GET /people page 1..50 (no search)', REQUESTS, CONCURRENCY, (i) =>
    fetch(`${base}/people?page=${(i % 50) + 1}`, { headers: auth }).then(ok),
  ),
  await measure('GET /people?q=<name> (accent-insensitive search)', REQUESTS, CONCURRENCY, (i) =>
    fetch(`${base}/people?q=nom${(i * 37) % PEOPLE}`, { headers: auth }).then(ok),
  ),
  await measure('POST /auth/login (argon2id)', 40, 2, () => login()),
];
console.log(
  JSON.stringify(
    {
      database: embedded ? 'embedded PGlite' : 'PostgreSQL server',
      people: PEOPLE,
      node: process.version,
      results,
    },
    null,
    2,
  ),
);
await app.close();
await embedded?.stop();
