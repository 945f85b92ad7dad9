import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Home coaching visits and their recurring series. Two exclusion constraints are the rules that must
 * never break: a volunteer, and a senior, never has two non-cancelled visits whose busy ranges (the
 * visit widened by its travel buffer) overlap — whatever the number of API instances racing (ADR 0013).
 */
export class Visits1765008000000 implements MigrationInterface {
  name = 'Visits1765008000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    // timestamptz ± interval is only STABLE in general (a '1 day' depends on the time zone), so a
    // generated column cannot use it directly. Half the buffer on each side, in seconds only, is truly
    // time-zone independent: declaring this function IMMUTABLE is honest. Two visits with 30-minute
    // buffers must then be 30 minutes apart.
    await q.query(`
      CREATE FUNCTION visit_busy_range(starts_at timestamptz, ends_at timestamptz, buffer_minutes int)
      RETURNS tstzrange LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT tstzrange(starts_at - make_interval(secs => buffer_minutes * 30),
                         ends_at + make_interval(secs => buffer_minutes * 30), '[)')
      $$`);
    await q.query(`
      CREATE TABLE visit_series (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        centre_id uuid NOT NULL REFERENCES centres(id),
        senior_id uuid NOT NULL,
        volunteer_id uuid NOT NULL,
        rrule text NOT NULL,
        starts_at timestamptz NOT NULL,
        local_time text NOT NULL,
        duration_minutes int NOT NULL,
        timezone text NOT NULL DEFAULT 'Europe/Paris',
        travel_buffer_minutes int NOT NULL DEFAULT 30,
        place text NOT NULL DEFAULT 'home',
        place_note text NULL,
        purpose jsonb NOT NULL DEFAULT '{}',
        previous_series_id uuid NULL REFERENCES visit_series(id),
        created_by_id uuid NULL REFERENCES people(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        ended_at timestamptz NULL,
        CONSTRAINT visit_series_id_centre_unique UNIQUE (id, centre_id),
        CONSTRAINT visit_series_volunteer_in_centre FOREIGN KEY (volunteer_id, centre_id) REFERENCES people (id, centre_id),
        CONSTRAINT visit_series_senior_in_centre FOREIGN KEY (senior_id, centre_id) REFERENCES people (id, centre_id),
        CONSTRAINT visit_series_duration_sensible CHECK (duration_minutes BETWEEN 15 AND 480),
        CONSTRAINT visit_series_buffer_sensible CHECK (travel_buffer_minutes BETWEEN 0 AND 240),
        CONSTRAINT visit_series_place_known CHECK (place IN ('home', 'centre')),
        CONSTRAINT visit_series_local_time_format CHECK (local_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$')
      )`);
    await q.query(`CREATE INDEX visit_series_centre_idx ON visit_series (centre_id, created_at)`);
    await q.query(`
      CREATE TABLE visits (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        centre_id uuid NOT NULL REFERENCES centres(id),
        senior_id uuid NOT NULL,
        volunteer_id uuid NOT NULL,
        series_id uuid NULL,
        occurrence_key timestamptz NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        travel_buffer_minutes int NOT NULL DEFAULT 30,
        busy tstzrange GENERATED ALWAYS AS (visit_busy_range(starts_at, ends_at, travel_buffer_minutes)) STORED,
        place text NOT NULL DEFAULT 'home',
        place_note text NULL,
        purpose jsonb NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'planned',
        outcome text NULL,
        cancelled_reason text NULL,
        created_by_id uuid NULL REFERENCES people(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT visits_volunteer_in_centre FOREIGN KEY (volunteer_id, centre_id) REFERENCES people (id, centre_id),
        CONSTRAINT visits_senior_in_centre FOREIGN KEY (senior_id, centre_id) REFERENCES people (id, centre_id),
        CONSTRAINT visits_series_in_centre FOREIGN KEY (series_id, centre_id) REFERENCES visit_series (id, centre_id),
        CONSTRAINT visits_ends_after_start CHECK (ends_at > starts_at),
        CONSTRAINT visits_buffer_sensible CHECK (travel_buffer_minutes BETWEEN 0 AND 240),
        CONSTRAINT visits_place_known CHECK (place IN ('home', 'centre')),
        CONSTRAINT visits_status_known CHECK (status IN ('planned', 'done', 'cancelled')),
        CONSTRAINT visits_outcome_known CHECK (outcome IS NULL OR outcome IN
          ('done', 'not_home', 'tablet_not_charged', 'cancelled_by_senior', 'cancelled_by_volunteer', 'no_show')),
        CONSTRAINT visits_occurrence_only_in_series CHECK (series_id IS NOT NULL OR occurrence_key IS NULL),
        CONSTRAINT visits_volunteer_is_not_the_senior CHECK (volunteer_id <> senior_id),
        CONSTRAINT no_overlapping_visits_per_volunteer
          EXCLUDE USING gist (volunteer_id WITH =, busy WITH &&) WHERE (status <> 'cancelled'),
        CONSTRAINT no_overlapping_visits_per_senior
          EXCLUDE USING gist (senior_id WITH =, busy WITH &&) WHERE (status <> 'cancelled')
      )`);
    await q.query(
      `CREATE UNIQUE INDEX one_visit_per_series_occurrence ON visits (series_id, occurrence_key) WHERE series_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX visits_centre_time_idx ON visits (centre_id, starts_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE visits`);
    await q.query(`DROP TABLE visit_series`);
    await q.query(`DROP FUNCTION visit_busy_range(timestamptz, timestamptz, int)`);
  }
}
