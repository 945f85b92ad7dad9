import * as argon2 from 'argon2';
import { DataSource, EntityManager } from 'typeorm';
import { CentreEntity } from '../../centres/centre.entity';
import { FederationEntity } from '../../centres/federation.entity';
import { CentreMembershipEntity } from '../../people/centre-membership.entity';
import { CoachingAssignmentEntity } from '../../people/coaching-assignment.entity';
import { PersonEntity } from '../../people/person.entity';
import { dataSourceOptions } from '../data-source-options';
import { DEMO_CENTRES, DEMO_FEDERATION, DEMO_PASSWORD, DEMO_PEOPLE } from './demo-data';

export interface SeedSummary {
  centres: number;
  people: number;
  assignments: number;
}

/** Inserts the demo federation, its centres and people. Runs in one transaction: all or nothing. */
export async function seedDemoData(manager: EntityManager): Promise<SeedSummary> {
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
  return { centres: DEMO_CENTRES.length, people: DEMO_PEOPLE.length, assignments: assignments.length };
}

/** Seeds the demo data when the database holds no federation yet; returns null when it did nothing. */
export async function seedIfEmpty(url: string): Promise<SeedSummary | null> {
  const dataSource = await new DataSource(dataSourceOptions(url, 2)).initialize();
  try {
    return await dataSource.transaction(async (tx) => {
      // Serialises concurrent starts of several instances on one empty server.
      await tx.query('LOCK TABLE federations IN EXCLUSIVE MODE');
      if ((await tx.getRepository(FederationEntity).count()) > 0) return null;
      return seedDemoData(tx);
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
