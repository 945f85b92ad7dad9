import { z } from 'zod';
import { DateOnlySchema, IdSchema, InstantSchema, optionalText } from './common.contract';
import { PersonRefSchema } from './people.contract';
import { TravelModeSchema } from './volunteers.contract';

// ─── Home coaching visits ──────────────────────────────────────────────────────────────────────────

/** Every visit time is Paris wall-clock time; instants travel as ISO strings with an offset. */
export const VISIT_TIME_ZONE = 'Europe/Paris';
/** Travel time kept free between two visits of one volunteer (and one senior), unless set otherwise. */
export const DEFAULT_TRAVEL_BUFFER_MINUTES = 30;
export const DEFAULT_VISIT_DURATION_MINUTES = 60;
/** The widest date range one visit listing may cover, in days. */
export const VISIT_LIST_MAX_DAYS = 93;
/** The most occurrences one series may create (two years of weekly visits). */
export const VISIT_SERIES_MAX_OCCURRENCES = 104;

export const VISIT_PLACES = ['home', 'centre'] as const;
export const VisitPlaceSchema = z.enum(VISIT_PLACES);
export type VisitPlace = z.infer<typeof VisitPlaceSchema>;

export const VISIT_STATUSES = ['planned', 'done', 'cancelled'] as const;
export const VisitStatusSchema = z.enum(VISIT_STATUSES);
export type VisitStatus = z.infer<typeof VisitStatusSchema>;

export const VISIT_OUTCOMES = [
  'done',
  'not_home',
  'tablet_not_charged',
  'cancelled_by_senior',
  'cancelled_by_volunteer',
  'no_show',
] as const;
export const VisitOutcomeSchema = z.enum(VISIT_OUTCOMES);
export type VisitOutcome = z.infer<typeof VisitOutcomeSchema>;

/** Who called a planned visit off; without one, the coordination did. */
export const CANCELLATION_OUTCOMES = ['cancelled_by_senior', 'cancelled_by_volunteer'] as const;

/** What the visit is for: courses and lessons (stable keys) to work on, and a free note. */
export const VisitPurposeSchema = z.object({
  courseIds: z.array(IdSchema),
  lessonKeys: z.array(z.string()),
  note: z.string().nullable(),
});
export type VisitPurpose = z.infer<typeof VisitPurposeSchema>;

export const VisitPurposeInputSchema = z.object({
  courseIds: z.array(IdSchema).max(20).default([]),
  lessonKeys: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
  note: optionalText(500),
});
export type VisitPurposeInput = z.infer<typeof VisitPurposeInputSchema>;

export const VisitSchema = z.object({
  id: IdSchema,
  centreId: IdSchema,
  senior: PersonRefSchema,
  volunteer: PersonRefSchema,
  seriesId: IdSchema.nullable(),
  /** For an occurrence of a series: its start as the series planned it, even after a move. */
  occurrenceKey: InstantSchema.nullable(),
  startsAt: InstantSchema,
  endsAt: InstantSchema,
  travelBufferMinutes: z.number().int(),
  place: VisitPlaceSchema,
  placeNote: z.string().nullable(),
  purpose: VisitPurposeSchema,
  status: VisitStatusSchema,
  outcome: VisitOutcomeSchema.nullable(),
  cancelledReason: z.string().nullable(),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
});
export type Visit = z.infer<typeof VisitSchema>;
export const VisitListSchema = z.array(VisitSchema);

const durationMinutes = z.number().int().min(15).max(480);
const travelBufferMinutes = z.number().int().min(0).max(240);

export const CreateVisitSchema = z.object({
  seniorId: IdSchema,
  volunteerId: IdSchema,
  startsAt: InstantSchema,
  durationMinutes: durationMinutes.default(DEFAULT_VISIT_DURATION_MINUTES),
  travelBufferMinutes: travelBufferMinutes.default(DEFAULT_TRAVEL_BUFFER_MINUTES),
  place: VisitPlaceSchema.default('home'),
  placeNote: optionalText(200),
  purpose: VisitPurposeInputSchema.optional(),
});
export type CreateVisit = z.infer<typeof CreateVisitSchema>;

/** Moving a planned visit, changing its volunteer or its details; what is not named stays. */
export const UpdateVisitSchema = z.object({
  volunteerId: IdSchema.optional(),
  startsAt: InstantSchema.optional(),
  durationMinutes: durationMinutes.optional(),
  travelBufferMinutes: travelBufferMinutes.optional(),
  place: VisitPlaceSchema.optional(),
  placeNote: optionalText(200),
  purpose: VisitPurposeInputSchema.optional(),
});
export type UpdateVisit = z.infer<typeof UpdateVisitSchema>;

/** Calling a planned visit off (also how one occurrence of a series is skipped). */
export const CancelVisitSchema = z.object({
  outcome: z.enum(CANCELLATION_OUTCOMES).nullable().optional(),
  reason: optionalText(500),
});
export type CancelVisit = z.infer<typeof CancelVisitSchema>;

/** Paris days, both included; by default from today for 31 days. */
export const VisitsQuerySchema = z
  .object({
    from: DateOnlySchema.optional(),
    to: DateOnlySchema.optional(),
    centreId: IdSchema.optional(),
    volunteerId: IdSchema.optional(),
    seniorId: IdSchema.optional(),
    status: VisitStatusSchema.optional(),
  })
  .refine((q) => !q.from || !q.to || q.to >= q.from, {
    path: ['to'],
    message: 'La fin ne peut pas précéder le début.',
  });
export type VisitsQuery = z.infer<typeof VisitsQuerySchema>;

export const MyVisitsQuerySchema = z
  .object({ from: DateOnlySchema.optional(), to: DateOnlySchema.optional() })
  .refine((q) => !q.from || !q.to || q.to >= q.from, {
    path: ['to'],
    message: 'La fin ne peut pas précéder le début.',
  });
export type MyVisitsQuery = z.infer<typeof MyVisitsQuerySchema>;

/** What a senior's home screen shows: the next visit, with the volunteer's first name only. */
export const NextVisitSchema = z.object({
  visit: z
    .object({
      id: IdSchema,
      startsAt: InstantSchema,
      endsAt: InstantSchema,
      place: VisitPlaceSchema,
      placeNote: z.string().nullable(),
      volunteerFirstName: z.string(),
    })
    .nullable(),
});
export type NextVisit = z.infer<typeof NextVisitSchema>;

// ─── Conflicts (409 `visit_conflict` / `visit_series_conflict`, in the error's `details`) ──────────

export const VisitConflictSchema = z.object({
  /** Whose agenda clashes: the volunteer's, the senior's, or both. */
  clash: z.enum(['volunteer', 'senior', 'both']),
  visit: z.object({
    id: IdSchema,
    startsAt: InstantSchema,
    endsAt: InstantSchema,
    travelBufferMinutes: z.number().int(),
    senior: PersonRefSchema,
    volunteer: PersonRefSchema,
  }),
});
export type VisitConflict = z.infer<typeof VisitConflictSchema>;

/** `details` of a 409 `visit_conflict`. */
export const VisitConflictDetailsSchema = z.object({ conflicts: z.array(VisitConflictSchema) });
export type VisitConflictDetails = z.infer<typeof VisitConflictDetailsSchema>;

export const VisitErrorCode = {
  Conflict: 'visit_conflict',
  SeriesConflict: 'visit_series_conflict',
  NotPlanned: 'visit_not_planned',
  SeriesEnded: 'visit_series_ended',
  WeekFull: 'volunteer_week_full',
} as const;

/**
 * `details` of a 409 `volunteer_week_full`: the volunteer already has as many visits that week (Monday
 * to Sunday, Paris time) as their profile allows.
 */
export const VolunteerWeekFullDetailsSchema = z.object({
  volunteerId: IdSchema,
  /** The Monday of the full week. */
  weekStart: DateOnlySchema,
  maxVisitsPerWeek: z.number().int(),
  visitCount: z.number().int(),
});
export type VolunteerWeekFullDetails = z.infer<typeof VolunteerWeekFullDetailsSchema>;

// ─── Recurring series ──────────────────────────────────────────────────────────────────────────────

/**
 * An RFC 5545 recurrence rule without DTSTART, e.g. `FREQ=WEEKLY;BYDAY=TU;COUNT=8`. It must end
 * (COUNT or UNTIL); the time of day comes from `time`, in Paris, whatever the season.
 */
export const RruleSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^(RRULE:)?[A-Z0-9=;,+-]{1,200}$/, 'Règle de récurrence invalide.')
  .refine((v) => /(^|[:;])FREQ=/.test(v), 'La règle doit indiquer une fréquence (FREQ).')
  .refine((v) => /(^|[:;])(COUNT|UNTIL)=/.test(v), 'La série doit avoir une fin (COUNT ou UNTIL).');

export const LocalTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Heure attendue : HH:MM.');

export const VisitSeriesInputSchema = z.object({
  seniorId: IdSchema,
  volunteerId: IdSchema,
  /** The Paris day the series starts from. */
  firstDate: DateOnlySchema,
  /** Paris wall-clock time of every occurrence, e.g. "14:00". */
  time: LocalTimeSchema,
  rrule: RruleSchema,
  durationMinutes: durationMinutes.default(DEFAULT_VISIT_DURATION_MINUTES),
  travelBufferMinutes: travelBufferMinutes.default(DEFAULT_TRAVEL_BUFFER_MINUTES),
  place: VisitPlaceSchema.default('home'),
  placeNote: optionalText(200),
  purpose: VisitPurposeInputSchema.optional(),
});
export type VisitSeriesInput = z.infer<typeof VisitSeriesInputSchema>;

export const CreateVisitSeriesSchema = VisitSeriesInputSchema.extend({
  /** Create the occurrences that fit and report the others, instead of refusing the whole series. */
  skipConflicts: z.boolean().default(false),
});
export type CreateVisitSeries = z.infer<typeof CreateVisitSeriesSchema>;

export const SeriesOccurrenceSchema = z.object({
  /** The occurrence's start as the series plans it (its key). */
  occurrenceKey: InstantSchema,
  startsAt: InstantSchema,
  endsAt: InstantSchema,
  conflicts: z.array(VisitConflictSchema),
  /** The volunteer's weekly limit is already reached that week (other visits or earlier occurrences). */
  weekFull: z.boolean(),
});
export type SeriesOccurrence = z.infer<typeof SeriesOccurrenceSchema>;

export const VisitSeriesPreviewSchema = z.object({
  occurrences: z.array(SeriesOccurrenceSchema),
  conflictCount: z.number().int(),
});
export type VisitSeriesPreview = z.infer<typeof VisitSeriesPreviewSchema>;

/** `details` of a 409 `visit_series_conflict`: every occurrence that clashes; nothing was saved. */
export const VisitSeriesConflictDetailsSchema = z.object({
  occurrences: z.array(SeriesOccurrenceSchema),
});

export const VisitSeriesSchema = z.object({
  id: IdSchema,
  centreId: IdSchema,
  senior: PersonRefSchema,
  volunteer: PersonRefSchema,
  rrule: z.string(),
  startsAt: InstantSchema,
  time: LocalTimeSchema,
  durationMinutes: z.number().int(),
  timeZone: z.string(),
  travelBufferMinutes: z.number().int(),
  place: VisitPlaceSchema,
  placeNote: z.string().nullable(),
  purpose: VisitPurposeSchema,
  previousSeriesId: IdSchema.nullable(),
  /** Set when the series was ended (by a split): occurrences from then on belong to another series. */
  endedAt: InstantSchema.nullable(),
  createdAt: InstantSchema,
});
export type VisitSeries = z.infer<typeof VisitSeriesSchema>;

export const VisitSeriesCreatedSchema = z.object({
  series: VisitSeriesSchema,
  visits: VisitListSchema,
  /** Occurrences left out because they clashed (only with `skipConflicts`). */
  skipped: z.array(SeriesOccurrenceSchema),
});
export type VisitSeriesCreated = z.infer<typeof VisitSeriesCreatedSchema>;

export const VisitSeriesDetailSchema = z.object({ series: VisitSeriesSchema, visits: VisitListSchema });
export type VisitSeriesDetail = z.infer<typeof VisitSeriesDetailSchema>;

/**
 * "This and following": the series ends before the occurrence `fromOccurrenceKey`, its planned
 * occurrences from there are cancelled, and a new series takes over with the new rule and time.
 */
export const SplitVisitSeriesSchema = z.object({
  fromOccurrenceKey: InstantSchema,
  firstDate: DateOnlySchema,
  time: LocalTimeSchema,
  rrule: RruleSchema,
  /** What is not named is taken from the series being split. */
  volunteerId: IdSchema.optional(),
  durationMinutes: durationMinutes.optional(),
  travelBufferMinutes: travelBufferMinutes.optional(),
  place: VisitPlaceSchema.optional(),
  placeNote: optionalText(200),
  purpose: VisitPurposeInputSchema.optional(),
  skipConflicts: z.boolean().default(false),
});
export type SplitVisitSeries = z.infer<typeof SplitVisitSeriesSchema>;

// ─── Slot suggestions ──────────────────────────────────────────────────────────────────────────────

/** The widest range one suggestion request may cover, in days. */
export const VISIT_SUGGESTIONS_MAX_DAYS = 31;
/** Candidate start times are cut on this step, in minutes. */
export const VISIT_SUGGESTION_STEP_MINUTES = 30;
export const VISIT_SUGGESTIONS_MAX_VOLUNTEERS = 10;
export const VISIT_SUGGESTIONS_MAX_SLOTS = 5;

/** Paris days, both included. */
export const VisitSuggestionsQuerySchema = z
  .object({
    seniorId: IdSchema,
    /** A query string: coerced to a number. */
    durationMinutes: z.coerce.number().int().min(15).max(480).default(DEFAULT_VISIT_DURATION_MINUTES),
    from: DateOnlySchema,
    to: DateOnlySchema,
  })
  .refine((q) => q.to >= q.from, { path: ['to'], message: 'La fin ne peut pas précéder le début.' });
export type VisitSuggestionsQuery = z.infer<typeof VisitSuggestionsQuerySchema>;

/**
 * The journey from the volunteer's town (home, else the nearest town they cover) to the senior's,
 * estimated from the towns' coordinates and the volunteer's means of travel (ADR 0014).
 */
export const TravelEstimateSchema = z.object({
  fromTown: z.string(),
  toTown: z.string(),
  /** Road distance, estimated: the straight line times a detour factor, in km (one decimal). */
  distanceKm: z.number(),
  /** Door-to-door minutes by `mode`; by public transport when the profile names no means of travel. */
  minutes: z.number().int(),
  mode: TravelModeSchema.nullable(),
});
export type TravelEstimate = z.infer<typeof TravelEstimateSchema>;

export const SuggestedSlotSchema = z.object({ startsAt: InstantSchema, endsAt: InstantSchema });
export type SuggestedSlot = z.infer<typeof SuggestedSlotSchema>;

export const VisitSuggestionSchema = z.object({
  volunteer: PersonRefSchema,
  /** Null when the senior's or the volunteer's towns are unknown to the gazetteer. */
  estimate: TravelEstimateSchema.nullable(),
  /** The senior's town is among the towns the volunteer says they cover. */
  coversTown: z.boolean(),
  /** The volunteer already coaches this senior. */
  coaches: z.boolean(),
  /** The volunteer's weekly limit (profile), already respected by the slots; null when none. */
  maxVisitsPerWeek: z.number().int().nullable(),
  slots: z.array(SuggestedSlotSchema),
});
export type VisitSuggestion = z.infer<typeof VisitSuggestionSchema>;

export const VisitSuggestionsSchema = z.object({ suggestions: z.array(VisitSuggestionSchema) });
export type VisitSuggestions = z.infer<typeof VisitSuggestionsSchema>;
