import 'reflect-metadata';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseEnv } from '../config/app-config';
import { resolveDatabase } from './database-url';
import { runMigrations } from './migrate';
import { seedIfEmpty, withDataSource } from './seed/seeder';

const USAGE = 'usage: node dist/database/cli.js migrate | seed | reset';

/**
 * `db:migrate` applies pending migrations; `db:seed` adds the demo data to an empty database;
 * `db:reset` drops every table, migrates and seeds again. With the embedded database, stop the app
 * first: one data folder is never opened by two processes.
 */
async function main(command: string | undefined): Promise<void> {
  if (!command || !['migrate', 'seed', 'reset'].includes(command)) throw new Error(USAGE);
  const database = await resolveDatabase(process.env);
  try {
    if (command === 'reset') {
      await withDataSource(database.url, async (ds) => {
        await ds.query('DROP SCHEMA public CASCADE');
        await ds.query('CREATE SCHEMA public');
      });
      // Uploaded and seeded files, and the development outbox, belong to the dropped rows.
      for (const folder of ['media', 'outbox']) {
        await rm(join(resolve(parseEnv(process.env).DATA_DIR), folder), { recursive: true, force: true });
      }
      console.warn('Database emptied.');
    }
    const applied = await runMigrations(database.url);
    console.warn(applied.length ? `Migrations applied: ${applied.join(', ')}` : 'No pending migration.');
    if (command !== 'migrate') {
      const seeded = await seedIfEmpty(database.url, resolve(parseEnv(process.env).DATA_DIR));
      console.warn(
        seeded
          ? `Demo data seeded: ${seeded.people} people, ${seeded.centres} centres, ${seeded.assignments} coaching links, ${seeded.courses} courses, ${seeded.enrolments} enrolments.`
          : 'The database already holds data: nothing seeded (use db:reset to start over).',
      );
    }
  } finally {
    await database.stop();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
