import { MigrationInterface, QueryRunner } from 'typeorm';

export class DevicesAndLoans1764576000000 implements MigrationInterface {
  name = 'DevicesAndLoans1764576000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE devices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        centre_id uuid NOT NULL REFERENCES centres(id),
        kind text NOT NULL,
        model text NOT NULL,
        serial_number text NULL,
        asset_tag text NOT NULL,
        funding_source text NULL,
        accessories text[] NOT NULL DEFAULT '{}',
        condition text NOT NULL DEFAULT 'good',
        status text NOT NULL DEFAULT 'in_stock',
        notes text NULL,
        search_text text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT devices_kind_known CHECK (kind IN ('tablet', 'smartphone', 'basic_phone', 'computer', 'internet_connection')),
        CONSTRAINT devices_status_known CHECK (status IN ('in_stock', 'on_loan', 'given', 'in_repair', 'lost', 'retired')),
        CONSTRAINT devices_condition_known CHECK (condition IN ('new', 'good', 'fair', 'damaged')),
        CONSTRAINT devices_id_centre_unique UNIQUE (id, centre_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX devices_asset_tag_unique ON devices (asset_tag)`);
    await q.query(
      `CREATE UNIQUE INDEX devices_serial_unique ON devices (kind, serial_number) WHERE serial_number IS NOT NULL`,
    );
    await q.query(`CREATE INDEX devices_centre_status_idx ON devices (centre_id, status, kind)`);
    await q.query(`
      CREATE TABLE loans (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kit_id uuid NOT NULL,
        centre_id uuid NOT NULL REFERENCES centres(id),
        device_id uuid NOT NULL,
        person_id uuid NOT NULL,
        kind text NOT NULL,
        started_on date NOT NULL,
        due_on date NULL,
        returned_at timestamptz NULL,
        return_checklist jsonb NULL,
        created_by_id uuid NULL REFERENCES people(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT loans_kind_known CHECK (kind IN ('loan', 'gift')),
        CONSTRAINT loans_due_only_for_loans CHECK ((kind = 'loan') = (due_on IS NOT NULL)),
        CONSTRAINT loans_due_after_start CHECK (due_on IS NULL OR due_on >= started_on),
        CONSTRAINT loans_device_in_centre FOREIGN KEY (device_id, centre_id) REFERENCES devices (id, centre_id),
        CONSTRAINT loans_person_in_centre FOREIGN KEY (person_id, centre_id) REFERENCES people (id, centre_id)
      )`);
    // The rule that must never break: a device is with one person at a time.
    await q.query(
      `CREATE UNIQUE INDEX one_active_loan_per_device ON loans (device_id) WHERE returned_at IS NULL AND kind = 'loan'`,
    );
    await q.query(`CREATE UNIQUE INDEX one_gift_per_device ON loans (device_id) WHERE kind = 'gift'`);
    await q.query(`CREATE INDEX loans_person_idx ON loans (person_id)`);
    await q.query(`CREATE INDEX loans_kit_idx ON loans (kit_id)`);
    await q.query(`
      CREATE TABLE device_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        centre_id uuid NOT NULL REFERENCES centres(id),
        device_id uuid NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
        type text NOT NULL,
        from_status text NULL,
        to_status text NULL,
        by_id uuid NULL REFERENCES people(id),
        details jsonb NOT NULL DEFAULT '{}',
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX device_events_device_idx ON device_events (device_id, at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE device_events`);
    await q.query(`DROP TABLE loans`);
    await q.query(`DROP TABLE devices`);
  }
}
