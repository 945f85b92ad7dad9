import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  VISIT_TIME_ZONE,
  type CreateVisitSeries,
  type SeriesOccurrence,
  type SplitVisitSeries,
  type Visit,
  type VisitPurpose,
  type VisitSeriesCreated,
  type VisitSeriesDetail,
  type VisitSeriesInput,
  type VisitSeriesPreview,
} from '@passerelle/contracts';
import type { AuthUser } from '../common/auth-user';
import { InvalidFieldError, NotFoundError } from '../common/domain-error';
import { isExclusionViolation } from '../common/pg-errors';
import { managerScope } from '../common/manager-scope';
import { expandSeries, type Occurrence } from './recurrence';
import { findConflicts } from './visit-conflicts';
import { VisitSeriesConflictError, VisitSeriesEndedError } from './visits.errors';
import {
  SERIES_SELECT,
  toSeries,
  toVisit,
  VISIT_SELECT,
  type VisitRow,
  type VisitSeriesRow,
} from './visits.mapper';
import { purposeOf, VisitsService, type Parties } from './visits.service';
import { lockWeeklyLimit, visitsPerWeek, weekOf, weeklyLimits } from './weekly-limit';

/** What a new series is made of, once the caller and the people are checked. */
interface SeriesPlan {
  parties: Parties;
  rrule: string;
  time: string;
  durationMinutes: number;
  travelBufferMinutes: number;
  place: Visit['place'];
  placeNote: string | null;
  purpose: VisitPurpose;
  previousSeriesId: string | null;
}

/**
 * Recurring visits ("every Tuesday 14:00 for 8 weeks"). Every occurrence is a visit row, so the
 * exclusion constraints guard series exactly as single bookings; a series is saved whole or not at all
 * (or without its clashing occurrences, when asked).
 */
@Injectable()
export class VisitSeriesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly visits: VisitsService,
  ) {}

  /** Every occurrence with what it would clash with; nothing is saved. */
  async preview(user: AuthUser, input: VisitSeriesInput): Promise<VisitSeriesPreview> {
    const occurrences = expandSeries(input);
    const parties = await this.visits.parties(this.db.manager, user, input.seniorId, input.volunteerId);
    const conflicts = await findConflicts(
      this.db.manager,
      occurrences.map((o) => ({ ...o, travelBufferMinutes: input.travelBufferMinutes })),
      parties,
    );
    const limits = await weeklyLimits(this.db.manager, [parties.volunteerId]);
    const weeks = await this.weekCounter(
      this.db.manager,
      parties.volunteerId,
      limits.get(parties.volunteerId) ?? null,
      occurrences,
    );
    const result = occurrences.map((o, i) => {
      const clashes = conflicts[i] ?? [];
      const weekFull = clashes.length === 0 && !weeks.take(o.startsAt);
      return toOccurrence(o, clashes, weekFull);
    });
    return {
      occurrences: result,
      conflictCount: result.filter((o) => o.conflicts.length > 0 || o.weekFull).length,
    };
  }

  async create(user: AuthUser, input: CreateVisitSeries): Promise<VisitSeriesCreated> {
    const occurrences = expandSeries(input);
    return this.db.transaction(async (tx) => {
      const parties = await this.visits.parties(tx, user, input.seniorId, input.volunteerId);
      return this.insertSeries(
        tx,
        user,
        {
          parties,
          rrule: input.rrule,
          time: input.time,
          durationMinutes: input.durationMinutes,
          travelBufferMinutes: input.travelBufferMinutes,
          place: input.place,
          placeNote: input.placeNote ?? null,
          purpose: purposeOf(input.purpose),
          previousSeriesId: null,
        },
        occurrences,
        input.skipConflicts,
      );
    });
  }

  async get(user: AuthUser, id: string): Promise<VisitSeriesDetail> {
    const series = await this.find(this.db.manager, user, id);
    const visits: VisitRow[] = await this.db.query(
      `${VISIT_SELECT} WHERE v.series_id = $1 ORDER BY v.occurrence_key, v.starts_at`,
      [id],
    );
    return { series: toSeries(series), visits: visits.map(toVisit) };
  }

  /**
   * "This and following": the series ends before the occurrence `fromOccurrenceKey`, its planned
   * occurrences from there on are cancelled, and a new series takes over — all in one transaction, so
   * a refused new series leaves the old one untouched.
   */
  async split(user: AuthUser, id: string, input: SplitVisitSeries): Promise<VisitSeriesCreated> {
    return this.db.transaction(async (tx) => {
      const series = await this.find(tx, user, id, true);
      if (series.ended_at) throw new VisitSeriesEndedError();
      const from = new Date(input.fromOccurrenceKey);
      const [occurrence]: unknown[] = await tx.query(
        `SELECT 1 FROM visits WHERE series_id = $1 AND occurrence_key = $2`,
        [id, from.toISOString()],
      );
      if (!occurrence) {
        throw new InvalidFieldError('fromOccurrenceKey', 'Cette visite ne fait pas partie de la série.');
      }
      const plan = {
        rrule: input.rrule,
        firstDate: input.firstDate,
        time: input.time,
        durationMinutes: input.durationMinutes ?? series.duration_minutes,
        travelBufferMinutes: input.travelBufferMinutes ?? series.travel_buffer_minutes,
      };
      const occurrences = expandSeries(plan);
      if (occurrences[0]!.startsAt < from) {
        throw new InvalidFieldError(
          'firstDate',
          'La nouvelle série ne peut pas commencer avant la visite choisie.',
        );
      }
      await tx.query(`UPDATE visit_series SET ended_at = $2 WHERE id = $1`, [id, from.toISOString()]);
      await tx.query(
        `UPDATE visits SET status = 'cancelled', cancelled_reason = 'Série modifiée à partir de cette date.',
                updated_at = now()
          WHERE series_id = $1 AND occurrence_key >= $2 AND status = 'planned'`,
        [id, from.toISOString()],
      );
      const parties = await this.visits.parties(
        tx,
        user,
        series.senior_id,
        input.volunteerId ?? series.volunteer_id,
      );
      return this.insertSeries(
        tx,
        user,
        {
          ...plan,
          parties,
          place: input.place ?? series.place,
          placeNote: input.placeNote !== undefined ? input.placeNote : series.place_note,
          purpose: input.purpose ? purposeOf(input.purpose) : toSeries(series).purpose,
          previousSeriesId: id,
        },
        occurrences,
        input.skipConflicts,
      );
    });
  }

  /** Counts the volunteer's existing visits in the weeks of the occurrences against their limit. */
  private async weekCounter(
    db: EntityManager,
    volunteerId: string,
    max: number | null,
    occurrences: Occurrence[],
  ): Promise<WeekCounter> {
    if (max === null || occurrences.length === 0) return { has: () => true, take: () => true };
    const first = occurrences[0]!.startsAt;
    const last = occurrences[occurrences.length - 1]!.startsAt;
    const counts = (await visitsPerWeek(db, [volunteerId], weekOf(first), weekOf(last))).get(volunteerId)!;
    const has = (startsAt: Date) => (counts.get(weekOf(startsAt)) ?? 0) < max;
    return {
      has,
      take: (startsAt) => {
        if (!has(startsAt)) return false;
        const week = weekOf(startsAt);
        counts.set(week, (counts.get(week) ?? 0) + 1);
        return true;
      },
    };
  }

  private async find(db: EntityManager, user: AuthUser, id: string, lock = false): Promise<VisitSeriesRow> {
    const params: unknown[] = [id];
    const [row]: VisitSeriesRow[] = await db.query(
      `${SERIES_SELECT} WHERE vs.id = $1 AND ${managerScope(user, 'vs.centre_id', params)}
       ${lock ? 'FOR UPDATE OF vs' : ''}`,
      params,
    );
    if (!row) throw new NotFoundError('Série de visites');
    return row;
  }

  /**
   * Inserts the series and each occurrence under its own savepoint: an occurrence refused by an
   * exclusion constraint is rolled back alone, then its clashing visits are read in the same
   * (still healthy) transaction. Any clash refuses the whole series unless `skipConflicts`.
   */
  private async insertSeries(
    tx: EntityManager,
    user: AuthUser,
    plan: SeriesPlan,
    occurrences: Occurrence[],
    skipConflicts: boolean,
  ): Promise<VisitSeriesCreated> {
    const { parties } = plan;
    const [series]: Array<{ id: string }> = await tx.query(
      `INSERT INTO visit_series (centre_id, senior_id, volunteer_id, rrule, starts_at, local_time, duration_minutes,
                                 timezone, travel_buffer_minutes, place, place_note, purpose, previous_series_id,
                                 created_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
      [
        parties.centreId,
        parties.seniorId,
        parties.volunteerId,
        plan.rrule,
        occurrences[0]!.startsAt.toISOString(),
        plan.time,
        plan.durationMinutes,
        VISIT_TIME_ZONE,
        plan.travelBufferMinutes,
        plan.place,
        plan.placeNote,
        JSON.stringify(plan.purpose),
        plan.previousSeriesId,
        user.id,
      ],
    );
    const weeks = await this.weekCounter(
      tx,
      parties.volunteerId,
      await lockWeeklyLimit(tx, parties.volunteerId),
      occurrences,
    );
    const clashed: Occurrence[] = [];
    const full: Occurrence[] = [];
    for (const occurrence of occurrences) {
      if (!weeks.has(occurrence.startsAt)) {
        full.push(occurrence);
        continue;
      }
      await tx.query('SAVEPOINT occurrence');
      try {
        await tx.query(
          `INSERT INTO visits (centre_id, senior_id, volunteer_id, series_id, occurrence_key, starts_at, ends_at,
                               travel_buffer_minutes, place, place_note, purpose, created_by_id)
           VALUES ($1, $2, $3, $4, $5, $5, $6, $7, $8, $9, $10, $11)`,
          [
            parties.centreId,
            parties.seniorId,
            parties.volunteerId,
            series!.id,
            occurrence.startsAt.toISOString(),
            occurrence.endsAt.toISOString(),
            plan.travelBufferMinutes,
            plan.place,
            plan.placeNote,
            JSON.stringify(plan.purpose),
            user.id,
          ],
        );
        await tx.query('RELEASE SAVEPOINT occurrence');
        weeks.take(occurrence.startsAt);
      } catch (error) {
        if (!isExclusionViolation(error)) throw error;
        await tx.query('ROLLBACK TO SAVEPOINT occurrence');
        clashed.push(occurrence);
      }
    }
    const conflicts = await findConflicts(
      tx,
      clashed.map((o) => ({ ...o, travelBufferMinutes: plan.travelBufferMinutes })),
      parties,
    );
    const skipped = [
      ...clashed.map((o, i) => toOccurrence(o, conflicts[i] ?? [], false)),
      ...full.map((o) => toOccurrence(o, [], true)),
    ].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    if (skipped.length > 0 && (!skipConflicts || skipped.length === occurrences.length)) {
      throw new VisitSeriesConflictError(skipped);
    }
    const [row]: VisitSeriesRow[] = await tx.query(`${SERIES_SELECT} WHERE vs.id = $1`, [series!.id]);
    const visits: VisitRow[] = await tx.query(`${VISIT_SELECT} WHERE v.series_id = $1 ORDER BY v.starts_at`, [
      series!.id,
    ]);
    return { series: toSeries(row!), visits: visits.map(toVisit), skipped };
  }
}

function toOccurrence(
  o: Occurrence,
  conflicts: SeriesOccurrence['conflicts'],
  weekFull: boolean,
): SeriesOccurrence {
  return {
    occurrenceKey: o.key.toISOString(),
    startsAt: o.startsAt.toISOString(),
    endsAt: o.endsAt.toISOString(),
    conflicts,
    weekFull,
  };
}

/** Places left in the volunteer's weeks, taken one occurrence at a time. */
interface WeekCounter {
  /** Whether the occurrence's week still has room. */
  has(startsAt: Date): boolean;
  /** Takes a place when there is one; says whether there was. */
  take(startsAt: Date): boolean;
}
