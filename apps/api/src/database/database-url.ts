import { join, resolve } from 'node:path';
import { parseEnv } from '../config/app-config';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL when set; otherwise the embedded PostgreSQL kept in DATA_DIR/pgdata (ADR 0001). */
export async function resolveDatabase(env: NodeJS.ProcessEnv): Promise<ResolvedDatabase> {
  const parsed = parseEnv(env);
  if (parsed.DATABASE_URL) return { url: parsed.DATABASE_URL, embedded: false, stop: async () => undefined };
  const embedded = await startEmbeddedPostgres(join(resolve(parsed.DATA_DIR), 'pgdata'));
  return { url: embedded.url, embedded: true, stop: () => embedded.stop() };
}
