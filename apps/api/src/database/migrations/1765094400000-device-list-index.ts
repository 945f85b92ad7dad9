import { MigrationInterface, QueryRunner } from 'typeorm';

/** The inventory list of a centre is read in asset-tag order, a page at a time. */
export class DeviceListIndex1765094400000 implements MigrationInterface {
  name = 'DeviceListIndex1765094400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX devices_centre_asset_tag_idx ON devices (centre_id, asset_tag)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX devices_centre_asset_tag_idx`);
  }
}
