import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  DEFAULT_TRAVEL_BUFFER_MINUTES,
  VISIT_SUGGESTION_STEP_MINUTES,
  VISIT_SUGGESTIONS_MAX_DAYS,
  VISIT_SUGGESTIONS_MAX_SLOTS,
  VISIT_SUGGESTIONS_MAX_VOLUNTEERS,
  type SuggestedSlot,
  type TravelEstimate,
  type TravelMode,
  type VisitSuggestion,
  type VisitSuggestions,
  type VisitSuggestionsQuery,
} from '@passerelle/contracts';
import type { AuthUser } from '../common/auth-user';
import { addDays, parisWallTimeToUtc } from '../common/calendar';
import { InvalidFieldError, NotFoundError } from '../common/domain-error';
import { managerScope } from '../common/manager-scope';
import { departmentOfPostcode, estimateTrip, locateTown, placeKey, type Place } from '../geo/places';
import { AvailabilityService } from '../volunteers/availability.service';
import type { Slot } from '../volunteers/available-slots';
import { EligibilityService } from '../volunteers/eligibility.service';
import { visitsPerWeek, weekOf, weeklyLimits } from './weekly-limit';

interface SeniorRow {
  id: string;
  centre_id: string;
  role: string;
  active: boolean;
  town: string | null;
  centre_town: string;
  centre_postcode: string;
}

interface VolunteerRow {
  id: string;
  first_name: string;
  last_name: string;
  town: string | null;
  towns: string[] | null;
  travel_mode: TravelMode | null;
  coaches: boolean;
}

interface BusyRow {
  volunteer_id: string;
  senior_id: string;
  starts_at: Date | string;
  ends_at: Date | string;
  travel_buffer_minutes: number;
}

/** An instant range [start, end) in milliseconds. */
interface Busy {
  start: number;
  end: number;
}

const STEP_MS = VISIT_SUGGESTION_STEP_MINUTES * 60_000;

/**
 * Who could visit a senior, and when: active, eligible volunteers of the senior's centre, inside their
 * availability, clear of the volunteer's and the senior's visits (travel buffers included, as the
 * exclusion constraints count them) and of the weeks their profile says are full; the shortest
 * estimated journey first (ADR 0014). A fixed number of queries, whatever the number of volunteers.
 */
@Injectable()
export class VisitSuggestionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly eligibility: EligibilityService,
    private readonly availability: AvailabilityService,
  ) {}

  async suggest(user: AuthUser, query: VisitSuggestionsQuery, now = new Date()): Promise<VisitSuggestions> {
    if (addDays(query.from, VISIT_SUGGESTIONS_MAX_DAYS - 1) < query.to) {
      throw new InvalidFieldError('to', `Une recherche couvre au plus ${VISIT_SUGGESTIONS_MAX_DAYS} jours.`);
    }
    const params: unknown[] = [query.seniorId];
    const [senior]: SeniorRow[] = await this.db.query(
      `SELECT p.id, p.centre_id, p.role, p.active, p.town, c.town AS centre_town, c.postcode AS centre_postcode
         FROM people p JOIN centres c ON c.id = p.centre_id
        WHERE p.id = $1 AND ${managerScope(user, 'p.centre_id', params)}`,
      params,
    );
    if (!senior || senior.role !== 'senior') throw new NotFoundError('Senior');
    if (!senior.active) throw new InvalidFieldError('seniorId', 'Choisissez un senior actif.');

    const standing = await this.eligibility.forCentre(this.db.manager, senior.centre_id);
    const eligibleIds = standing.filter((e) => e.eligible).map((e) => e.volunteerId);
    if (eligibleIds.length === 0) return { suggestions: [] };
    const volunteers: VolunteerRow[] = await this.db.query(
      `SELECT p.id, p.first_name, p.last_name, p.town, vp.towns, vp.travel_mode,
              EXISTS (SELECT 1 FROM coaching_assignments a
                       WHERE a.volunteer_id = p.id AND a.senior_id = $2 AND a.ended_at IS NULL) AS coaches
         FROM people p LEFT JOIN volunteer_profiles vp ON vp.volunteer_id = p.id
        WHERE p.id = ANY($1::uuid[])`,
      [eligibleIds, senior.id],
    );

    const rangeStart = parisWallTimeToUtc(query.from, '00:00');
    const rangeEnd = parisWallTimeToUtc(addDays(query.to, 1), '00:00');
    const busyRows: BusyRow[] = await this.db.query(
      `SELECT volunteer_id, senior_id, starts_at, ends_at, travel_buffer_minutes FROM visits
        WHERE status <> 'cancelled' AND (volunteer_id = ANY($1::uuid[]) OR senior_id = $2)
          AND busy && tstzrange($3::timestamptz - interval '1 day', $4::timestamptz + interval '1 day')`,
      [eligibleIds, senior.id, rangeStart.toISOString(), rangeEnd.toISOString()],
    );
    const seniorBusy = busyRows.filter((r) => r.senior_id === senior.id).map(busyRange);
    const available = await this.availability.slotsForMany(
      this.db.manager,
      eligibleIds,
      query.from,
      query.to,
    );
    const limits = await weeklyLimits(this.db.manager, eligibleIds);
    const weekCounts = await visitsPerWeek(this.db.manager, eligibleIds, query.from, query.to);

    const department = departmentOfPostcode(senior.centre_postcode);
    const centrePlace = locateTown(senior.centre_town, { department });
    const hint = { department, near: centrePlace };
    const seniorPlace = locateTown(senior.town, hint) ?? null;

    const suggestions: VisitSuggestion[] = [];
    for (const v of volunteers) {
      const max = limits.get(v.id) ?? null;
      const weeks = weekCounts.get(v.id)!;
      const weekHasRoom = (start: number) => max === null || (weeks.get(weekOf(start)) ?? 0) < max;
      const busy = [...seniorBusy, ...busyRows.filter((r) => r.volunteer_id === v.id).map(busyRange)];
      const slots = candidateSlots(available.get(v.id) ?? [], busy, query.durationMinutes, now, weekHasRoom);
      if (slots.length === 0) continue;
      const coversTown =
        senior.town !== null && (v.towns ?? []).some((t) => placeKey(t) === placeKey(senior.town!));
      suggestions.push({
        volunteer: { id: v.id, firstName: v.first_name, lastName: v.last_name },
        estimate: estimateFor(v, seniorPlace, hint),
        coversTown,
        coaches: v.coaches,
        maxVisitsPerWeek: max,
        slots,
      });
    }
    suggestions.sort(
      (a, b) =>
        (a.estimate?.minutes ?? Infinity) - (b.estimate?.minutes ?? Infinity) ||
        Number(b.coversTown) - Number(a.coversTown) ||
        Number(b.coaches) - Number(a.coaches) ||
        Date.parse(a.slots[0]!.startsAt) - Date.parse(b.slots[0]!.startsAt) ||
        a.volunteer.lastName.localeCompare(b.volunteer.lastName, 'fr'),
    );
    return { suggestions: suggestions.slice(0, VISIT_SUGGESTIONS_MAX_VOLUNTEERS) };
  }
}

/**
 * The journey to the senior's town: from the volunteer's own town, or else from the nearest town they
 * cover; null when either end is unknown to the gazetteer.
 */
function estimateFor(
  v: VolunteerRow,
  seniorPlace: Place | null,
  hint: { department: string | null; near: Place | null },
): TravelEstimate | null {
  if (!seniorPlace) return null;
  const home = locateTown(v.town, hint);
  const origins = home
    ? [home]
    : (v.towns ?? []).map((t) => locateTown(t, hint)).filter((p): p is Place => p !== null);
  if (origins.length === 0) return null;
  const mode = v.travel_mode ?? 'public_transport';
  const from = origins.reduce((best, p) =>
    estimateTrip(p, seniorPlace, mode).minutes < estimateTrip(best, seniorPlace, mode).minutes ? p : best,
  );
  const trip = estimateTrip(from, seniorPlace, mode);
  return { fromTown: from.name, toTown: seniorPlace.name, ...trip, mode: v.travel_mode };
}

/** A visit's busy range, as `visit_busy_range` computes it: half the buffer on each side. */
function busyRange(r: BusyRow): Busy {
  const half = r.travel_buffer_minutes * 30_000;
  return { start: new Date(r.starts_at).getTime() - half, end: new Date(r.ends_at).getTime() + half };
}

/**
 * Start times on the half-hour grid inside the available slots, in the future, whose busy range
 * (default buffer) meets no existing one, in weeks with room left: the first few.
 */
export function candidateSlots(
  available: readonly Slot[],
  busy: readonly Busy[],
  durationMinutes: number,
  now: Date,
  weekHasRoom: (start: number) => boolean = () => true,
): SuggestedSlot[] {
  const duration = durationMinutes * 60_000;
  const half = DEFAULT_TRAVEL_BUFFER_MINUTES * 30_000;
  const found: SuggestedSlot[] = [];
  for (const slot of available) {
    const first = Math.ceil(Math.max(slot.start.getTime(), now.getTime()) / STEP_MS) * STEP_MS;
    for (let start = first; start + duration <= slot.end.getTime(); start += STEP_MS) {
      const end = start + duration;
      if (busy.some((b) => start - half < b.end && b.start < end + half)) continue;
      if (!weekHasRoom(start)) continue;
      found.push({ startsAt: new Date(start).toISOString(), endsAt: new Date(end).toISOString() });
      if (found.length === VISIT_SUGGESTIONS_MAX_SLOTS) return found;
    }
  }
  return found;
}
