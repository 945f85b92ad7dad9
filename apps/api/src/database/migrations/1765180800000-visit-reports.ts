import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Visit reports (one per visit, idempotent by the phone's report id) and secret calendar feeds
 * (only a hash of the token is kept; a new URL revokes the previous one) — ADR 0013.
 */
export class VisitReports1765180800000 implements MigrationInterface {
  name = 'VisitReports1765180800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE visits ADD CONSTRAINT visits_id_centre_unique UNIQUE (id, centre_id)`);
    await q.query(`
      CREATE TABLE visit_reports (
        visit_id uuid PRIMARY KEY,
        centre_id uuid NOT NULL REFERENCES centres(id),
        volunteer_id uuid NOT NULL,
        client_report_id uuid NOT NULL,
        content_hash text NOT NULL,
        outcome text NOT NULL,
        actual_minutes int NOT NULL,
        lessons jsonb NOT NULL DEFAULT '[]',
        notes text NULL,
        place_type text NOT NULL,
        autonomy_level text NULL,
        equipment_used text[] NOT NULL DEFAULT '{}',
        themes text[] NOT NULL DEFAULT '{}',
        device_id uuid NULL REFERENCES devices(id),
        submitted_by_id uuid NOT NULL REFERENCES people(id),
        submitted_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT visit_reports_visit_in_centre FOREIGN KEY (visit_id, centre_id) REFERENCES visits (id, centre_id),
        CONSTRAINT visit_reports_volunteer_in_centre FOREIGN KEY (volunteer_id, centre_id) REFERENCES people (id, centre_id),
        CONSTRAINT one_report_per_client_report_id UNIQUE (client_report_id),
        CONSTRAINT visit_reports_outcome_known CHECK (outcome IN
          ('done', 'not_home', 'tablet_not_charged', 'cancelled_by_senior', 'cancelled_by_volunteer', 'no_show')),
        CONSTRAINT visit_reports_minutes_sensible CHECK (actual_minutes BETWEEN 0 AND 480),
        CONSTRAINT visit_reports_notes_length CHECK (notes IS NULL OR char_length(notes) <= 2000),
        CONSTRAINT visit_reports_place_type_known CHECK (place_type IN ('home', 'centre', 'other')),
        CONSTRAINT visit_reports_autonomy_known CHECK (autonomy_level IS NULL OR autonomy_level IN
          ('discovering', 'with_help', 'autonomous')),
        CONSTRAINT visit_reports_equipment_known CHECK (equipment_used <@
          ARRAY['loaned_tablet', 'own_smartphone', 'own_computer', 'centre_device', 'other']::text[]),
        CONSTRAINT visit_reports_themes_known CHECK (themes <@
          ARRAY['tablet_basics', 'video_call', 'messages', 'photos', 'online_procedures', 'safety', 'other']::text[])
      )`);
    await q.query(`CREATE INDEX visit_reports_centre_idx ON visit_reports (centre_id, submitted_at)`);
    await q.query(
      `CREATE INDEX learning_records_visit_idx ON learning_records (visit_id) WHERE visit_id IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE calendar_feeds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        centre_id uuid NOT NULL REFERENCES centres(id),
        owner_id uuid NULL,
        kind text NOT NULL,
        token_hash text NOT NULL,
        created_by_id uuid NULL REFERENCES people(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz NULL,
        CONSTRAINT calendar_feeds_token_hash_unique UNIQUE (token_hash),
        CONSTRAINT calendar_feeds_owner_in_centre FOREIGN KEY (owner_id, centre_id) REFERENCES people (id, centre_id),
        CONSTRAINT calendar_feeds_kind_known CHECK (kind IN ('volunteer', 'centre')),
        CONSTRAINT calendar_feeds_owner_matches_kind CHECK ((kind = 'volunteer') = (owner_id IS NOT NULL))
      )`);
    // One live URL per volunteer and per centre feed: rotating revokes the previous one first.
    await q.query(
      `CREATE UNIQUE INDEX one_live_feed_per_volunteer ON calendar_feeds (owner_id) WHERE revoked_at IS NULL AND kind = 'volunteer'`,
    );
    await q.query(
      `CREATE UNIQUE INDEX one_live_feed_per_centre ON calendar_feeds (centre_id) WHERE revoked_at IS NULL AND kind = 'centre'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE calendar_feeds`);
    await q.query(`DROP INDEX learning_records_visit_idx`);
    await q.query(`DROP TABLE visit_reports`);
    await q.query(`ALTER TABLE visits DROP CONSTRAINT visits_id_centre_unique`);
  }
}
