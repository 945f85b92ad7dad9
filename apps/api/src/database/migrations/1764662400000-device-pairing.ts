import { MigrationInterface, QueryRunner } from 'typeorm';

export class DevicePairing1764662400000 implements MigrationInterface {
  name = 'DevicePairing1764662400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE pairing_codes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        centre_id uuid NOT NULL REFERENCES centres(id),
        loan_id uuid NOT NULL REFERENCES loans(id),
        code_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz NULL,
        created_by_id uuid NULL REFERENCES people(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX pairing_codes_hash_idx ON pairing_codes (code_hash) WHERE used_at IS NULL`);
    await q.query(`
      CREATE TABLE device_credentials (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        centre_id uuid NOT NULL REFERENCES centres(id),
        device_id uuid NOT NULL REFERENCES devices(id),
        person_id uuid NOT NULL REFERENCES people(id),
        loan_id uuid NOT NULL REFERENCES loans(id),
        secret_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz NULL,
        revoked_at timestamptz NULL,
        CONSTRAINT device_credentials_secret_unique UNIQUE (secret_hash)
      )`);
    // Sessions opened by a tablet keep its id through refreshes, and end with its loan.
    await q.query(`ALTER TABLE refresh_tokens ADD COLUMN device_id uuid NULL`);
    await q.query(
      `CREATE INDEX device_credentials_loan_idx ON device_credentials (loan_id) WHERE revoked_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE refresh_tokens DROP COLUMN device_id`);
    await q.query(`DROP TABLE device_credentials`);
    await q.query(`DROP TABLE pairing_codes`);
  }
}
