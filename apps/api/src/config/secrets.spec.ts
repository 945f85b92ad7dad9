import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateJwtSecret } from './secrets';

describe('loadOrCreateJwtSecret', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'passerelle-secrets-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a strong secret once, private to its owner, and returns the same one afterwards', () => {
    const dataDir = join(dir, 'data');
    const first = loadOrCreateJwtSecret(dataDir);
    const second = loadOrCreateJwtSecret(dataDir);
    expect(first.length).toBeGreaterThanOrEqual(60);
    expect(second).toBe(first);
    expect(statSync(join(dataDir, 'secrets.json')).mode & 0o777).toBe(0o600);
  });
});
