import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1764403200000 implements MigrationInterface {
  name = 'Foundation1764403200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE federations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE centres (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        federation_id uuid NOT NULL REFERENCES federations(id),
        name text NOT NULL,
        town text NOT NULL,
        postcode text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT centres_id_federation_unique UNIQUE (id, federation_id),
        CONSTRAINT centres_name_unique_per_federation UNIQUE (federation_id, name)
      )`);
    await q.query(`
      CREATE TABLE people (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        federation_id uuid NOT NULL REFERENCES federations(id),
        centre_id uuid NULL,
        role text NOT NULL,
        first_name text NOT NULL,
        last_name text NOT NULL,
        email text NULL,
        phone text NULL,
        town text NULL,
        birth_year int NULL,
        notes text NULL,
        password_hash text NULL,
        locale text NOT NULL DEFAULT 'fr',
        active boolean NOT NULL DEFAULT true,
        deactivated_at timestamptz NULL,
        search_text text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT people_role_known CHECK (role IN ('senior', 'volunteer', 'coordinator', 'federation_admin')),
        CONSTRAINT people_locale_known CHECK (locale IN ('fr', 'en')),
        CONSTRAINT people_centre_matches_role CHECK ((role = 'federation_admin') = (centre_id IS NULL)),
        CONSTRAINT seniors_have_no_password CHECK (role <> 'senior' OR password_hash IS NULL),
        CONSTRAINT people_centre_in_own_federation FOREIGN KEY (centre_id, federation_id)
          REFERENCES centres (id, federation_id),
        CONSTRAINT people_id_centre_unique UNIQUE (id, centre_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX people_email_unique ON people (lower(email)) WHERE email IS NOT NULL`);
    await q.query(`CREATE INDEX people_listing_idx ON people (centre_id, active, last_name, first_name, id)`);
    await q.query(`CREATE INDEX people_federation_idx ON people (federation_id)`);
    await q.query(`
      CREATE TABLE centre_memberships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        centre_id uuid NOT NULL REFERENCES centres(id),
        person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        started_at timestamptz NOT NULL DEFAULT now(),
        ended_at timestamptz NULL,
        CONSTRAINT centre_memberships_period_valid CHECK (ended_at IS NULL OR ended_at >= started_at)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX one_open_membership_per_person ON centre_memberships (person_id) WHERE ended_at IS NULL`,
    );
    await q.query(`
      CREATE TABLE coaching_assignments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        centre_id uuid NOT NULL REFERENCES centres(id),
        volunteer_id uuid NOT NULL,
        senior_id uuid NOT NULL,
        started_at timestamptz NOT NULL DEFAULT now(),
        ended_at timestamptz NULL,
        created_by_id uuid NULL REFERENCES people(id),
        CONSTRAINT coaching_volunteer_in_centre FOREIGN KEY (volunteer_id, centre_id) REFERENCES people (id, centre_id),
        CONSTRAINT coaching_senior_in_centre FOREIGN KEY (senior_id, centre_id) REFERENCES people (id, centre_id),
        CONSTRAINT coaching_period_valid CHECK (ended_at IS NULL OR ended_at >= started_at)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX one_open_assignment_per_pair ON coaching_assignments (volunteer_id, senior_id) WHERE ended_at IS NULL`,
    );
    await q.query(`CREATE INDEX coaching_assignments_senior_idx ON coaching_assignments (senior_id)`);
    await q.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz NULL,
        replaced_by_id uuid NULL REFERENCES refresh_tokens(id),
        user_agent text NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT refresh_tokens_hash_unique UNIQUE (token_hash)
      )`);
    await q.query(`CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id)`);
    await q.query(`CREATE INDEX refresh_tokens_person_idx ON refresh_tokens (person_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE refresh_tokens`);
    await q.query(`DROP TABLE coaching_assignments`);
    await q.query(`DROP TABLE centre_memberships`);
    await q.query(`DROP TABLE people`);
    await q.query(`DROP TABLE centres`);
    await q.query(`DROP TABLE federations`);
  }
}
