import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { CourseContent, Observation, Step } from '@passerelle/contracts';
import { addDays, isoWeekday, parisWallTimeToUtc } from '../../common/calendar';
import { deriveProgress, nextStepState, type StepState } from '../../learning/completion-rules';

const COACHED_COURSE = 'prendre-en-main-sa-tablette';

/** Camille's windows: Tuesday and Thursday afternoons, Paris time (see volunteers-demo.ts). */
const VISIT_WEEKDAYS = [2, 4];
const VISIT_TIME = '14:00';
const VISIT_MINUTES = 90;

/**
 * Demo home visits for Camille's seniors, relative to today: the last two weeks (done, with reports,
 * except the latest one left without a report so the coordination's alert shows) and this week and
 * next (planned). One visit per afternoon, inside her windows: the exclusion constraints hold.
 */
export async function seedDemoVisits(
  manager: EntityManager,
  volunteerEmail: string,
  today: string,
  now = new Date(),
): Promise<number> {
  const seniors: Array<{ senior_id: string; volunteer_id: string; centre_id: string }> = await manager.query(
    `SELECT a.senior_id, a.volunteer_id, a.centre_id
       FROM coaching_assignments a JOIN people v ON v.id = a.volunteer_id JOIN people s ON s.id = a.senior_id
      WHERE v.email = $1 AND a.ended_at IS NULL AND s.active
      ORDER BY s.last_name, s.first_name`,
    [volunteerEmail],
  );
  if (seniors.length === 0) return 0;
  const days: string[] = [];
  for (let offset = -14; offset <= 13; offset++) {
    const day = addDays(today, offset);
    if (VISIT_WEEKDAYS.includes(isoWeekday(day))) days.push(day);
  }
  const visits = days.map((day, index) => {
    const startsAt = parisWallTimeToUtc(day, VISIT_TIME);
    const endsAt = new Date(startsAt.getTime() + VISIT_MINUTES * 60_000);
    return { ...seniors[index % seniors.length]!, startsAt, endsAt, past: endsAt < now };
  });
  const lastPast = visits.filter((v) => v.past).at(-1);
  const inserted: Array<{ id: string; reported: boolean }> = await manager.query(
    `INSERT INTO visits (centre_id, senior_id, volunteer_id, starts_at, ends_at, status, outcome, purpose)
     SELECT d.centre_id, d.senior_id, d.volunteer_id, d.starts_at, d.ends_at,
            CASE WHEN d.reported THEN 'done' ELSE 'planned' END,
            CASE WHEN d.reported THEN 'done' END,
            jsonb_build_object('courseIds', (SELECT coalesce(jsonb_agg(c.id), '[]'::jsonb) FROM courses c
                                              WHERE c.slug = $7),
                               'lessonKeys', '[]'::jsonb, 'note', 'Appeler la famille en vidéo, revoir les premiers gestes')
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamptz[], $5::timestamptz[], $6::boolean[])
            AS d(centre_id, senior_id, volunteer_id, starts_at, ends_at, reported)
     RETURNING id, status = 'done' AS reported`,
    [
      visits.map((v) => v.centre_id),
      visits.map((v) => v.senior_id),
      visits.map((v) => v.volunteer_id),
      visits.map((v) => v.startsAt.toISOString()),
      visits.map((v) => v.endsAt.toISOString()),
      visits.map((v) => v.past && v !== lastPast),
      COACHED_COURSE,
    ],
  );
  const reported = inserted.filter((v) => v.reported).map((v) => v.id);
  await manager.query(
    `INSERT INTO visit_reports (visit_id, centre_id, volunteer_id, client_report_id, content_hash, outcome,
                                actual_minutes, notes, place_type, autonomy_level, equipment_used, themes,
                                device_id, submitted_by_id, submitted_at)
     SELECT v.id, v.centre_id, v.volunteer_id, gen_random_uuid(), 'seed', 'done', 80,
            'Appel vidéo réussi avec sa fille ; à revoir : les pièces jointes.', 'home', 'with_help',
            ARRAY['loaned_tablet'], ARRAY['video_call', 'messages'],
            (SELECT l.device_id FROM loans l JOIN devices d ON d.id = l.device_id
              WHERE l.person_id = v.senior_id AND l.returned_at IS NULL AND d.kind = 'tablet' LIMIT 1),
            v.volunteer_id, v.ends_at + interval '2 hours'
       FROM visits v WHERE v.id = ANY($1::uuid[])`,
    [reported],
  );
  await seedObservedSkills(manager, reported);
  return inserted.length;
}

/**
 * What Camille saw her seniors do at the reported visits, stored as a report does it: an observed
 * learning record per visit (visit, volunteer and tablet stamped), the step's state and the senior's
 * progress in the course, derived by the same rules as the learning service.
 */
async function seedObservedSkills(manager: EntityManager, visitIds: string[]): Promise<void> {
  const [course]: Array<{ id: string; version: number; content: CourseContent }> = await manager.query(
    `SELECT c.id, v.version, v.content FROM courses c
       JOIN course_versions v ON v.course_id = c.id AND v.status = 'published'
      WHERE c.slug = $1`,
    [COACHED_COURSE],
  );
  if (!course) return;
  const steps = course.content.modules.flatMap((m) => m.lessons.flatMap((l) => l.steps));
  const observable = steps.filter((s) => s.type === 'observation');
  if (observable.length === 0) return;
  const visits: Array<{
    id: string;
    centre_id: string;
    senior_id: string;
    volunteer_id: string;
    starts_at: Date;
    device_id: string | null;
  }> = await manager.query(
    `SELECT v.id, v.centre_id, v.senior_id, v.volunteer_id, v.starts_at, r.device_id
       FROM visits v JOIN visit_reports r ON r.visit_id = v.id
      WHERE v.id = ANY($1::uuid[]) ORDER BY v.starts_at`,
    [visitIds],
  );
  const states = new Map<string, Map<string, StepState>>();
  const seen = new Map<string, number>();
  for (const [index, visit] of visits.entries()) {
    // Each senior's visits go through the observation steps in order; most are done alone.
    const n = seen.get(visit.senior_id) ?? 0;
    seen.set(visit.senior_id, n + 1);
    const step = observable[n % observable.length]!;
    const observation: Observation = index % 3 === 2 ? 'with_help' : 'alone';
    const recordId = randomUUID();
    const context = { visitId: visit.id, instructorId: visit.volunteer_id };
    await manager.query(
      `INSERT INTO learning_records
         (id, centre_id, person_id, course_id, course_version, step_key, verb, result, context, device_id,
          loan_id, visit_id, instructor_id, sent_by_id, occurred_at, content_hash)
       VALUES ($1, $2, $3, $4, $5, $6, 'observed', $7, $8, $9::uuid,
               (SELECT l.id FROM loans l WHERE l.device_id = $9::uuid AND l.person_id = $3 AND l.returned_at IS NULL LIMIT 1),
               $10, $11, $11, $12, $13)`,
      [
        recordId,
        visit.centre_id,
        visit.senior_id,
        course.id,
        course.version,
        step.key,
        JSON.stringify({ response: observation }),
        JSON.stringify(context),
        visit.device_id,
        visit.id,
        visit.volunteer_id,
        new Date(visit.starts_at).toISOString(),
        createHash('sha256').update(`seed:${recordId}`).digest('hex'),
      ],
    );
    const mine = states.get(visit.senior_id) ?? new Map<string, StepState>();
    states.set(visit.senior_id, mine);
    const next = nextStepState(step as Step, mine.get(step.key) ?? null, { verb: 'observed', observation });
    if (!next) continue;
    mine.set(step.key, next);
    await manager.query(
      `INSERT INTO step_states (person_id, course_id, step_key, centre_id, status, complete, score, attempts, observation)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (person_id, course_id, step_key) DO UPDATE
         SET status = EXCLUDED.status, complete = EXCLUDED.complete, score = EXCLUDED.score,
             attempts = EXCLUDED.attempts, observation = EXCLUDED.observation`,
      [
        visit.senior_id,
        course.id,
        step.key,
        visit.centre_id,
        next.status,
        next.complete,
        next.score,
        next.attempts,
        next.observation,
      ],
    );
  }
  for (const [seniorId, mine] of states) {
    const derived = deriveProgress(course.content, mine);
    await manager.query(
      `UPDATE enrolments SET status = $3, percent = $4, resume_step_key = $5, updated_at = now()
        WHERE person_id = $1 AND course_id = $2 AND status <> 'completed'`,
      [seniorId, course.id, derived.status, derived.percent, derived.resumeStepKey],
    );
  }
}
