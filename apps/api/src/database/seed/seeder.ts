import * as argon2 from 'argon2';
import { DataSource, EntityManager } from 'typeorm';
import { CentreEntity } from '../../centres/centre.entity';
import { FederationEntity } from '../../centres/federation.entity';
import { CentreMembershipEntity } from '../../people/centre-membership.entity';
import { CoachingAssignmentEntity } from '../../people/coaching-assignment.entity';
import { PersonEntity } from '../../people/person.entity';
import { dataSourceOptions } from '../data-source-options';
import { DEMO_CENTRES, DEMO_FEDERATION, DEMO_PASSWORD, DEMO_PEOPLE } from './demo-data';
import { seedCourses } from '../../courses/seed/course-seeder';
import { todayInParis } from '../../common/calendar';
import { seedDemoEquipment } from './equipment-demo';
import { seedDemoVisits } from './visits-demo';
import { seedDemoVolunteers } from './volunteers-demo';

export interface SeedSummary {
  centres: number;
  people: number;
  assignments: number;
  courses: number;
  enrolments: number;
  devices: number;
  loans: number;
  households: number;
  /** Demo volunteers with a profile, availability and (for most) the trainings done. */
  volunteerProfiles: number;
  visits: number;
}

/** Seniors coached by a volunteer start with these lessons assigned. */
const STARTER_SENIOR_COURSES = ['prendre-en-main-sa-tablette', 'appeler-ses-proches-en-video'];

/** Inserts the demo federation, its centres and people. Runs in one transaction: all or nothing. */
export async function seedDemoData(manager: EntityManager, dataDir: string): Promise<SeedSummary> {
  const federation = await manager.getRepository(FederationEntity).save({ name: DEMO_FEDERATION.name });
  const centreIds = new Map<string, string>();
  for (const c of DEMO_CENTRES) {
    const saved = await manager
      .getRepository(CentreEntity)
      .save({ federationId: federation.id, name: c.name, town: c.town, postcode: c.postcode });
    centreIds.set(c.key, saved.id);
  }

  // One hash for every demo account: they share the documented demo password anyway.
  const passwordHash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
  const people = manager.getRepository(PersonEntity);
  const idByEmail = new Map<string, string>();
  const assignments: Array<{ centreId: string; seniorId: string; volunteerEmail: string }> = [];
  for (const p of DEMO_PEOPLE) {
    const centreId = p.centreKey ? centreIds.get(p.centreKey) : null;
    if (centreId === undefined) throw new Error(`Unknown demo centre ${p.centreKey}`);
    const active = p.active ?? true;
    const person = await people.save(
      people.create({
        federationId: federation.id,
        centreId,
        role: p.role,
        firstName: p.firstName,
        lastName: p.lastName,
        email: p.email ?? null,
        phone: p.phone ?? null,
        town: p.town ?? null,
        birthYear: p.birthYear ?? null,
        notes: p.notes ?? null,
        passwordHash: p.role !== 'senior' && p.email ? passwordHash : null,
        active,
        deactivatedAt: active ? null : new Date(),
      }),
    );
    if (p.email) idByEmail.set(p.email, person.id);
    if (centreId) {
      await manager
        .getRepository(CentreMembershipEntity)
        .insert({ centreId, personId: person.id, endedAt: null });
      if (p.volunteerEmail && active)
        assignments.push({ centreId, seniorId: person.id, volunteerEmail: p.volunteerEmail });
    }
  }
  for (const a of assignments) {
    const volunteerId = idByEmail.get(a.volunteerEmail);
    if (!volunteerId) throw new Error(`Unknown demo volunteer ${a.volunteerEmail}`);
    await manager
      .getRepository(CoachingAssignmentEntity)
      .insert({ centreId: a.centreId, seniorId: a.seniorId, volunteerId, endedAt: null, createdById: null });
  }
  const courseIds = await seedCourses(manager, { federationId: federation.id, dataDir });
  const enrolments = await enrolDemoLearners(manager, courseIds);
  const volunteers = await seedDemoVolunteers(manager, courseIds);
  const centres = new Map(
    DEMO_CENTRES.map((c) => [c.key, { id: centreIds.get(c.key)!, prefix: c.town.slice(0, 3).toUpperCase() }]),
  );
  const equipment = await seedDemoEquipment(manager, federation.id, centres, todayInParis());
  const visits = await seedDemoVisits(manager, 'camille.dubois@passerelle.demo', todayInParis());
  return {
    centres: DEMO_CENTRES.length,
    people: DEMO_PEOPLE.length + equipment.extraSeniors,
    assignments: assignments.length,
    courses: courseIds.size,
    enrolments,
    devices: equipment.devices,
    loans: equipment.loans,
    households: equipment.households,
    volunteerProfiles: volunteers.profiles,
    visits,
  };
}

/** Coached seniors get the starter lessons; every active volunteer the trainings required for visits. */
async function enrolDemoLearners(manager: EntityManager, courseIds: Map<string, string>): Promise<number> {
  const starters = STARTER_SENIOR_COURSES.flatMap((key) => courseIds.get(key) ?? []);
  const seniors: unknown[] = await manager.query(
    `INSERT INTO enrolments (centre_id, person_id, course_id, source)
     SELECT DISTINCT p.centre_id, p.id, c.id, 'assigned'
       FROM people p
       JOIN coaching_assignments a ON a.senior_id = p.id AND a.ended_at IS NULL
       CROSS JOIN unnest($1::uuid[]) AS c(id)
      WHERE p.role = 'senior' AND p.active
     RETURNING id`,
    [starters],
  );
  const volunteers: unknown[] = await manager.query(
    `INSERT INTO enrolments (centre_id, person_id, course_id, source)
     SELECT p.centre_id, p.id, v.course_id, 'assigned'
       FROM people p
       JOIN course_versions v ON v.status = 'published' AND v.required_for_visits
      WHERE p.role = 'volunteer' AND p.active
     RETURNING id`,
  );
  return seniors.length + volunteers.length;
}

/** Seeds the demo data when the database holds no federation yet; returns null when it did nothing. */
export async function seedIfEmpty(url: string, dataDir: string): Promise<SeedSummary | null> {
  const dataSource = await new DataSource(dataSourceOptions(url, 2)).initialize();
  try {
    return await dataSource.transaction(async (tx) => {
      // Serialises concurrent starts of several instances on one empty server.
      await tx.query('LOCK TABLE federations IN EXCLUSIVE MODE');
      if ((await tx.getRepository(FederationEntity).count()) > 0) return null;
      return seedDemoData(tx, dataDir);
    });
  } finally {
    await dataSource.destroy();
  }
}

export async function withDataSource<T>(url: string, work: (ds: DataSource) => Promise<T>): Promise<T> {
  const dataSource = await new DataSource(dataSourceOptions(url, 2)).initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
