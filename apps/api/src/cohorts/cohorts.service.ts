import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Cohort, SaveCohort } from '@passerelle/contracts';
import type { AuthUser } from '../common/auth-user';
import { ConflictError, ForbiddenError, InvalidFieldError, NotFoundError } from '../common/domain-error';
import { PeopleService } from '../people/people.service';
import { isUniqueViolation } from '../common/pg-errors';

class CohortNameTakenError extends ConflictError {
  override readonly code = 'cohort_name_taken';
  constructor() {
    super('Un groupe porte déjà ce nom dans ce centre.');
  }
}

interface CohortRow {
  id: string;
  centre_id: string;
  name: string;
  members: Array<{ id: string; firstName: string; lastName: string }> | null;
}

@Injectable()
export class CohortsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly people: PeopleService,
  ) {}

  async list(user: AuthUser): Promise<Cohort[]> {
    this.assertManager(user);
    return this.query(user);
  }

  async get(user: AuthUser, id: string): Promise<Cohort> {
    const [cohort] = await this.query(user, id);
    if (!cohort) throw new NotFoundError('Groupe');
    return cohort;
  }

  async create(user: AuthUser, input: SaveCohort): Promise<Cohort> {
    this.assertManager(user);
    const centreId = user.role === 'coordinator' ? user.centreId! : input.centreId;
    if (!centreId) throw new InvalidFieldError('centreId', 'Choisissez le centre de ce groupe.');
    await this.assertMembers(user, centreId, input.personIds);
    const id = await this.db.transaction(async (tx) => {
      const [row] = await this.insertOrConflict(
        tx,
        `INSERT INTO cohorts (centre_id, name) VALUES ($1, $2) RETURNING id`,
        [centreId, input.name],
      );
      await this.setMembers(tx, row.id, centreId, input.personIds);
      return row.id as string;
    });
    return this.get(user, id);
  }

  async update(user: AuthUser, id: string, input: SaveCohort): Promise<Cohort> {
    const cohort = await this.get(user, id);
    await this.assertMembers(user, cohort.centreId, input.personIds);
    await this.db.transaction(async (tx) => {
      await this.insertOrConflict(tx, `UPDATE cohorts SET name = $2, updated_at = now() WHERE id = $1`, [
        id,
        input.name,
      ]);
      await tx.query(`DELETE FROM cohort_members WHERE cohort_id = $1`, [id]);
      await this.setMembers(tx, id, cohort.centreId, input.personIds);
    });
    return this.get(user, id);
  }

  async remove(user: AuthUser, id: string): Promise<void> {
    await this.get(user, id);
    await this.db.query(`DELETE FROM cohorts WHERE id = $1`, [id]);
  }

  /** Ids of a cohort's members, for assigning a course to the whole group. */
  async memberIds(user: AuthUser, id: string): Promise<string[]> {
    return (await this.get(user, id)).members.map((m) => m.id);
  }

  private async query(user: AuthUser, id?: string): Promise<Cohort[]> {
    const scope = user.role === 'coordinator' ? 'c.centre_id = $1' : 'ce.federation_id = $1';
    const rows: CohortRow[] = await this.db.query(
      `SELECT c.id, c.centre_id, c.name,
              json_agg(json_build_object('id', p.id, 'firstName', p.first_name, 'lastName', p.last_name)
                       ORDER BY p.last_name, p.first_name) FILTER (WHERE p.id IS NOT NULL) AS members
         FROM cohorts c
         JOIN centres ce ON ce.id = c.centre_id
         LEFT JOIN cohort_members m ON m.cohort_id = c.id
         LEFT JOIN people p ON p.id = m.person_id
        WHERE ${scope} ${id ? 'AND c.id = $2' : ''}
        GROUP BY c.id
        ORDER BY c.name`,
      id ? [this.scopeValue(user), id] : [this.scopeValue(user)],
    );
    return rows.map((r) => ({ id: r.id, centreId: r.centre_id, name: r.name, members: r.members ?? [] }));
  }

  private scopeValue(user: AuthUser): string {
    this.assertManager(user);
    return user.role === 'coordinator' ? user.centreId! : user.federationId;
  }

  /** Members must be people the caller may see, of the cohort's centre; anyone else answers 404. */
  private async assertMembers(user: AuthUser, centreId: string, personIds: string[]): Promise<void> {
    for (const personId of new Set(personIds)) {
      const person = await this.people.visiblePerson(user, personId);
      if (person.centreId !== centreId) throw new NotFoundError('Personne');
    }
  }

  private async setMembers(
    tx: EntityManager,
    cohortId: string,
    centreId: string,
    personIds: string[],
  ): Promise<void> {
    for (const personId of new Set(personIds)) {
      await tx.query(`INSERT INTO cohort_members (cohort_id, person_id, centre_id) VALUES ($1, $2, $3)`, [
        cohortId,
        personId,
        centreId,
      ]);
    }
  }

  private async insertOrConflict(tx: EntityManager, sql: string, params: unknown[]) {
    try {
      return await tx.query(sql, params);
    } catch (error) {
      if (isUniqueViolation(error, 'cohorts_name_unique_per_centre')) {
        throw new CohortNameTakenError();
      }
      throw error;
    }
  }

  private assertManager(user: AuthUser): void {
    if (user.role !== 'coordinator' && user.role !== 'federation_admin') throw new ForbiddenError();
  }
}
