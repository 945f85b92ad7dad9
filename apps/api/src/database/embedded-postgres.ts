import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PGlite, type Extension } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { guardProtocolExchanges } from './pglite-protocol-guard';

// The contrib entry points are typed only for node16/bundler resolution; this project compiles to
// CommonJS with node10 resolution, so the one extension needed (exclusion constraints) is typed here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { btree_gist } = require('@electric-sql/pglite/contrib/btree_gist') as { btree_gist: Extension };

/** Connections the socket server accepts; must cover the TypeORM pool plus CLI/test clients. */
export const EMBEDDED_MAX_CONNECTIONS = 32;

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts PGlite (PostgreSQL compiled to WebAssembly) and serves it over the Postgres wire protocol on
 * 127.0.0.1, so the ordinary `pg` driver is the only database code path (ADR 0001).
 * `dataDir` undefined keeps the database in memory (tests).
 */
export async function startEmbeddedPostgres(dataDir: string | undefined): Promise<EmbeddedPostgres> {
  if (dataDir) mkdirSync(dirname(resolve(dataDir)), { recursive: true });
  const db = await PGlite.create({
    dataDir: dataDir ? resolve(dataDir) : undefined,
    extensions: { btree_gist },
  });
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: 0,
    maxConnections: EMBEDDED_MAX_CONNECTIONS,
  });
  guardProtocolExchanges(server);
  await server.start();
  const address = server.getServerConn();
  return {
    url: `postgres://postgres:postgres@${address}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
