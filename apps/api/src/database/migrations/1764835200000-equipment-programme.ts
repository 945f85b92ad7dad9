import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Households as recipients, distribution campaigns (waves), the kit handover checklist, loan
 * agreements signed in person, and the loan stamped on learning records sent from a tablet.
 */
export class EquipmentProgramme1764835200000 implements MigrationInterface {
  name = 'EquipmentProgramme1764835200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE households (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        centre_id uuid NOT NULL REFERENCES centres(id),
        name text NOT NULL,
        contact_phone text NULL,
        town text NULL,
        members_count int NULL,
        notes text NULL,
        search_text text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT households_id_centre_unique UNIQUE (id, centre_id),
        CONSTRAINT households_members_positive CHECK (members_count IS NULL OR members_count > 0)
      )`);
    await q.query(`CREATE INDEX households_centre_idx ON households (centre_id, name)`);
    await q.query(`
      CREATE TABLE campaigns (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        centre_id uuid NOT NULL REFERENCES centres(id),
        name text NOT NULL,
        audience text NOT NULL,
        partner text NULL,
        starts_on date NOT NULL,
        ends_on date NULL,
        households_identified int NULL,
        households_targeted int NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT campaigns_audience_known CHECK (audience IN ('households', 'seniors')),
        CONSTRAINT campaigns_ends_after_start CHECK (ends_on IS NULL OR ends_on >= starts_on),
        CONSTRAINT campaigns_targeted_within_identified CHECK (
          households_targeted IS NULL OR households_identified IS NULL OR households_targeted <= households_identified),
        CONSTRAINT campaigns_id_centre_unique UNIQUE (id, centre_id)
      )`);
    await q.query(`ALTER TABLE loans ALTER COLUMN person_id DROP NOT NULL`);
    await q.query(`ALTER TABLE loans ADD COLUMN household_id uuid NULL`);
    await q.query(`ALTER TABLE loans ADD COLUMN campaign_id uuid NULL`);
    await q.query(`ALTER TABLE loans ADD COLUMN handover jsonb NULL`);
    await q.query(`ALTER TABLE loans ADD COLUMN due_extended_count int NOT NULL DEFAULT 0`);
    await q.query(
      `ALTER TABLE loans ADD CONSTRAINT loans_one_recipient CHECK ((person_id IS NULL) <> (household_id IS NULL))`,
    );
    await q.query(
      `ALTER TABLE loans ADD CONSTRAINT loans_household_in_centre FOREIGN KEY (household_id, centre_id) REFERENCES households (id, centre_id)`,
    );
    await q.query(
      `ALTER TABLE loans ADD CONSTRAINT loans_campaign_in_centre FOREIGN KEY (campaign_id, centre_id) REFERENCES campaigns (id, centre_id)`,
    );
    await q.query(`CREATE INDEX loans_household_idx ON loans (household_id) WHERE household_id IS NOT NULL`);
    await q.query(`CREATE INDEX loans_campaign_idx ON loans (campaign_id) WHERE campaign_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE agreement_templates (
        centre_id uuid PRIMARY KEY REFERENCES centres(id),
        title text NOT NULL,
        body text NOT NULL,
        version int NOT NULL DEFAULT 1,
        updated_by_id uuid NULL REFERENCES people(id),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE loan_agreements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        centre_id uuid NOT NULL REFERENCES centres(id),
        kit_id uuid NOT NULL,
        person_id uuid NULL REFERENCES people(id),
        household_id uuid NULL REFERENCES households(id),
        recipient_name text NOT NULL,
        title text NOT NULL,
        text text NOT NULL,
        template_version int NOT NULL,
        asset_tags text[] NOT NULL,
        signer_name text NOT NULL,
        signature_png bytea NOT NULL,
        witness_id uuid NOT NULL REFERENCES people(id),
        signed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT one_agreement_per_kit UNIQUE (kit_id)
      )`);
    await q.query(
      `CREATE INDEX loan_agreements_person_idx ON loan_agreements (person_id) WHERE person_id IS NOT NULL`,
    );
    // Which loan a record was made under: re-lending a tablet never mixes two people's histories.
    await q.query(`ALTER TABLE learning_records ADD COLUMN loan_id uuid NULL REFERENCES loans(id)`);
    await q.query(
      `CREATE INDEX learning_records_loan_idx ON learning_records (loan_id, occurred_at) WHERE loan_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE learning_records DROP COLUMN loan_id`);
    await q.query(`DROP TABLE loan_agreements`);
    await q.query(`DROP TABLE agreement_templates`);
    await q.query(`ALTER TABLE loans DROP CONSTRAINT loans_one_recipient`);
    await q.query(`ALTER TABLE loans DROP COLUMN due_extended_count`);
    await q.query(`ALTER TABLE loans DROP COLUMN handover`);
    await q.query(`ALTER TABLE loans DROP COLUMN campaign_id`);
    await q.query(`ALTER TABLE loans DROP COLUMN household_id`);
    await q.query(`ALTER TABLE loans ALTER COLUMN person_id SET NOT NULL`);
    await q.query(`DROP TABLE campaigns`);
    await q.query(`DROP TABLE households`);
  }
}
