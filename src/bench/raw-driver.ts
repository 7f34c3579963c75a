import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import type { Database } from '../db/database.js';

/** A SQL statement as the application sent it (captured through Kysely's `log`). */
export interface CapturedStatement {
  readonly sql: string;
  readonly parameters: readonly unknown[];
}

/**
 * The database without the application: the raw engine (PGlite's `query`) or the `pg` pool,
 * used for baselines. `runGroup` runs statements on one connection, alone — a transaction
 * (begin … commit) must not interleave with another client's on PGlite's single session, the
 * same queueing the application's PGlite dialect does.
 *
 * @example const raw = rawDriverOf(database); await raw.runGroup([{ sql: 'select 1', parameters: [] }]);
 */
export interface RawDriver {
  runGroup(statements: readonly CapturedStatement[]): Promise<void>;
  query<R>(sql: string, parameters?: readonly unknown[]): Promise<R[]>;
}

export function rawDriverOf(database: Database): RawDriver {
  if (database.pglite !== null) return new RawPGlite(database.pglite);
  if (database.pool !== null) return new RawPg(database.pool);
  throw new Error('database has neither a PGlite engine nor a pg pool');
}

class RawPGlite implements RawDriver {
  /** The end of the queue: each group or query runs after the previous one settles. */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly pglite: PGlite) {}

  runGroup(statements: readonly CapturedStatement[]): Promise<void> {
    return this.enqueue(async () => {
      for (const statement of statements) {
        if (statement.parameters.length === 0) await this.pglite.exec(statement.sql);
        else await this.pglite.query(statement.sql, [...statement.parameters]);
      }
    });
  }

  query<R>(sql: string, parameters: readonly unknown[] = []): Promise<R[]> {
    return this.enqueue(async () => (await this.pglite.query<R>(sql, [...parameters])).rows);
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.tail.then(work);
    this.tail = run.catch(() => undefined);
    return run;
  }
}

class RawPg implements RawDriver {
  constructor(private readonly pool: pg.Pool) {}

  async runGroup(statements: readonly CapturedStatement[]): Promise<void> {
    const client = await this.pool.connect();
    try {
      for (const statement of statements) await client.query(statement.sql, [...statement.parameters]);
    } finally {
      client.release();
    }
  }

  async query<R>(sql: string, parameters: readonly unknown[] = []): Promise<R[]> {
    const result = await this.pool.query(sql, [...parameters]);
    return result.rows as R[];
  }
}
