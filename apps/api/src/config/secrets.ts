import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const SecretsFileSchema = z.object({ jwtSecret: z.string().min(32) });

/**
 * Returns the JWT secret kept in the data folder, creating it on first start so that
 * `npm start` needs no configuration. Several API instances must share JWT_SECRET instead.
 */
export function loadOrCreateJwtSecret(dataDir: string): string {
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) {
    return SecretsFileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).jwtSecret;
  }
  mkdirSync(dataDir, { recursive: true });
  const jwtSecret = randomBytes(48).toString('base64url');
  writeFileSync(file, JSON.stringify({ jwtSecret }, null, 2), { mode: 0o600, flag: 'wx' });
  return jwtSecret;
}
