import { z } from 'zod';
import { DateOnlySchema, IdSchema } from './common.contract';

// ─── Volunteer profile: where and how a volunteer can go to seniors' homes ─────────────────────────

export const TRAVEL_MODES = ['foot', 'bike', 'public_transport', 'car'] as const;
export const TravelModeSchema = z.enum(TRAVEL_MODES);
export type TravelMode = z.infer<typeof TravelModeSchema>;

export const VolunteerProfileSchema = z.object({
  volunteerId: IdSchema,
  centreId: IdSchema,
  /** Towns or neighbourhoods the volunteer covers, e.g. "Lille", "Hellemmes". */
  towns: z.array(z.string()),
  travelMode: TravelModeSchema.nullable(),
  maxVisitsPerWeek: z.number().int().nullable(),
  /** Languages spoken besides or including French, in plain words: "français", "arabe". */
  languages: z.array(z.string()),
  /** Towns the gazetteer does not know: no journey can be estimated from them (ADR 0014). */
  unknownTowns: z.array(z.string()),
  /** Null while the volunteer has never filled in the profile. */
  updatedAt: z.string().nullable(),
});
export type VolunteerProfile = z.infer<typeof VolunteerProfileSchema>;

/** The whole profile, replaced at once (PUT). */
export const UpdateVolunteerProfileSchema = z.object({
  towns: z.array(z.string().trim().min(1).max(120)).max(30),
  travelMode: TravelModeSchema.nullable(),
  maxVisitsPerWeek: z.number().int().min(1).max(20).nullable(),
  languages: z.array(z.string().trim().min(2).max(40)).max(10),
});
export type UpdateVolunteerProfile = z.infer<typeof UpdateVolunteerProfileSchema>;

// ─── Volunteer charter, signed in the app before any home visit ────────────────────────────────────

export const CharterSchema = z.object({
  version: z.number().int(),
  title: z.string(),
  text: z.string(),
  /** When the caller signed this version; null when not signed yet. */
  signedAt: z.string().nullable(),
});
export type Charter = z.infer<typeof CharterSchema>;

export const SignCharterSchema = z.object({
  accepted: z.literal(true, { error: 'Cochez la case pour accepter la charte.' }),
  /** The version the volunteer read; refused when a newer one has replaced it meanwhile. */
  version: z.number().int().min(1).optional(),
});
export type SignCharter = z.infer<typeof SignCharterSchema>;

export const CharterSignatureSchema = z.object({
  id: IdSchema,
  volunteerId: IdSchema,
  version: z.number().int(),
  signedAt: z.string(),
});
export type CharterSignature = z.infer<typeof CharterSignatureSchema>;

// ─── Eligibility gate for home visits ─────────────────────────────────────────────────────────────

export const TrainingRefSchema = z.object({ courseId: IdSchema, title: z.string() });
export type TrainingRef = z.infer<typeof TrainingRefSchema>;

export const EligibilitySchema = z.object({
  volunteerId: IdSchema,
  /** Active volunteer, current charter signed and every required training completed. */
  eligible: z.boolean(),
  active: z.boolean(),
  charterSigned: z.boolean(),
  missingTrainings: z.array(TrainingRefSchema),
});
export type Eligibility = z.infer<typeof EligibilitySchema>;

/** Every volunteer of a centre with their standing (one request for the booking page). */
export const CentreEligibilitySchema = z.object({
  centreId: IdSchema,
  volunteers: z.array(EligibilitySchema),
});
export type CentreEligibility = z.infer<typeof CentreEligibilitySchema>;

export const RequiredTrainingsSchema = z.object({
  centreId: IdSchema,
  /** `centre`: the centre chose its list; `default`: the federation's trainings marked required for visits. */
  source: z.enum(['centre', 'default']),
  trainings: z.array(TrainingRefSchema),
});
export type RequiredTrainings = z.infer<typeof RequiredTrainingsSchema>;

/** An empty list gives the centre back the federation's default. */
export const UpdateRequiredTrainingsSchema = z.object({
  courseIds: z.array(IdSchema).max(20),
});
export type UpdateRequiredTrainings = z.infer<typeof UpdateRequiredTrainingsSchema>;

// ─── Availability: weekly windows in Paris time, plus exceptions ───────────────────────────────────

/** A wall-clock time in Paris, 'HH:MM' (24 h). */
export const WallTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Heure attendue au format HH:MM.');

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const WeekdaySchema = z.number().int().min(1).max(7);

export const AvailabilityWindowSchema = z.object({
  weekday: WeekdaySchema,
  startsAt: WallTimeSchema,
  endsAt: WallTimeSchema,
});
export type AvailabilityWindow = z.infer<typeof AvailabilityWindowSchema>;

export const AvailabilityExceptionSchema = z.object({
  id: IdSchema,
  startsOn: DateOnlySchema,
  endsOn: DateOnlySchema,
  reason: z.string().nullable(),
});
export type AvailabilityException = z.infer<typeof AvailabilityExceptionSchema>;

export const AvailabilitySchema = z.object({
  volunteerId: IdSchema,
  windows: z.array(AvailabilityWindowSchema),
  /** Exceptions that have not ended yet, soonest first. */
  exceptions: z.array(AvailabilityExceptionSchema),
});
export type Availability = z.infer<typeof AvailabilitySchema>;

/** Index pairs of windows that overlap on the same weekday (touching windows do not overlap). */
export function overlappingWindows(windows: readonly AvailabilityWindow[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  windows.forEach((a, i) =>
    windows.forEach((b, j) => {
      if (j > i && a.weekday === b.weekday && a.startsAt < b.endsAt && b.startsAt < a.endsAt)
        pairs.push([i, j]);
    }),
  );
  return pairs;
}

/** The whole set of weekly windows, replaced at once (PUT). */
export const UpdateAvailabilityWindowsSchema = z
  .object({ windows: z.array(AvailabilityWindowSchema).max(30) })
  .superRefine((v, ctx) => {
    // Times in a wrong format are reported once, by their own field.
    const wellFormed = v.windows.every((w) => AvailabilityWindowSchema.safeParse(w).success);
    if (!wellFormed) return;
    v.windows.forEach((w, i) => {
      if (w.endsAt <= w.startsAt)
        ctx.addIssue({
          code: 'custom',
          path: ['windows', i, 'endsAt'],
          message: 'La fin doit suivre le début.',
        });
    });
    for (const [, j] of overlappingWindows(v.windows))
      ctx.addIssue({
        code: 'custom',
        path: ['windows', j, 'startsAt'],
        message: 'Ce créneau chevauche un autre créneau du même jour.',
      });
  });
export type UpdateAvailabilityWindows = z.infer<typeof UpdateAvailabilityWindowsSchema>;

export const CreateAvailabilityExceptionSchema = z
  .object({
    startsOn: DateOnlySchema,
    endsOn: DateOnlySchema,
    reason: z.string().trim().max(200).nullable().optional(),
  })
  .superRefine((v, ctx) => {
    if (!DateOnlySchema.safeParse(v.startsOn).success || !DateOnlySchema.safeParse(v.endsOn).success) return;
    if (v.endsOn < v.startsOn)
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'La fin ne peut pas précéder le début.' });
  });
export type CreateAvailabilityException = z.infer<typeof CreateAvailabilityExceptionSchema>;

/** Longest period the available slots are computed for at once. */
export const AVAILABLE_SLOTS_MAX_DAYS = 62;

export const AvailableSlotsQuerySchema = z
  .object({ from: DateOnlySchema, to: DateOnlySchema })
  .superRefine((v, ctx) => {
    if (!DateOnlySchema.safeParse(v.from).success || !DateOnlySchema.safeParse(v.to).success) return;
    if (v.to < v.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'La fin ne peut pas précéder le début.' });
      return;
    }
    const days = (Date.parse(`${v.to}T00:00:00Z`) - Date.parse(`${v.from}T00:00:00Z`)) / 86_400_000 + 1;
    if (days > AVAILABLE_SLOTS_MAX_DAYS)
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `Choisissez une période de ${AVAILABLE_SLOTS_MAX_DAYS} jours au plus.`,
      });
  });
export type AvailableSlotsQuery = z.infer<typeof AvailableSlotsQuerySchema>;

export const AvailableSlotSchema = z.object({ start: z.string(), end: z.string() });
export const AvailableSlotsSchema = z.object({
  volunteerId: IdSchema,
  from: DateOnlySchema,
  to: DateOnlySchema,
  /** Instants (ISO 8601, UTC) inside the weekly windows, minus exceptions and French public holidays. */
  slots: z.array(AvailableSlotSchema),
});
export type AvailableSlots = z.infer<typeof AvailableSlotsSchema>;
