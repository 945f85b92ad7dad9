import 'reflect-metadata';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../src/database/embedded-postgres';
import { runMigrations } from '../src/database/migrate';

declare global {
  var __passerelleEmbeddedPg: EmbeddedPostgres | undefined;
}

/**
 * Gives the suite a real PostgreSQL: the server named by DATABASE_URL (CI), or an in-memory PGlite
 * served over the wire like in production. Migrations run once, here.
 */
export default async function globalSetup(): Promise<void> {
  if (!process.env.DATABASE_URL) {
    const embedded = await startEmbeddedPostgres(undefined);
    globalThis.__passerelleEmbeddedPg = embedded;
    process.env.DATABASE_URL = embedded.url;
  }
  await runMigrations(process.env.DATABASE_URL);
}
