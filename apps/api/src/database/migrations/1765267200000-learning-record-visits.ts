import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A learning record observed during a home visit points at that visit of the same centre (the column
 * came before the visits table; only an index guarded it until now).
 */
export class LearningRecordVisits1765267200000 implements MigrationInterface {
  name = 'LearningRecordVisits1765267200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE learning_records r SET visit_id = NULL
        WHERE r.visit_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.id = r.visit_id AND v.centre_id = r.centre_id)`,
    );
    await q.query(
      `ALTER TABLE learning_records ADD CONSTRAINT learning_records_visit_in_centre
         FOREIGN KEY (visit_id, centre_id) REFERENCES visits (id, centre_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE learning_records DROP CONSTRAINT learning_records_visit_in_centre`);
  }
}
