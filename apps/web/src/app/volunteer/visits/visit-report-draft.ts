import {
  AUTONOMY_LEVELS,
  EQUIPMENT_USED,
  OBSERVATIONS,
  REPORT_PLACE_TYPES,
  VISIT_OUTCOMES,
  VISIT_REPORT_NOTES_MAX,
  VISIT_THEMES,
  type AutonomyLevel,
  type EquipmentUsed,
  type Observation,
  type ReportPlaceType,
  type SubmitVisitReport,
  type Visit,
  type VisitOutcome,
  type VisitTheme,
} from '@passerelle/contracts';
import { newId } from '../../shared/learning/learning-outbox.service';
import { type LessonChoice, type ObservationChoice, choiceKey } from './visit-courses';

export const REPORT_DRAFT_PREFIX = 'passerelle.visitReport.';
export const MAX_ACTUAL_MINUTES = 480;
export const MAX_NOTES_LENGTH = VISIT_REPORT_NOTES_MAX;

/** Outcomes of a visit that took place: only then are skills observed and autonomy asked. */
const TOOK_PLACE: readonly VisitOutcome[] = ['done', 'tablet_not_charged'];

export function visitTookPlace(outcome: VisitOutcome | null): boolean {
  return outcome !== null && TOOK_PLACE.includes(outcome);
}

/** What the volunteer has typed so far, as kept on the phone until the report is accepted. */
export interface VisitReportDraft {
  /** Made once per draft: sending the same report twice (a retry) is recognised by the API. */
  clientReportId: string;
  outcome: VisitOutcome | null;
  /** As typed, so a half-typed number survives a reload. */
  actualMinutes: string;
  /** `choiceKey(courseId, lessonKey)` of the lessons worked on. */
  lessons: string[];
  /** By `choiceKey(courseId, stepKey)`; the record id is kept so a retry records nothing twice. */
  observations: Record<string, { recordId: string; observation: Observation }>;
  notes: string;
  placeType: ReportPlaceType | null;
  autonomyLevel: AutonomyLevel | null;
  equipmentUsed: EquipmentUsed[];
  themes: VisitTheme[];
}

export const REPORT_FIELDS = ['outcome', 'actualMinutes', 'notes', 'placeType', 'autonomyLevel'] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];

export function emptyDraft(visit: Pick<Visit, 'startsAt' | 'endsAt' | 'place'>): VisitReportDraft {
  const minutes = Math.round((Date.parse(visit.endsAt) - Date.parse(visit.startsAt)) / 60_000);
  return {
    clientReportId: newId(),
    outcome: null,
    actualMinutes: String(minutes),
    lessons: [],
    observations: {},
    notes: '',
    placeType: visit.place === 'centre' ? 'centre' : 'home',
    autonomyLevel: null,
    equipmentUsed: [],
    themes: [],
  };
}

function oneOf<T extends string>(values: readonly T[], value: unknown): T | null {
  return values.find((v) => v === value) ?? null;
}

function someOf<T extends string>(values: readonly T[], list: unknown): T[] {
  return Array.isArray(list) ? values.filter((v) => list.includes(v)) : [];
}

/** The stored draft, checked field by field: storage is the user's, it may hold anything. */
export function readDraft(visitId: string): VisitReportDraft | null {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(REPORT_DRAFT_PREFIX + visitId) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return null;
    const d = raw as Record<string, unknown>;
    if (typeof d['clientReportId'] !== 'string') return null;
    const observations: VisitReportDraft['observations'] = {};
    const stored = d['observations'];
    if (typeof stored === 'object' && stored !== null) {
      for (const [key, value] of Object.entries(stored as Record<string, unknown>)) {
        const entry = value as { recordId?: unknown; observation?: unknown } | null;
        const observation = oneOf(OBSERVATIONS, entry?.observation);
        if (typeof entry?.recordId === 'string' && observation)
          observations[key] = { recordId: entry.recordId, observation };
      }
    }
    return {
      clientReportId: d['clientReportId'],
      outcome: oneOf(VISIT_OUTCOMES, d['outcome']),
      actualMinutes: typeof d['actualMinutes'] === 'string' ? d['actualMinutes'] : '',
      lessons: Array.isArray(d['lessons'])
        ? d['lessons'].filter((l): l is string => typeof l === 'string')
        : [],
      observations,
      notes: typeof d['notes'] === 'string' ? d['notes'] : '',
      placeType: oneOf(REPORT_PLACE_TYPES, d['placeType']),
      autonomyLevel: oneOf(AUTONOMY_LEVELS, d['autonomyLevel']),
      equipmentUsed: someOf(EQUIPMENT_USED, d['equipmentUsed']),
      themes: someOf(VISIT_THEMES, d['themes']),
    };
  } catch {
    return null;
  }
}

export function saveDraft(visitId: string, draft: VisitReportDraft): void {
  try {
    localStorage.setItem(REPORT_DRAFT_PREFIX + visitId, JSON.stringify(draft));
  } catch {
    // Storage full or refused (private browsing): the form still works, without the safety net.
  }
}

export function clearDraft(visitId: string): void {
  try {
    localStorage.removeItem(REPORT_DRAFT_PREFIX + visitId);
  } catch {
    // Nothing to clear when storage is refused.
  }
}

export type ReportCheck = { ok: true; body: SubmitVisitReport } | { ok: false; errors: ReportField[] };

/** The request body, or the fields to fix; only the lessons and steps still offered are sent. */
export function toReportBody(
  draft: VisitReportDraft,
  lessons: readonly LessonChoice[],
  observations: readonly ObservationChoice[],
): ReportCheck {
  const errors: ReportField[] = [];
  const minutesText = draft.actualMinutes.trim();
  const minutes = /^\d{1,4}$/.test(minutesText) ? Number(minutesText) : Number.NaN;
  if (!draft.outcome) errors.push('outcome');
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > MAX_ACTUAL_MINUTES) errors.push('actualMinutes');
  if (draft.notes.length > MAX_NOTES_LENGTH) errors.push('notes');
  if (!draft.placeType) errors.push('placeType');
  const tookPlace = visitTookPlace(draft.outcome);
  if (tookPlace && !draft.autonomyLevel) errors.push('autonomyLevel');
  if (errors.length > 0 || !draft.outcome || !draft.placeType) return { ok: false, errors };
  const notes = draft.notes.trim();
  return {
    ok: true,
    body: {
      clientReportId: draft.clientReportId,
      outcome: draft.outcome,
      actualMinutes: minutes,
      lessons: lessons
        .filter((l) => draft.lessons.includes(choiceKey(l.courseId, l.lessonKey)))
        .map((l) => ({ courseId: l.courseId, lessonKey: l.lessonKey })),
      ...(notes === '' ? {} : { notes }),
      placeType: draft.placeType,
      autonomyLevel: tookPlace ? draft.autonomyLevel : null,
      equipmentUsed: draft.equipmentUsed,
      themes: draft.themes,
      // The API refuses observations for a visit that did not take place; the draft keeps them.
      observations: (tookPlace ? observations : []).flatMap((o) => {
        const entry = draft.observations[choiceKey(o.courseId, o.stepKey)];
        return entry
          ? [
              {
                recordId: entry.recordId,
                courseId: o.courseId,
                stepKey: o.stepKey,
                observation: entry.observation,
              },
            ]
          : [];
      }),
    },
  };
}
