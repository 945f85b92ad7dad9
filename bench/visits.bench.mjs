#!/usr/bin/env node
// Benchmark: planning home visits in a large centre — slot suggestions (eligibility, availability,
// visits, weekly limits and travel estimates of every volunteer), the centre's eligibility list and
// bookings (exclusion constraints and the weekly-limit lock).
// Run after `npm run build:api`:  node bench/visits.bench.mjs   (or with DATABASE_URL=…)
// Knobs: BENCH_VOLUNTEERS (extra ready volunteers in Lille, default 60), BENCH_REQUESTS.
// Figures are printed as JSON and recorded in bench/README.md. Not part of the test suite (brief §7).
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { database, measure, ok, seedIfEmpty, signIn, startApp } from './support.mjs';

const require = createRequire(import.meta.url);
const { CHARTER_VERSION } = require('../apps/api/dist/volunteers/charter.js');
const { todayInParis, addDays } = require('../apps/api/dist/common/calendar.js');

const VOLUNTEERS = Number(process.env.BENCH_VOLUNTEERS ?? 60);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 50);
const TOWNS = [
  'Lille',
  'Roubaix',
  'Tourcoing',
  'Hellemmes',
  'Lomme',
  'Croix',
  'Wattrelos',
  'Villeneuve-d’Ascq',
];
const MODES = ['foot', 'bike', 'public_transport', 'car'];

const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-bench-'));
const db = await database();
await seedIfEmpty(db.url, dataDir);
const client = new pg.Client({ connectionString: db.url });
await client.connect();
const [{ id: centreId, federation_id: federationId }] = (
  await client.query(`SELECT id, federation_id FROM centres WHERE town = 'Lille'`)
).rows;
// Ready volunteers: charter signed, required trainings done, a profile, Monday–Friday 9:00–17:00.
const { rows: extra } = await client.query(
  `INSERT INTO people (federation_id, centre_id, role, first_name, last_name, town)
   SELECT $1, $2, 'volunteer', 'Bénévole', 'Banc ' || lpad(g::text, 4, '0'), ($4::text[])[1 + g % array_length($4::text[], 1)]
     FROM generate_series(1, $3::int) g RETURNING id`,
  [federationId, centreId, VOLUNTEERS, TOWNS],
);
const ids = extra.map((r) => r.id);
await client.query(
  `INSERT INTO volunteer_charter_signatures (centre_id, volunteer_id, charter_version)
   SELECT $1, unnest($2::uuid[]), $3`,
  [centreId, ids, CHARTER_VERSION],
);
await client.query(
  `INSERT INTO enrolments (centre_id, person_id, course_id, source, status, percent, completed_at)
   SELECT $1, p.id, v.course_id, 'assigned', 'completed', 100, now()
     FROM unnest($2::uuid[]) AS p(id)
     JOIN course_versions v ON v.status = 'published' AND v.required_for_visits`,
  [centreId, ids],
);
await client.query(
  `INSERT INTO volunteer_profiles (volunteer_id, centre_id, towns, travel_mode, max_visits_per_week)
   SELECT p.id, $1, ARRAY[($3::text[])[1 + (n::int) % 8]], ($4::text[])[1 + (n::int) % 4], 3
     FROM unnest($2::uuid[]) WITH ORDINALITY AS p(id, n)`,
  [centreId, ids, TOWNS, MODES],
);
await client.query(
  `INSERT INTO availability_windows (centre_id, volunteer_id, weekday, starts_at, ends_at)
   SELECT $1, p.id, d, '09:00', '17:00' FROM unnest($2::uuid[]) AS p(id), generate_series(1, 5) d`,
  [centreId, ids],
);
const { rows: seniors } = await client.query(
  `SELECT id FROM people WHERE centre_id = $1 AND role = 'senior' AND active ORDER BY last_name, id`,
  [centreId],
);
await client.end();

const app = await startApp(db.url, dataDir);
const headers = {
  ...(await signIn(app.base, 'coordination.lille-moulins@passerelle.demo')),
  'content-type': 'application/json',
};
const get = (path) => fetch(`${app.base}${path}`, { headers }).then(ok);
const from = addDays(todayInParis(), 1);
const to = addDays(from, 13);

// Bookings first, so the suggestions work around real visits: each volunteer gets visits on
// successive weekdays at 10:00 until the weekly limits start refusing.
let booked = 0;
let refused = 0;
const bookings = await measure(
  'POST /visits (distinct volunteers and seniors)',
  VOLUNTEERS * 2,
  4,
  async (i) => {
    const day = addDays(from, Math.floor(i / VOLUNTEERS) * 7);
    const res = await fetch(`${app.base}/visits`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        seniorId: seniors[i % seniors.length].id,
        volunteerId: ids[i % VOLUNTEERS],
        startsAt: new Date(`${day}T${String(9 + (i % 7)).padStart(2, '0')}:00:00+01:00`).toISOString(),
        durationMinutes: 60,
      }),
    });
    if (res.status === 201) booked++;
    else if (res.status === 409) refused++;
    else throw new Error(`${res.status} ${await res.text()}`);
  },
);
let volunteersProposed = 0;
const results = [
  { ...bookings, booked, refused },
  await measure(
    `GET /centres/:id/volunteer-eligibility (${VOLUNTEERS + 12} volunteers)`,
    REQUESTS * 2,
    8,
    () => get(`/centres/${centreId}/volunteer-eligibility`),
  ),
  await measure('GET /visits/suggestions (14 days)', REQUESTS, 4, async (i) => {
    const found = await get(
      `/visits/suggestions?seniorId=${seniors[i % seniors.length].id}&durationMinutes=60&from=${from}&to=${to}`,
    );
    volunteersProposed = found.suggestions.length;
  }),
];
const rss = Math.round(process.memoryUsage().rss / 1024 / 1024);
console.log(
  JSON.stringify(
    {
      database: db.label,
      volunteers: VOLUNTEERS,
      volunteersProposed,
      node: process.version,
      rss_mb: rss,
      results,
    },
    null,
    2,
  ),
);
await app.close();
await db.embedded?.stop();
