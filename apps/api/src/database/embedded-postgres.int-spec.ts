import { Pool } from 'pg';
import { databaseUrl } from '../../test/test-app';

/**
 * The embedded server multiplexes many client connections onto one PGlite backend. These checks hold
 * for any PostgreSQL server and guard the embedded one against interleaving two clients' messages.
 */
describe('database server under concurrent clients', () => {
  let pool: Pool;

  beforeAll(() => {
    pool = new Pool({ connectionString: databaseUrl(), max: 10 });
  });
  afterAll(() => pool.end());

  it('answers each parameterised query with its own parameters', async () => {
    const ns = Array.from({ length: 200 }, (_, i) => i);
    const results = await Promise.all(
      ns.map((n) =>
        pool.query<{ n: number; label: string }>('SELECT $1::int AS n, $2::text AS label', [n, `q${n}`]),
      ),
    );
    expect(results.map((r) => r.rows[0])).toEqual(ns.map((n) => ({ n, label: `q${n}` })));
  });

  it('keeps a rolled-back transaction invisible and an autocommit insert durable', async () => {
    await pool.query('DROP TABLE IF EXISTS concurrency_probe');
    await pool.query('CREATE TABLE concurrency_probe (v int NOT NULL)');
    try {
      const rollbacks = Array.from({ length: 10 }, async (_, i) => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          await client.query('INSERT INTO concurrency_probe (v) VALUES ($1)', [-1 - i]);
          await client.query('ROLLBACK');
        } finally {
          client.release();
        }
      });
      const commits = Array.from({ length: 30 }, (_, i) =>
        pool.query('INSERT INTO concurrency_probe (v) VALUES ($1)', [i]),
      );
      await Promise.all([...rollbacks, ...commits]);
      const { rows } = await pool.query<{ v: number }>('SELECT v FROM concurrency_probe ORDER BY v');
      expect(rows.map((r) => r.v)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    } finally {
      await pool.query('DROP TABLE IF EXISTS concurrency_probe');
    }
  });
});
