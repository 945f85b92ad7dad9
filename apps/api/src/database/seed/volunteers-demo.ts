import type { EntityManager } from 'typeorm';
import type { AvailabilityWindow, TravelMode } from '@passerelle/contracts';
import { newCertificateCode } from '../../learning/certificates.service';
import { CHARTER_VERSION } from '../../volunteers/charter';

/** The two trainings every demo centre requires before home visits (flagged in the course seeds). */
const ACCOMPAGNER = 'accompagner-un-senior-a-domicile';
const LIMITES = 'limites-du-role-et-donnees-personnelles';

export interface DemoVolunteer {
  email: string;
  towns: string[];
  travelMode: TravelMode;
  maxVisitsPerWeek: number;
  languages: string[];
  windows: AvailabilityWindow[];
  charterSigned: boolean;
  /** Course seed keys of the required trainings already completed. */
  completed: string[];
}

const afternoon = (weekday: number, startsAt = '14:00', endsAt = '17:00') => ({ weekday, startsAt, endsAt });
const morning = (weekday: number, startsAt = '09:30', endsAt = '12:00') => ({ weekday, startsAt, endsAt });

/**
 * Who may already make home visits in the demo: most volunteers are ready; Thomas still misses
 * « Limites du rôle et données personnelles », Sylvie « Accompagner un senior à domicile », Inès is
 * half-way through both, and Ana has neither trained nor signed the charter.
 */
export const DEMO_VOLUNTEERS: DemoVolunteer[] = [
  {
    email: 'camille.dubois@passerelle.demo',
    towns: ['Lille', 'Faches-Thumesnil'],
    travelMode: 'public_transport',
    maxVisitsPerWeek: 4,
    languages: ['français', 'anglais'],
    windows: [afternoon(2), afternoon(4)],
    charterSigned: true,
    completed: [ACCOMPAGNER, LIMITES],
  },
  {
    email: 'thomas.lefebvre@passerelle.demo',
    towns: ['Hellemmes', 'Lille', 'Mons-en-Barœul'],
    travelMode: 'bike',
    maxVisitsPerWeek: 2,
    languages: ['français', 'anglais'],
    windows: [afternoon(3, '14:00', '18:00')],
    charterSigned: true,
    completed: [ACCOMPAGNER],
  },
  {
    email: 'yasmine.haddad@passerelle.demo',
    towns: ['Lille'],
    travelMode: 'foot',
    maxVisitsPerWeek: 3,
    languages: ['français', 'arabe'],
    windows: [morning(1), afternoon(5)],
    charterSigned: true,
    completed: [ACCOMPAGNER, LIMITES],
  },
  {
    email: 'bernard.kaczmarek@passerelle.demo',
    towns: ['Lomme', 'Lambersart', 'Lille'],
    travelMode: 'bike',
    maxVisitsPerWeek: 3,
    languages: ['français', 'polonais'],
    windows: [morning(2), morning(4)],
    charterSigned: true,
    completed: [ACCOMPAGNER, LIMITES],
  },
  {
    email: 'ana.pereira@passerelle.demo',
    towns: ['Ronchin', 'Lille'],
    travelMode: 'car',
    maxVisitsPerWeek: 2,
    languages: ['français', 'portugais'],
    windows: [morning(6, '09:30', '12:30')],
    charterSigned: false,
    completed: [],
  },
  {
    email: 'karim.mansouri@passerelle.demo',
    towns: ['Roubaix', 'Croix'],
    travelMode: 'public_transport',
    maxVisitsPerWeek: 3,
    languages: ['français', 'arabe', 'kabyle'],
    windows: [afternoon(1), afternoon(3)],
    charterSigned: true,
    completed: [ACCOMPAGNER, LIMITES],
  },
  {
    email: 'ines.ferreira@passerelle.demo',
    towns: ['Tourcoing', 'Roubaix'],
    travelMode: 'public_transport',
    maxVisitsPerWeek: 4,
    languages: ['français', 'portugais'],
    windows: [morning(2, '10:00', '12:00'), morning(3, '10:00', '12:00'), morning(4, '10:00', '12:00')],
    charterSigned: true,
    completed: [],
  },
  {
    email: 'lucas.delannoy@passerelle.demo',
    towns: ['Croix', 'Wasquehal', 'Roubaix'],
    travelMode: 'bike',
    maxVisitsPerWeek: 1,
    languages: ['français'],
    windows: [morning(6, '10:00', '12:00')],
    charterSigned: true,
    completed: [ACCOMPAGNER, LIMITES],
  },
  {
    email: 'lea.fontaine@passerelle.demo',
    towns: ['Saint-Omer', 'Arques'],
    travelMode: 'foot',
    maxVisitsPerWeek: 2,
    languages: ['français', 'anglais'],
    windows: [afternoon(3), afternoon(5)],
    charterSigned: true,
    completed: [ACCOMPAGNER, LIMITES],
  },
  {
    email: 'mathieu.bonvarlet@passerelle.demo',
    towns: ['Longuenesse', 'Arques', 'Blendecques', 'Helfaut'],
    travelMode: 'car',
    maxVisitsPerWeek: 4,
    languages: ['français'],
    windows: [morning(1, '09:00', '12:00'), afternoon(4)],
    charterSigned: true,
    completed: [ACCOMPAGNER, LIMITES],
  },
  {
    email: 'sylvie.ducrocq@passerelle.demo',
    towns: ['Arques'],
    travelMode: 'foot',
    maxVisitsPerWeek: 3,
    languages: ['français'],
    windows: [afternoon(2, '14:00', '16:30')],
    charterSigned: true,
    completed: [LIMITES],
  },
];

/**
 * Profiles, weekly windows, charter signatures and completed trainings (with their attestations)
 * for the demo volunteers. Bulk statements only: the seeder stays fast.
 */
export async function seedDemoVolunteers(
  manager: EntityManager,
  courseIds: Map<string, string>,
): Promise<{ profiles: number; completedTrainings: number }> {
  const profiles: unknown[] = await manager.query(
    `INSERT INTO volunteer_profiles (volunteer_id, centre_id, towns, travel_mode, max_visits_per_week, languages)
     SELECT p.id, p.centre_id,
            ARRAY(SELECT jsonb_array_elements_text(d.towns)), d.travel_mode, d.max_visits,
            ARRAY(SELECT jsonb_array_elements_text(d.languages))
       FROM jsonb_to_recordset($1::jsonb) AS d(email text, towns jsonb, travel_mode text, max_visits int, languages jsonb)
       JOIN people p ON p.email = d.email
     RETURNING volunteer_id`,
    [
      JSON.stringify(
        DEMO_VOLUNTEERS.map((v) => ({
          email: v.email,
          towns: v.towns,
          travel_mode: v.travelMode,
          max_visits: v.maxVisitsPerWeek,
          languages: v.languages,
        })),
      ),
    ],
  );
  const windows = DEMO_VOLUNTEERS.flatMap((v) => v.windows.map((w) => ({ email: v.email, ...w })));
  await manager.query(
    `INSERT INTO availability_windows (centre_id, volunteer_id, weekday, starts_at, ends_at)
     SELECT p.centre_id, p.id, w.weekday, w.starts_at::time, w.ends_at::time
       FROM unnest($1::text[], $2::int[], $3::text[], $4::text[]) AS w(email, weekday, starts_at, ends_at)
       JOIN people p ON p.email = w.email`,
    [
      windows.map((w) => w.email),
      windows.map((w) => w.weekday),
      windows.map((w) => w.startsAt),
      windows.map((w) => w.endsAt),
    ],
  );
  await manager.query(
    `INSERT INTO volunteer_charter_signatures (centre_id, volunteer_id, charter_version, accepted_at)
     SELECT p.centre_id, p.id, $2, now() - interval '30 days' FROM people p WHERE p.email = ANY($1::text[])`,
    [DEMO_VOLUNTEERS.filter((v) => v.charterSigned).map((v) => v.email), CHARTER_VERSION],
  );
  const done = DEMO_VOLUNTEERS.flatMap((v) =>
    v.completed.map((key) => {
      const courseId = courseIds.get(key);
      if (!courseId) throw new Error(`Unknown demo course ${key}`);
      return { email: v.email, courseId };
    }),
  );
  const [completed]: [Array<{ person_id: string; course_id: string }>, number] = await manager.query(
    `UPDATE enrolments e
        SET status = 'completed', percent = 100, resume_step_key = NULL,
            completed_at = now() - interval '21 days', updated_at = now() - interval '21 days'
       FROM unnest($1::text[], $2::uuid[]) AS d(email, course_id)
       JOIN people p ON p.email = d.email
      WHERE e.person_id = p.id AND e.course_id = d.course_id
     RETURNING e.person_id, e.course_id`,
    [done.map((d) => d.email), done.map((d) => d.courseId)],
  );
  // Half-way through: what the volunteer trainings page shows for someone still learning.
  await manager.query(
    `UPDATE enrolments e SET status = 'in_progress', percent = 40, updated_at = now() - interval '5 days'
       FROM people p WHERE e.person_id = p.id AND p.email = 'ines.ferreira@passerelle.demo'`,
  );
  // A completed training comes with its attestation, as when finished in the app.
  await manager.query(
    `INSERT INTO certificates (code, centre_id, person_id, course_id, course_version, learner_name, course_title,
                               centre_name, duration_minutes, competences, issued_at)
     SELECT d.code, p.centre_id, p.id, v.course_id, v.version, p.first_name || ' ' || p.last_name, v.title,
            ce.name, v.estimated_minutes,
            (SELECT coalesce(jsonb_agg(jsonb_build_object('code', c.code, 'area', c.area, 'title', c.title)
                                       ORDER BY c.code), '[]'::jsonb)
               FROM competences c WHERE c.code = ANY(v.competence_codes)),
            now() - interval '21 days'
       FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS d(person_id, course_id, code)
       JOIN people p ON p.id = d.person_id
       JOIN centres ce ON ce.id = p.centre_id
       JOIN course_versions v ON v.course_id = d.course_id AND v.status = 'published'`,
    [
      completed.map((c) => c.person_id),
      completed.map((c) => c.course_id),
      completed.map(() => newCertificateCode()),
    ],
  );
  return { profiles: profiles.length, completedTrainings: completed.length };
}
