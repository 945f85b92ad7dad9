import * as argon2 from 'argon2';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import type { CourseContent } from '@passerelle/contracts';
import { createTestDataSource, databaseUrl, truncateAll } from '../../../test/test-app';
import { DEMO_PASSWORD, DEMO_PEOPLE } from './demo-data';
import { seedIfEmpty } from './seeder';
import { CampaignsService } from '../../equipment/campaigns.service';
import { EligibilityService } from '../../volunteers/eligibility.service';
import { RequiredTrainingsService } from '../../volunteers/required-trainings.service';

describe('demo data seeding (real database)', () => {
  let db: DataSource;
  const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-seed-'));

  beforeAll(async () => {
    db = await createTestDataSource();
  });
  afterAll(async () => {
    await truncateAll(db);
    await db.destroy();
  });
  beforeEach(() => truncateAll(db));

  it('seeds the Nord-Pas-de-Calais federation once, and never twice', async () => {
    // when
    const first = await seedIfEmpty(databaseUrl(), dataDir);
    const second = await seedIfEmpty(databaseUrl(), dataDir);
    // then
    expect(first).toMatchObject({ centres: 3 });
    const [{ people }] = await db.query('SELECT count(*)::int AS people FROM people');
    expect(first!.people).toBe(people);
    expect(second).toBeNull();
    const [fed] = await db.query('SELECT name FROM federations');
    expect(fed.name).toBe('Fédération des centres sociaux Nord-Pas-de-Calais');
    const counts: Array<{ role: string; n: number }> = await db.query(
      `SELECT role, count(*)::int AS n FROM people GROUP BY role ORDER BY role`,
    );
    const byRole = Object.fromEntries(counts.map((c) => [c.role, c.n]));
    expect(byRole.federation_admin).toBe(1);
    expect(byRole.coordinator).toBeGreaterThanOrEqual(3);
    expect(byRole.volunteer).toBeGreaterThanOrEqual(10);
    expect(byRole.senior).toBeGreaterThanOrEqual(55);
    const [{ open }] = await db.query(
      `SELECT count(*)::int AS open FROM centre_memberships WHERE ended_at IS NULL`,
    );
    expect(open).toBe(people - DEMO_PEOPLE.filter((p) => !p.centreKey).length);
  });

  it('lets every documented demo login sign in with the demo password', async () => {
    await seedIfEmpty(databaseUrl(), dataDir);
    const logins = [
      'federation@passerelle.demo',
      'coordination.lille-moulins@passerelle.demo',
      'coordination.roubaix@passerelle.demo',
      'coordination.arques@passerelle.demo',
      'camille.dubois@passerelle.demo',
    ];
    for (const email of logins) {
      const [row] = await db.query('SELECT password_hash, active FROM people WHERE email = $1', [email]);
      expect(row?.active).toBe(true);
      await expect(argon2.verify(row.password_hash, DEMO_PASSWORD)).resolves.toBe(true);
    }
    const [{ seniors }] = await db.query(
      `SELECT count(*)::int AS seniors FROM coaching_assignments a JOIN people v ON v.id = a.volunteer_id
        WHERE v.email = 'camille.dubois@passerelle.demo' AND a.ended_at IS NULL`,
    );
    expect(seniors).toBeGreaterThanOrEqual(4);
  });

  it('publishes at least 10 real French courses, every lesson with real text, with their pictures stored', async () => {
    const seeded = await seedIfEmpty(databaseUrl(), dataDir);
    expect(seeded!.courses).toBeGreaterThanOrEqual(10);
    const versions: Array<{
      title: string;
      audience: string;
      required_for_visits: boolean;
      content: CourseContent;
    }> = await db.query(
      `SELECT title, audience, required_for_visits, content FROM course_versions WHERE status = 'published'`,
    );
    expect(versions.length).toBeGreaterThanOrEqual(10);
    expect(versions.filter((v) => v.audience === 'senior').length).toBeGreaterThanOrEqual(6);
    const trainings = versions.filter((v) => v.audience === 'volunteer');
    expect(trainings.length).toBeGreaterThanOrEqual(4);
    expect(trainings.some((v) => v.required_for_visits)).toBe(true);
    for (const v of versions) {
      const lessons = v.content.modules.flatMap((m) => m.lessons);
      expect(lessons.length).toBeGreaterThanOrEqual(3);
      expect(lessons.flatMap((l) => l.steps).some((s) => s.type === 'quiz')).toBe(true);
      for (const lesson of lessons) {
        const words = lesson.steps
          .flatMap((s) => (s.type === 'text' ? [s.markdown] : s.type === 'practice' ? [s.instruction] : []))
          .join(' ')
          .split(/\s+/).length;
        expect({ course: v.title, lesson: lesson.title, realText: words >= 40 }).toEqual({
          course: v.title,
          lesson: lesson.title,
          realText: true,
        });
      }
    }
    const [{ images }] = await db.query(
      `SELECT count(*)::int AS images FROM media WHERE mime_type = 'image/svg+xml'`,
    );
    expect(images).toBeGreaterThan(0);
    const [{ seniors }] = await db.query(
      `SELECT count(DISTINCT e.person_id)::int AS seniors FROM enrolments e JOIN people p ON p.id = e.person_id WHERE p.role = 'senior'`,
    );
    expect(seniors).toBeGreaterThan(20);
  });

  it('reproduces the Lille first wave and the 470 Facilotab tablets in the programme report', async () => {
    await seedIfEmpty(databaseUrl(), dataDir);
    const [admin] = await db.query(`SELECT id, federation_id FROM people WHERE role = 'federation_admin'`);
    const report = await new CampaignsService(db).report({
      id: admin.id,
      role: 'federation_admin',
      federationId: admin.federation_id,
      centreId: null,
      deviceId: null,
    });
    const wave = report.campaigns.find((c) => c.campaign.audience === 'households');
    expect(wave).toMatchObject({
      campaign: { householdsIdentified: 650, householdsTargeted: 170 },
      equipped: 170,
      devicesByKind: { smartphone: 38, basic_phone: 10, tablet: 12, computer: 106, internet_connection: 57 },
      devicesDistributed: 223,
    });
    const facilotab = report.inventory.filter((r) => r.model === 'Facilotab');
    const sum = (pick: (r: (typeof facilotab)[number]) => number) =>
      facilotab.reduce((n, r) => n + pick(r), 0);
    expect(sum((r) => r.total)).toBe(470);
    expect(sum((r) => r.onLoan)).toBeGreaterThan(470 / 2); // most of them on loan
    const seniorCampaigns = report.campaigns.filter((c) => c.campaign.audience === 'seniors');
    expect(seniorCampaigns.reduce((n, c) => n + c.activeLoans, 0)).toBe(sum((r) => r.onLoan));
    // the database agrees with itself: one open loan per lent device, none for the others
    const [{ mismatched }] = await db.query(
      `SELECT count(*)::int AS mismatched FROM devices d
        WHERE (d.status = 'on_loan') <> EXISTS (SELECT 1 FROM loans l WHERE l.device_id = d.id AND l.kind = 'loan' AND l.returned_at IS NULL)`,
    );
    expect(mismatched).toBe(0);
  });

  it('gets most volunteers ready for home visits, and keeps a few who are not, for the demo', async () => {
    const seeded = await seedIfEmpty(databaseUrl(), dataDir);
    const sut = new EligibilityService(db, new RequiredTrainingsService(db));
    const idOf = async (email: string): Promise<string> =>
      (await db.query(`SELECT id FROM people WHERE email = $1`, [email]))[0].id;
    const check = async (email: string) => sut.check(db.manager, await idOf(email));

    await expect(check('camille.dubois@passerelle.demo')).resolves.toEqual({
      eligible: true,
      charterSigned: true,
      missingTrainings: [],
    });
    await expect(check('thomas.lefebvre@passerelle.demo')).resolves.toMatchObject({
      eligible: false,
      charterSigned: true,
      missingTrainings: [{ title: 'Limites du rôle et données personnelles' }],
    });
    await expect(check('ana.pereira@passerelle.demo')).resolves.toMatchObject({
      eligible: false,
      charterSigned: false,
    });
    const [{ volunteers }] = await db.query(
      `SELECT count(*)::int AS volunteers FROM people WHERE role = 'volunteer' AND active`,
    );
    expect(seeded!.volunteerProfiles).toBe(volunteers);
    const eligible = await Promise.all(
      (await db.query(`SELECT id FROM people WHERE role = 'volunteer' AND active`)).map((p: { id: string }) =>
        sut.check(db.manager, p.id),
      ),
    );
    expect(eligible.filter((e) => e.eligible).length).toBeGreaterThanOrEqual(6);
    const windows = await db.query(
      `SELECT w.weekday, w.starts_at::text AS starts_at, w.ends_at::text AS ends_at
         FROM availability_windows w JOIN people p ON p.id = w.volunteer_id
        WHERE p.email = 'camille.dubois@passerelle.demo' ORDER BY w.weekday`,
    );
    expect(windows).toEqual([
      { weekday: 2, starts_at: '14:00:00', ends_at: '17:00:00' },
      { weekday: 4, starts_at: '14:00:00', ends_at: '17:00:00' },
    ]);
    // completed trainings come with their attestation
    const [{ missing }] = await db.query(
      `SELECT count(*)::int AS missing FROM enrolments e
        WHERE e.status = 'completed'
          AND NOT EXISTS (SELECT 1 FROM certificates c WHERE c.person_id = e.person_id AND c.course_id = e.course_id)`,
    );
    expect(missing).toBe(0);
  });

  it('books Camille’s demo visits inside her windows: past ones reported, coming ones planned', async () => {
    await seedIfEmpty(databaseUrl(), dataDir);
    const visits: Array<{ status: string; reported: boolean; weekday: number; time: string; past: boolean }> =
      await db.query(
        `SELECT v.status, EXISTS (SELECT 1 FROM visit_reports r WHERE r.visit_id = v.id) AS reported,
                extract(isodow FROM v.starts_at AT TIME ZONE 'Europe/Paris')::int AS weekday,
                to_char(v.starts_at AT TIME ZONE 'Europe/Paris', 'HH24:MI') AS time, v.ends_at < now() AS past
           FROM visits v JOIN people p ON p.id = v.volunteer_id
          WHERE p.email = 'camille.dubois@passerelle.demo'`,
      );
    expect(visits.length).toBeGreaterThanOrEqual(6);
    expect(visits.every((v) => [2, 4].includes(v.weekday) && v.time === '14:00')).toBe(true);
    expect(visits.filter((v) => !v.past).every((v) => v.status === 'planned' && !v.reported)).toBe(true);
    expect(visits.filter((v) => v.reported).every((v) => v.status === 'done')).toBe(true);
    expect(visits.filter((v) => v.reported).length).toBeGreaterThanOrEqual(2);

    // Each report carries what Camille saw, counted in the senior's progress.
    const observed: Array<{ observation: string; instructor_id: string; percent: number; status: string }> =
      await db.query(
        `SELECT r.result->>'response' AS observation, r.instructor_id, e.percent, e.status
           FROM learning_records r
           JOIN visit_reports vr ON vr.visit_id = r.visit_id
           JOIN enrolments e ON e.person_id = r.person_id AND e.course_id = r.course_id
          WHERE r.verb = 'observed'`,
      );
    expect(observed.length).toBe(visits.filter((v) => v.reported).length);
    expect(observed.map((o) => [o.instructor_id !== null, o.status])).toEqual(
      observed.map(() => [true, 'in_progress']),
    );
    const alone = observed.filter((o) => o.observation === 'alone');
    expect(alone.length).toBeGreaterThan(0);
    expect(alone.every((o) => o.percent > 0)).toBe(true);
  });
});
