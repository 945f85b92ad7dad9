import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type {
  Availability,
  AvailabilityException,
  AvailabilityWindow,
  AvailableSlots,
  AvailableSlotsQuery,
  CreateAvailabilityException,
  UpdateAvailabilityWindows,
} from '@passerelle/contracts';
import type { AuthUser } from '../common/auth-user';
import { todayInParis } from '../common/calendar';
import { NotFoundError } from '../common/domain-error';
import { availableSlots, fitsInSlots, type Slot } from './available-slots';
import { managedVolunteer } from './volunteer-scope';

interface WindowRow {
  weekday: number;
  starts_at: string;
  ends_at: string;
}

interface ExceptionRow {
  id: string;
  starts_on: string;
  ends_on: string;
  reason: string | null;
}

/** Weekly availability windows (Paris time) and the exceptions to them, per volunteer. */
@Injectable()
export class AvailabilityService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async get(user: AuthUser, volunteerId: string): Promise<Availability> {
    const volunteer = await managedVolunteer(this.db.manager, user, volunteerId);
    return this.load(this.db.manager, volunteer.id);
  }

  /** Replaces the whole set of weekly windows (the contract has already refused overlaps). */
  async replaceWindows(
    user: AuthUser,
    volunteerId: string,
    input: UpdateAvailabilityWindows,
  ): Promise<Availability> {
    const volunteer = await managedVolunteer(this.db.manager, user, volunteerId);
    return this.db.transaction(async (tx) => {
      // Two replacements at once must not both delete the old set and add theirs.
      await tx.query(`SELECT 1 FROM people WHERE id = $1 FOR NO KEY UPDATE`, [volunteer.id]);
      await tx.query(`DELETE FROM availability_windows WHERE volunteer_id = $1`, [volunteer.id]);
      if (input.windows.length > 0)
        await tx.query(
          `INSERT INTO availability_windows (centre_id, volunteer_id, weekday, starts_at, ends_at)
           SELECT $1, $2, w.weekday, w.starts_at::time, w.ends_at::time
             FROM unnest($3::int[], $4::text[], $5::text[]) AS w(weekday, starts_at, ends_at)`,
          [
            volunteer.centreId,
            volunteer.id,
            input.windows.map((w) => w.weekday),
            input.windows.map((w) => w.startsAt),
            input.windows.map((w) => w.endsAt),
          ],
        );
      return this.load(tx, volunteer.id);
    });
  }

  async addException(
    user: AuthUser,
    volunteerId: string,
    input: CreateAvailabilityException,
  ): Promise<AvailabilityException> {
    const volunteer = await managedVolunteer(this.db.manager, user, volunteerId);
    const [row]: ExceptionRow[] = await this.db.query(
      `INSERT INTO availability_exceptions (centre_id, volunteer_id, starts_on, ends_on, reason)
       VALUES ($1, $2, $3, $4, $5) RETURNING id, starts_on, ends_on, reason`,
      [volunteer.centreId, volunteer.id, input.startsOn, input.endsOn, input.reason || null],
    );
    return toException(row!);
  }

  async removeException(user: AuthUser, volunteerId: string, exceptionId: string): Promise<void> {
    const volunteer = await managedVolunteer(this.db.manager, user, volunteerId);
    const [, deleted]: [unknown[], number] = await this.db.query(
      `DELETE FROM availability_exceptions WHERE id = $1 AND volunteer_id = $2`,
      [exceptionId, volunteer.id],
    );
    if (deleted === 0) throw new NotFoundError('Absence');
  }

  async slots(user: AuthUser, volunteerId: string, query: AvailableSlotsQuery): Promise<AvailableSlots> {
    const volunteer = await managedVolunteer(this.db.manager, user, volunteerId);
    const slots = await this.slotsBetween(this.db.manager, volunteer.id, query.from, query.to);
    return {
      volunteerId: volunteer.id,
      from: query.from,
      to: query.to,
      slots: slots.map((s) => ({ start: s.start.toISOString(), end: s.end.toISOString() })),
    };
  }

  /**
   * Whether the volunteer's availability covers [start, end] entirely (weekly windows, minus
   * exceptions and public holidays). Works inside the caller's transaction (`manager`).
   */
  async isAvailable(manager: EntityManager, volunteerId: string, start: Date, end: Date): Promise<boolean> {
    if (end <= start) return false;
    const slots = await this.slotsBetween(manager, volunteerId, todayInParis(start), todayInParis(end));
    return fitsInSlots(slots, start, end);
  }

  /** The volunteer's available slots between two Paris days (both included), in `manager`'s transaction. */
  async slotsBetween(manager: EntityManager, volunteerId: string, from: string, to: string) {
    const windows = await this.windows(manager, volunteerId);
    const exceptions: ExceptionRow[] = await manager.query(
      `SELECT id, starts_on, ends_on, reason FROM availability_exceptions
        WHERE volunteer_id = $1 AND ends_on >= $2 AND starts_on <= $3`,
      [volunteerId, from, to],
    );
    return availableSlots(windows, exceptions.map(toException), from, to);
  }

  /** Several volunteers' available slots between two Paris days, in two queries. */
  async slotsForMany(
    manager: EntityManager,
    volunteerIds: string[],
    from: string,
    to: string,
  ): Promise<Map<string, Slot[]>> {
    const windows: Array<WindowRow & { volunteer_id: string }> = await manager.query(
      `SELECT volunteer_id, weekday, starts_at::text, ends_at::text FROM availability_windows
        WHERE volunteer_id = ANY($1::uuid[]) ORDER BY weekday, starts_at`,
      [volunteerIds],
    );
    const exceptions: Array<ExceptionRow & { volunteer_id: string }> = await manager.query(
      `SELECT volunteer_id, id, starts_on, ends_on, reason FROM availability_exceptions
        WHERE volunteer_id = ANY($1::uuid[]) AND ends_on >= $2 AND starts_on <= $3`,
      [volunteerIds, from, to],
    );
    return new Map(
      volunteerIds.map((id) => [
        id,
        availableSlots(
          windows.filter((w) => w.volunteer_id === id).map(toWindow),
          exceptions.filter((e) => e.volunteer_id === id).map(toException),
          from,
          to,
        ),
      ]),
    );
  }

  private async load(manager: EntityManager, volunteerId: string): Promise<Availability> {
    const exceptions: ExceptionRow[] = await manager.query(
      `SELECT id, starts_on, ends_on, reason FROM availability_exceptions
        WHERE volunteer_id = $1 AND ends_on >= $2 ORDER BY starts_on, ends_on, id`,
      [volunteerId, todayInParis()],
    );
    return {
      volunteerId,
      windows: await this.windows(manager, volunteerId),
      exceptions: exceptions.map(toException),
    };
  }

  private async windows(manager: EntityManager, volunteerId: string): Promise<AvailabilityWindow[]> {
    const rows: WindowRow[] = await manager.query(
      `SELECT weekday, starts_at::text, ends_at::text FROM availability_windows
        WHERE volunteer_id = $1 ORDER BY weekday, starts_at`,
      [volunteerId],
    );
    return rows.map(toWindow);
  }
}

function toWindow(r: WindowRow): AvailabilityWindow {
  return { weekday: r.weekday, startsAt: r.starts_at.slice(0, 5), endsAt: r.ends_at.slice(0, 5) };
}

function toException(r: ExceptionRow): AvailabilityException {
  return { id: r.id, startsOn: r.starts_on, endsOn: r.ends_on, reason: r.reason };
}
