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
  type VisitSuggestion,
  type VisitSuggestions,
  type VisitSuggestionsQuery,
  type VisitSuggestionTravel,
} from '@passerelle/contracts';
import type { AuthUser } from '../common/auth-user';
import { addDays, parisWallTimeToUtc } from '../common/calendar';
import { InvalidFieldError, NotFoundError } from '../common/domain-error';
import { managerScope } from '../common/manager-scope';
import { foldForSearch } from '../people/search-text';
import { AvailabilityService } from '../volunteers/availability.service';
import type { Slot } from '../volunteers/available-slots';
import { EligibilityService } from '../volunteers/eligibility.service';

interface SeniorRow {
  id: string;
  centre_id: string;
  role: string;
  active: boolean;
  town: string | null;
}

interface VolunteerRow {
  id: string;
  first_name: string;
  last_name: string;
  town: string | null;
  towns: string[] | null;
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

const TRAVEL_RANK: Record<VisitSuggestionTravel, number> = { same_town: 0, coaches: 1, elsewhere: 2 };
const STEP_MS = VISIT_SUGGESTION_STEP_MINUTES * 60_000;

/**
 * Who could visit a senior, and when: active, eligible volunteers of the senior's centre, inside their
 * availability, clear of the volunteer's and the senior's visits (travel buffers included, as the
 * exclusion constraints count them), the nearest first. Distances are estimated from town names
 * (ADR 0013).
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
      `SELECT p.id, p.centre_id, p.role, p.active, p.town FROM people p
        WHERE p.id = $1 AND ${managerScope(user, 'p.centre_id', params)}`,
      params,
    );
    if (!senior || senior.role !== 'senior') throw new NotFoundError('Senior');
    if (!senior.active) throw new InvalidFieldError('seniorId', 'Choisissez un senior actif.');

    const volunteers: VolunteerRow[] = await this.db.query(
      `SELECT p.id, p.first_name, p.last_name, p.town, vp.towns,
              EXISTS (SELECT 1 FROM coaching_assignments a
                       WHERE a.volunteer_id = p.id AND a.senior_id = $2 AND a.ended_at IS NULL) AS coaches
         FROM people p LEFT JOIN volunteer_profiles vp ON vp.volunteer_id = p.id
        WHERE p.centre_id = $1 AND p.role = 'volunteer' AND p.active
        ORDER BY p.last_name, p.first_name, p.id`,
      [senior.centre_id, senior.id],
    );
    const eligible: VolunteerRow[] = [];
    for (const v of volunteers) {
      if ((await this.eligibility.check(this.db.manager, v.id)).eligible) eligible.push(v);
    }
    if (eligible.length === 0) return { suggestions: [] };

    const rangeStart = parisWallTimeToUtc(query.from, '00:00');
    const rangeEnd = parisWallTimeToUtc(addDays(query.to, 1), '00:00');
    const busyRows: BusyRow[] = await this.db.query(
      `SELECT volunteer_id, senior_id, starts_at, ends_at, travel_buffer_minutes FROM visits
        WHERE status <> 'cancelled' AND (volunteer_id = ANY($1::uuid[]) OR senior_id = $2)
          AND busy && tstzrange($3::timestamptz - interval '1 day', $4::timestamptz + interval '1 day')`,
      [eligible.map((v) => v.id), senior.id, rangeStart.toISOString(), rangeEnd.toISOString()],
    );
    const seniorBusy = busyRows.filter((r) => r.senior_id === senior.id).map(busyRange);

    const seniorTown = senior.town ? foldForSearch(senior.town) : null;
    const suggestions: VisitSuggestion[] = [];
    for (const v of eligible) {
      const available = await this.availability.slotsBetween(this.db.manager, v.id, query.from, query.to);
      const busy = [...seniorBusy, ...busyRows.filter((r) => r.volunteer_id === v.id).map(busyRange)];
      const slots = candidateSlots(available, busy, query.durationMinutes, now);
      if (slots.length === 0) continue;
      suggestions.push({
        volunteer: { id: v.id, firstName: v.first_name, lastName: v.last_name },
        travel: travelOf(v, seniorTown),
        slots,
      });
    }
    suggestions.sort(
      (a, b) =>
        TRAVEL_RANK[a.travel] - TRAVEL_RANK[b.travel] ||
        Date.parse(a.slots[0]!.startsAt) - Date.parse(b.slots[0]!.startsAt),
    );
    return { suggestions: suggestions.slice(0, VISIT_SUGGESTIONS_MAX_VOLUNTEERS) };
  }
}

/** Town names only: the volunteer's covered towns or own town match the senior's, folded. */
function travelOf(v: VolunteerRow, seniorTown: string | null): VisitSuggestionTravel {
  if (seniorTown) {
    const towns = [...(v.towns ?? []), ...(v.town ? [v.town] : [])].map(foldForSearch);
    if (towns.includes(seniorTown)) return 'same_town';
  }
  return v.coaches ? 'coaches' : 'elsewhere';
}

/** A visit's busy range, as `visit_busy_range` computes it: half the buffer on each side. */
function busyRange(r: BusyRow): Busy {
  const half = r.travel_buffer_minutes * 30_000;
  return { start: new Date(r.starts_at).getTime() - half, end: new Date(r.ends_at).getTime() + half };
}

/**
 * Start times on the half-hour grid inside the available slots, in the future, whose busy range
 * (default buffer) meets no existing one: the first few.
 */
export function candidateSlots(
  available: readonly Slot[],
  busy: readonly Busy[],
  durationMinutes: number,
  now: Date,
): SuggestedSlot[] {
  const duration = durationMinutes * 60_000;
  const half = DEFAULT_TRAVEL_BUFFER_MINUTES * 30_000;
  const found: SuggestedSlot[] = [];
  for (const slot of available) {
    const first = Math.ceil(Math.max(slot.start.getTime(), now.getTime()) / STEP_MS) * STEP_MS;
    for (let start = first; start + duration <= slot.end.getTime(); start += STEP_MS) {
      const end = start + duration;
      if (busy.some((b) => start - half < b.end && b.start < end + half)) continue;
      found.push({ startsAt: new Date(start).toISOString(), endsAt: new Date(end).toISOString() });
      if (found.length === VISIT_SUGGESTIONS_MAX_SLOTS) return found;
    }
  }
  return found;
}
