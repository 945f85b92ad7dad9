import type { EntityManager } from 'typeorm';
import { VisitErrorCode, type VolunteerWeekFullDetails } from '@passerelle/contracts';
import { addDays, frenchLongDate, isoWeekday, parisWallTimeToUtc, todayInParis } from '../common/calendar';
import { ConflictError } from '../common/domain-error';

/** The Monday (Paris time) of the week an instant falls in, as 'YYYY-MM-DD'. */
export function weekOf(instant: Date | number): string {
  const day = todayInParis(new Date(instant));
  return addDays(day, 1 - isoWeekday(day));
}

/** Visits counted against a volunteer's weekly limit, per week (Monday date). */
export type WeekCounts = Map<string, number>;

/**
 * The volunteer's weekly limit, read under a row lock that serialises the bookings of one volunteer,
 * so two concurrent bookings cannot both take the last place of a week. Null: no limit.
 */
export async function lockWeeklyLimit(tx: EntityManager, volunteerId: string): Promise<number | null> {
  const [row]: Array<{ max_visits_per_week: number | null }> = await tx.query(
    `SELECT max_visits_per_week FROM volunteer_profiles WHERE volunteer_id = $1 FOR NO KEY UPDATE`,
    [volunteerId],
  );
  return row?.max_visits_per_week ?? null;
}

/** The weekly limits of several volunteers (no lock: for suggestions and previews). */
export async function weeklyLimits(db: EntityManager, volunteerIds: string[]): Promise<Map<string, number>> {
  const rows: Array<{ volunteer_id: string; max_visits_per_week: number }> = await db.query(
    `SELECT volunteer_id, max_visits_per_week FROM volunteer_profiles
      WHERE volunteer_id = ANY($1::uuid[]) AND max_visits_per_week IS NOT NULL`,
    [volunteerIds],
  );
  return new Map(rows.map((r) => [r.volunteer_id, r.max_visits_per_week]));
}

/**
 * How many non-cancelled visits each volunteer has in each week touching [from, to] (dates, Paris),
 * leaving out `excludeIds` (the visit being moved).
 */
export async function visitsPerWeek(
  db: EntityManager,
  volunteerIds: string[],
  from: string,
  to: string,
  excludeIds: string[] = [],
): Promise<Map<string, WeekCounts>> {
  const start = parisWallTimeToUtc(addDays(from, 1 - isoWeekday(from)), '00:00');
  const end = parisWallTimeToUtc(addDays(to, 8 - isoWeekday(to)), '00:00');
  const rows: Array<{ volunteer_id: string; starts_at: Date | string }> = await db.query(
    `SELECT volunteer_id, starts_at FROM visits
      WHERE volunteer_id = ANY($1::uuid[]) AND status <> 'cancelled'
        AND starts_at >= $2 AND starts_at < $3 AND id <> ALL($4::uuid[])`,
    [volunteerIds, start.toISOString(), end.toISOString(), excludeIds],
  );
  const counts = new Map<string, WeekCounts>(volunteerIds.map((id) => [id, new Map()]));
  for (const row of rows) {
    const weeks = counts.get(row.volunteer_id)!;
    const week = weekOf(new Date(row.starts_at));
    weeks.set(week, (weeks.get(week) ?? 0) + 1);
  }
  return counts;
}

/** A booking refused because the volunteer's week is full (their profile's limit), 409. */
export class VolunteerWeekFullError extends ConflictError {
  override readonly code = VisitErrorCode.WeekFull;
  constructor(volunteerName: string, details: VolunteerWeekFullDetails) {
    super(
      `${volunteerName} a déjà ${details.visitCount} visite${details.visitCount > 1 ? 's' : ''} la semaine du ${frenchLongDate(details.weekStart)} : c’est le maximum par semaine indiqué dans son profil.`,
      [
        {
          path: 'startsAt',
          code: VisitErrorCode.WeekFull,
          message: `Au plus ${details.maxVisitsPerWeek} visite${details.maxVisitsPerWeek > 1 ? 's' : ''} par semaine pour ce bénévole.`,
        },
      ],
      details,
    );
  }
}

/**
 * Inside a booking transaction: locks the volunteer's limit and refuses the visit when its week is
 * already full (the visit being moved, `excludeIds`, does not count).
 */
export async function assertWeekHasRoom(
  tx: EntityManager,
  volunteer: { id: string; name: string },
  startsAt: Date,
  excludeIds: string[] = [],
): Promise<void> {
  const max = await lockWeeklyLimit(tx, volunteer.id);
  if (max === null) return;
  const week = weekOf(startsAt);
  const counts = await visitsPerWeek(tx, [volunteer.id], week, week, excludeIds);
  const visitCount = counts.get(volunteer.id)?.get(week) ?? 0;
  if (visitCount >= max) {
    throw new VolunteerWeekFullError(volunteer.name, {
      volunteerId: volunteer.id,
      weekStart: week,
      maxVisitsPerWeek: max,
      visitCount,
    });
  }
}
