import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Volunteers before home visits: profile (areas, travel, capacity, languages), the charter signed in
 * the app, the trainings each centre requires, and weekly availability with its exceptions.
 */
export class VolunteerProfiles1764921600000 implements MigrationInterface {
  name = 'VolunteerProfiles1764921600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE volunteer_profiles (
        volunteer_id uuid PRIMARY KEY,
        centre_id uuid NOT NULL REFERENCES centres(id),
        towns text[] NOT NULL DEFAULT '{}',
        travel_mode text NULL,
        max_visits_per_week int NULL,
        languages text[] NOT NULL DEFAULT '{}',
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT volunteer_profiles_travel_mode_known
          CHECK (travel_mode IN ('foot', 'bike', 'public_transport', 'car')),
        CONSTRAINT volunteer_profiles_max_visits_positive CHECK (max_visits_per_week > 0),
        CONSTRAINT volunteer_profiles_volunteer_in_centre FOREIGN KEY (volunteer_id, centre_id)
          REFERENCES people (id, centre_id)
      )`);
    await q.query(`
      CREATE TABLE volunteer_charter_signatures (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        centre_id uuid NOT NULL REFERENCES centres(id),
        volunteer_id uuid NOT NULL,
        charter_version int NOT NULL,
        accepted_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT one_signature_per_charter_version UNIQUE (volunteer_id, charter_version),
        CONSTRAINT charter_signatures_volunteer_in_centre FOREIGN KEY (volunteer_id, centre_id)
          REFERENCES people (id, centre_id)
      )`);
    await q.query(`
      CREATE TABLE centre_required_trainings (
        centre_id uuid NOT NULL REFERENCES centres(id),
        course_id uuid NOT NULL REFERENCES courses(id),
        PRIMARY KEY (centre_id, course_id)
      )`);
    await q.query(`
      CREATE TABLE availability_windows (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        centre_id uuid NOT NULL REFERENCES centres(id),
        volunteer_id uuid NOT NULL,
        weekday smallint NOT NULL,
        starts_at time NOT NULL,
        ends_at time NOT NULL,
        CONSTRAINT availability_windows_iso_weekday CHECK (weekday BETWEEN 1 AND 7),
        CONSTRAINT availability_windows_end_after_start CHECK (ends_at > starts_at),
        CONSTRAINT availability_windows_volunteer_in_centre FOREIGN KEY (volunteer_id, centre_id)
          REFERENCES people (id, centre_id)
      )`);
    await q.query(
      `CREATE INDEX availability_windows_volunteer_idx ON availability_windows (volunteer_id, weekday)`,
    );
    await q.query(`
      CREATE TABLE availability_exceptions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        centre_id uuid NOT NULL REFERENCES centres(id),
        volunteer_id uuid NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        reason text NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT availability_exceptions_end_after_start CHECK (ends_on >= starts_on),
        CONSTRAINT availability_exceptions_volunteer_in_centre FOREIGN KEY (volunteer_id, centre_id)
          REFERENCES people (id, centre_id)
      )`);
    await q.query(
      `CREATE INDEX availability_exceptions_volunteer_idx ON availability_exceptions (volunteer_id, ends_on)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE availability_exceptions`);
    await q.query(`DROP TABLE availability_windows`);
    await q.query(`DROP TABLE centre_required_trainings`);
    await q.query(`DROP TABLE volunteer_charter_signatures`);
    await q.query(`DROP TABLE volunteer_profiles`);
  }
}
