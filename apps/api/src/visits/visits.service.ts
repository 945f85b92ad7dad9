import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  VISIT_LIST_MAX_DAYS,
  type CancelVisit,
  type CreateVisit,
  type MyVisitsQuery,
  type NextVisit,
  type UpdateVisit,
  type Visit,
  type VisitPurposeInput,
  type VisitsQuery,
} from '@passerelle/contracts';
import type { AuthUser } from '../common/auth-user';
import { addDays, parisWallTimeToUtc, todayInParis } from '../common/calendar';
import { ForbiddenError, InvalidFieldError, NotFoundError } from '../common/domain-error';
import { isExclusionViolation } from '../common/pg-errors';
import { managerScope } from '../common/manager-scope';
import { EligibilityService, VolunteerNotEligibleError } from '../volunteers/eligibility.service';
import { findConflicts, type Slot } from './visit-conflicts';
import { VisitConflictError, VisitNotPlannedError } from './visits.errors';
import { toVisit, VISIT_SELECT, type VisitRow } from './visits.mapper';
import { assertWeekHasRoom, weekOf } from './weekly-limit';

/** The senior and the volunteer of a booking, checked for the caller. */
export interface Parties {
  centreId: string;
  seniorId: string;
  volunteerId: string;
  volunteerName: string;
}

interface PersonRow {
  id: string;
  centre_id: string;
  role: string;
  active: boolean;
  first_name: string;
  last_name: string;
}

const DEFAULT_LIST_DAYS = 31;

/**
 * Home visits: booking without double-booking anyone (the exclusion constraints decide, this service
 * explains the refusal), moving, cancelling and listing them.
 */
@Injectable()
export class VisitsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly eligibility: EligibilityService,
  ) {}

  async create(user: AuthUser, input: CreateVisit): Promise<Visit> {
    const startsAt = new Date(input.startsAt);
    const slot: Slot = {
      startsAt,
      endsAt: new Date(startsAt.getTime() + input.durationMinutes * 60_000),
      travelBufferMinutes: input.travelBufferMinutes,
    };
    return this.settleConflicts(slot, input, [], () =>
      this.db.transaction(async (tx) => {
        const parties = await this.parties(tx, user, input.seniorId, input.volunteerId);
        await assertWeekHasRoom(tx, { id: parties.volunteerId, name: parties.volunteerName }, slot.startsAt);
        const [row]: Array<{ id: string }> = await tx.query(
          `INSERT INTO visits (centre_id, senior_id, volunteer_id, starts_at, ends_at, travel_buffer_minutes,
                               place, place_note, purpose, created_by_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
          [
            parties.centreId,
            parties.seniorId,
            parties.volunteerId,
            slot.startsAt.toISOString(),
            slot.endsAt.toISOString(),
            slot.travelBufferMinutes,
            input.place,
            input.placeNote ?? null,
            JSON.stringify(purposeOf(input.purpose)),
            user.id,
          ],
        );
        return this.fetch(tx, row!.id);
      }),
    );
  }

  async get(user: AuthUser, id: string): Promise<Visit> {
    const params: unknown[] = [id];
    const rows: VisitRow[] = await this.db.query(
      `${VISIT_SELECT} WHERE v.id = $1 AND ${visitScope(user, params)}`,
      params,
    );
    if (!rows[0]) throw new NotFoundError('Visite');
    return toVisit(rows[0]);
  }

  async list(user: AuthUser, query: VisitsQuery): Promise<Visit[]> {
    const params: unknown[] = [];
    const where = [managerScope(user, 'v.centre_id', params)];
    if (query.centreId) where.push(`v.centre_id = $${params.push(query.centreId)}`);
    if (query.volunteerId) where.push(`v.volunteer_id = $${params.push(query.volunteerId)}`);
    if (query.seniorId) where.push(`v.senior_id = $${params.push(query.seniorId)}`);
    if (query.status) where.push(`v.status = $${params.push(query.status)}`);
    return this.listWhere(where, params, query);
  }

  /** A volunteer's own agenda. */
  async listMine(user: AuthUser, query: MyVisitsQuery): Promise<Visit[]> {
    if (user.role !== 'volunteer') throw new ForbiddenError();
    const params: unknown[] = [user.id];
    return this.listWhere([`v.volunteer_id = $1`], params, query);
  }

  /** What a senior's home screen shows: the next planned visit, or none. */
  async nextForSenior(user: AuthUser, now = new Date()): Promise<NextVisit> {
    if (user.role !== 'senior') throw new ForbiddenError();
    const [row]: VisitRow[] = await this.db.query(
      `${VISIT_SELECT} WHERE v.senior_id = $1 AND v.status = 'planned' AND v.ends_at > $2
        ORDER BY v.starts_at LIMIT 1`,
      [user.id, now.toISOString()],
    );
    if (!row) return { visit: null };
    const visit = toVisit(row);
    return {
      visit: {
        id: visit.id,
        startsAt: visit.startsAt,
        endsAt: visit.endsAt,
        place: visit.place,
        placeNote: visit.placeNote,
        volunteerFirstName: visit.volunteer.firstName,
      },
    };
  }

  /** Moves a planned visit, or changes its volunteer or details, under the same conflict rules. */
  async update(user: AuthUser, id: string, input: UpdateVisit): Promise<Visit> {
    const current = await this.get(user, id);
    if (user.role === 'volunteer') throw new ForbiddenError();
    const startsAt = new Date(input.startsAt ?? current.startsAt);
    const duration =
      input.durationMinutes ?? (Date.parse(current.endsAt) - Date.parse(current.startsAt)) / 60_000;
    const slot: Slot = {
      startsAt,
      endsAt: new Date(startsAt.getTime() + duration * 60_000),
      travelBufferMinutes: input.travelBufferMinutes ?? current.travelBufferMinutes,
    };
    const volunteerId = input.volunteerId ?? current.volunteer.id;
    const who = { seniorId: current.senior.id, volunteerId };
    return this.settleConflicts(slot, who, [id], () =>
      this.db.transaction(async (tx) => {
        const [locked]: Array<{ status: string }> = await tx.query(
          `SELECT status FROM visits WHERE id = $1 FOR UPDATE`,
          [id],
        );
        if (locked?.status !== 'planned') throw new VisitNotPlannedError();
        const volunteerChanged = volunteerId !== current.volunteer.id;
        const name = volunteerChanged
          ? (await this.parties(tx, user, who.seniorId, volunteerId)).volunteerName
          : `${current.volunteer.firstName} ${current.volunteer.lastName}`;
        if (volunteerChanged || weekOf(slot.startsAt) !== weekOf(new Date(current.startsAt))) {
          await assertWeekHasRoom(tx, { id: volunteerId, name }, slot.startsAt, [id]);
        }
        await tx.query(
          `UPDATE visits SET volunteer_id = $2, starts_at = $3, ends_at = $4, travel_buffer_minutes = $5,
                  place = $6, place_note = $7, purpose = $8, updated_at = now()
            WHERE id = $1`,
          [
            id,
            volunteerId,
            slot.startsAt.toISOString(),
            slot.endsAt.toISOString(),
            slot.travelBufferMinutes,
            input.place ?? current.place,
            input.placeNote !== undefined ? input.placeNote : current.placeNote,
            JSON.stringify(input.purpose ? purposeOf(input.purpose) : current.purpose),
          ],
        );
        return this.fetch(tx, id);
      }),
    );
  }

  /** Calls a planned visit off; it stops blocking the agendas at once. */
  async cancel(user: AuthUser, id: string, input: CancelVisit): Promise<Visit> {
    await this.get(user, id);
    if (user.role === 'volunteer') throw new ForbiddenError();
    const updated: Array<{ id: string }> = await this.db.query(
      // (a bare UPDATE … RETURNING comes back from TypeORM as [rows, count])
      `WITH cancelled AS (
         UPDATE visits SET status = 'cancelled', outcome = $2, cancelled_reason = $3, updated_at = now()
          WHERE id = $1 AND status = 'planned' RETURNING id)
       SELECT id FROM cancelled`,
      [id, input.outcome ?? null, input.reason ?? null],
    );
    if (updated.length === 0) throw new VisitNotPlannedError();
    return this.get(user, id);
  }

  /**
   * The senior and volunteer of a booking: a senior the caller manages, an active volunteer of the
   * same centre, eligible for home visits (charter signed, required trainings done).
   */
  async parties(
    manager: EntityManager,
    user: AuthUser,
    seniorId: string,
    volunteerId: string,
  ): Promise<Parties> {
    const params: unknown[] = [[seniorId, volunteerId]];
    const people: PersonRow[] = await manager.query(
      `SELECT p.id, p.centre_id, p.role, p.active, p.first_name, p.last_name
         FROM people p JOIN centres c ON c.id = p.centre_id
        WHERE p.id = ANY($1::uuid[]) AND ${managerScope(user, 'p.centre_id', params)}`,
      params,
    );
    const senior = people.find((p) => p.id === seniorId);
    if (!senior) throw new NotFoundError('Senior');
    if (senior.role !== 'senior' || !senior.active) {
      throw new InvalidFieldError('seniorId', 'Choisissez un senior actif.');
    }
    const volunteer = people.find((p) => p.id === volunteerId);
    if (!volunteer) throw new NotFoundError('Bénévole');
    if (volunteer.role !== 'volunteer') throw new InvalidFieldError('volunteerId', 'Choisissez un bénévole.');
    if (volunteer.centre_id !== senior.centre_id) {
      throw new InvalidFieldError('volunteerId', 'Ce bénévole n’est pas du centre de ce senior.');
    }
    const volunteerName = `${volunteer.first_name} ${volunteer.last_name}`;
    const eligibility = await this.eligibility.check(manager, volunteerId);
    if (!eligibility.eligible) throw new VolunteerNotEligibleError(volunteerName, eligibility);
    return { centreId: senior.centre_id, seniorId, volunteerId, volunteerName };
  }

  /** One visit by id, in the caller's transaction, without scope (the caller has checked it). */
  async fetch(manager: EntityManager, id: string): Promise<Visit> {
    const [row]: VisitRow[] = await manager.query(`${VISIT_SELECT} WHERE v.id = $1`, [id]);
    if (!row) throw new NotFoundError('Visite');
    return toVisit(row);
  }

  /**
   * Runs a write that an exclusion constraint may refuse. The refused transaction is aborted, so the
   * clashing visits are looked up afterwards, in a new statement. If they were cancelled in between,
   * the write is tried once more.
   */
  private async settleConflicts(
    slot: Slot,
    who: { volunteerId: string; seniorId: string },
    excludeIds: string[],
    write: () => Promise<Visit>,
  ): Promise<Visit> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await write();
      } catch (error) {
        if (!isExclusionViolation(error)) throw error;
        const [conflicts = []] = await findConflicts(this.db.manager, [slot], { ...who, excludeIds });
        if (conflicts.length > 0 || attempt === 2) throw new VisitConflictError(conflicts);
      }
    }
  }

  private async listWhere(
    where: string[],
    params: unknown[],
    range: { from?: string; to?: string },
  ): Promise<Visit[]> {
    const from = range.from ?? todayInParis();
    const to = range.to ?? addDays(from, DEFAULT_LIST_DAYS - 1);
    if (addDays(from, VISIT_LIST_MAX_DAYS - 1) < to) {
      throw new InvalidFieldError('to', `Une liste couvre au plus ${VISIT_LIST_MAX_DAYS} jours.`);
    }
    where.push(`v.starts_at >= $${params.push(parisWallTimeToUtc(from, '00:00').toISOString())}`);
    where.push(`v.starts_at < $${params.push(parisWallTimeToUtc(addDays(to, 1), '00:00').toISOString())}`);
    const rows: VisitRow[] = await this.db.query(
      `${VISIT_SELECT} WHERE ${where.join(' AND ')} ORDER BY v.starts_at, v.id`,
      params,
    );
    return rows.map(toVisit);
  }
}

/** Rows a caller may read: managers their centres, a volunteer their own visits. */
function visitScope(user: AuthUser, params: unknown[]): string {
  if (user.role === 'volunteer') return `v.volunteer_id = $${params.push(user.id)}`;
  return managerScope(user, 'v.centre_id', params);
}

export function purposeOf(input: VisitPurposeInput | undefined) {
  return {
    courseIds: input?.courseIds ?? [],
    lessonKeys: input?.lessonKeys ?? [],
    note: input?.note ?? null,
  };
}
