import type {
  Visit,
  VisitConflict,
  VisitLesson,
  VisitObservation,
  VisitPurpose,
  VisitReport,
  VisitSeries,
} from '@passerelle/contracts';

export interface VisitRow {
  id: string;
  centre_id: string;
  senior_id: string;
  volunteer_id: string;
  series_id: string | null;
  occurrence_key: Date | null;
  starts_at: Date;
  ends_at: Date;
  travel_buffer_minutes: number;
  place: Visit['place'];
  place_note: string | null;
  purpose: Partial<VisitPurpose>;
  status: Visit['status'];
  outcome: Visit['outcome'];
  cancelled_reason: string | null;
  created_at: Date;
  updated_at: Date;
  senior_first_name: string;
  senior_last_name: string;
  volunteer_first_name: string;
  volunteer_last_name: string;
}

export interface VisitSeriesRow {
  id: string;
  centre_id: string;
  senior_id: string;
  volunteer_id: string;
  rrule: string;
  starts_at: Date;
  local_time: string;
  duration_minutes: number;
  timezone: string;
  travel_buffer_minutes: number;
  place: Visit['place'];
  place_note: string | null;
  purpose: Partial<VisitPurpose>;
  previous_series_id: string | null;
  created_at: Date;
  ended_at: Date | null;
  senior_first_name: string;
  senior_last_name: string;
  volunteer_first_name: string;
  volunteer_last_name: string;
}

export interface ConflictRow extends VisitRow {
  /** Index (1-based) of the requested slot this visit clashes with. */
  slot: string;
}

/** Visits with the names of both people; `centres c` is joined for the manager scope. */
export const VISIT_SELECT = `
  SELECT v.*, s.first_name AS senior_first_name, s.last_name AS senior_last_name,
         w.first_name AS volunteer_first_name, w.last_name AS volunteer_last_name
    FROM visits v
    JOIN centres c ON c.id = v.centre_id
    JOIN people s ON s.id = v.senior_id
    JOIN people w ON w.id = v.volunteer_id`;

export const SERIES_SELECT = `
  SELECT vs.*, s.first_name AS senior_first_name, s.last_name AS senior_last_name,
         w.first_name AS volunteer_first_name, w.last_name AS volunteer_last_name
    FROM visit_series vs
    JOIN centres c ON c.id = vs.centre_id
    JOIN people s ON s.id = vs.senior_id
    JOIN people w ON w.id = vs.volunteer_id`;

const iso = (value: Date) => new Date(value).toISOString();

export function toPurpose(purpose: Partial<VisitPurpose>): VisitPurpose {
  return {
    courseIds: purpose.courseIds ?? [],
    lessonKeys: purpose.lessonKeys ?? [],
    note: purpose.note ?? null,
  };
}

export function toVisit(r: VisitRow): Visit {
  return {
    id: r.id,
    centreId: r.centre_id,
    senior: { id: r.senior_id, firstName: r.senior_first_name, lastName: r.senior_last_name },
    volunteer: { id: r.volunteer_id, firstName: r.volunteer_first_name, lastName: r.volunteer_last_name },
    seriesId: r.series_id,
    occurrenceKey: r.occurrence_key ? iso(r.occurrence_key) : null,
    startsAt: iso(r.starts_at),
    endsAt: iso(r.ends_at),
    travelBufferMinutes: r.travel_buffer_minutes,
    place: r.place,
    placeNote: r.place_note,
    purpose: toPurpose(r.purpose),
    status: r.status,
    outcome: r.outcome,
    cancelledReason: r.cancelled_reason,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

export function toConflict(r: VisitRow, volunteerId: string, seniorId: string): VisitConflict {
  const volunteerBusy = r.volunteer_id === volunteerId;
  const seniorBusy = r.senior_id === seniorId;
  return {
    clash: volunteerBusy && seniorBusy ? 'both' : volunteerBusy ? 'volunteer' : 'senior',
    visit: {
      id: r.id,
      startsAt: iso(r.starts_at),
      endsAt: iso(r.ends_at),
      travelBufferMinutes: r.travel_buffer_minutes,
      senior: { id: r.senior_id, firstName: r.senior_first_name, lastName: r.senior_last_name },
      volunteer: { id: r.volunteer_id, firstName: r.volunteer_first_name, lastName: r.volunteer_last_name },
    },
  };
}

export function toSeries(r: VisitSeriesRow): VisitSeries {
  return {
    id: r.id,
    centreId: r.centre_id,
    senior: { id: r.senior_id, firstName: r.senior_first_name, lastName: r.senior_last_name },
    volunteer: { id: r.volunteer_id, firstName: r.volunteer_first_name, lastName: r.volunteer_last_name },
    rrule: r.rrule,
    startsAt: iso(r.starts_at),
    time: r.local_time,
    durationMinutes: r.duration_minutes,
    timeZone: r.timezone,
    travelBufferMinutes: r.travel_buffer_minutes,
    place: r.place,
    placeNote: r.place_note,
    purpose: toPurpose(r.purpose),
    previousSeriesId: r.previous_series_id,
    endedAt: r.ended_at ? iso(r.ended_at) : null,
    createdAt: iso(r.created_at),
  };
}

const FRENCH_DATE_TIME = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
});

/** "mardi 13 octobre à 14:00", in Paris time, for messages. */
export function frenchTime(instant: string): string {
  return FRENCH_DATE_TIME.format(new Date(instant));
}

export interface VisitReportRow {
  visit_id: string;
  centre_id: string;
  volunteer_id: string;
  volunteer_first_name: string;
  volunteer_last_name: string;
  client_report_id: string;
  outcome: VisitReport['outcome'];
  actual_minutes: number;
  lessons: VisitLesson[];
  notes: string | null;
  place_type: VisitReport['placeType'];
  autonomy_level: VisitReport['autonomyLevel'];
  equipment_used: VisitReport['equipmentUsed'];
  themes: VisitReport['themes'];
  observations: VisitObservation[];
  device_id: string | null;
  submitted_by_id: string;
  submitted_at: Date;
}

/** A report with its volunteer's name and the skills observed (the learning records of that visit). */
export const VISIT_REPORT_SELECT = `
  SELECT r.*, w.first_name AS volunteer_first_name, w.last_name AS volunteer_last_name,
         coalesce((SELECT jsonb_agg(jsonb_build_object('recordId', lr.id, 'courseId', lr.course_id,
                                    'stepKey', lr.step_key, 'observation', lr.result->>'response')
                                    ORDER BY lr.course_id, lr.step_key, lr.id)
                     FROM learning_records lr
                     JOIN visits v ON v.id = r.visit_id
                    WHERE lr.visit_id = r.visit_id AND lr.person_id = v.senior_id AND lr.verb = 'observed'),
                  '[]'::jsonb) AS observations
    FROM visit_reports r
    JOIN people w ON w.id = r.volunteer_id`;

export function toVisitReport(r: VisitReportRow): VisitReport {
  return {
    visitId: r.visit_id,
    centreId: r.centre_id,
    volunteer: { id: r.volunteer_id, firstName: r.volunteer_first_name, lastName: r.volunteer_last_name },
    clientReportId: r.client_report_id,
    outcome: r.outcome,
    actualMinutes: r.actual_minutes,
    lessons: r.lessons,
    notes: r.notes,
    placeType: r.place_type,
    autonomyLevel: r.autonomy_level,
    equipmentUsed: r.equipment_used,
    themes: r.themes,
    observations: r.observations,
    deviceId: r.device_id,
    submittedById: r.submitted_by_id,
    submittedAt: iso(r.submitted_at),
  };
}
