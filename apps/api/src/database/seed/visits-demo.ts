import type { EntityManager } from 'typeorm';
import { addDays, isoWeekday, parisWallTimeToUtc } from '../../common/calendar';

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
                                              WHERE c.slug = 'prendre-en-main-sa-tablette'),
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
  return inserted.length;
}
