import type { PGlite } from '@electric-sql/pglite';
import type { Kysely } from 'kysely';
import type pg from 'pg';
import copyStreams from 'pg-copy-streams';
import type { DB } from './schema.js';

type CopyEngine = { readonly pglite: PGlite } | { readonly pool: pg.Pool };

/** The raw engine behind each Kysely that openDatabase made: COPY is not reachable through Kysely. */
const engines = new WeakMap<Kysely<DB>, CopyEngine>();

/** Called by openDatabase for every database it opens. */
export function registerCopyEngine(db: Kysely<DB>, engine: CopyEngine): void {
  engines.set(db, engine);
}

/**
 * Runs `COPY (<query>) TO … WITH (FORMAT binary)` and yields its output as it arrives. On
 * PostgreSQL the output streams in chunks (pg-copy-streams) while the server is still producing
 * the rest (`streams`: one COPY of a large result costs no memory); on PGlite it arrives as one
 * buffer per query (`TO '/dev/blob'`), so callers page. Chunk boundaries are arbitrary: a tuple
 * can span two chunks. `query` is inlined into the COPY statement, which takes no bind
 * parameters: pass only SQL you built from trusted parts.
 */
export interface BinaryCopySource {
  readonly streams: boolean;
  copy(query: string): AsyncIterable<Buffer>;
}

/**
 * The binary COPY source of a database opened by openDatabase, or null for any other Kysely (no
 * raw engine is known): callers then fall back to ordinary queries.
 *
 * @example const source = binaryCopySource(db); for await (const chunk of source?.copy('select seq from audit_log_rows') ?? []) parse(chunk);
 */
export function binaryCopySource(db: Kysely<DB>): BinaryCopySource | null {
  const engine = engines.get(db);
  if (engine === undefined) return null;
  if ('pglite' in engine) return { streams: false, copy: (query) => copyOutOfPGlite(db, engine.pglite, query) };
  return { streams: true, copy: (query) => copyOutOfPostgres(engine.pool, query) };
}

/** Holds the dialect's single connection, so the COPY never interleaves with another caller's transaction. */
async function* copyOutOfPGlite(db: Kysely<DB>, pglite: PGlite, query: string): AsyncGenerator<Buffer> {
  const blob = await db.connection().execute(async () => (await pglite.query(`copy (${query}) to '/dev/blob' with (format binary)`)).blob);
  if (blob === undefined) throw new Error('PGlite returned no blob for COPY TO /dev/blob');
  yield Buffer.from(await blob.arrayBuffer());
}

async function* copyOutOfPostgres(pool: pg.Pool, query: string): AsyncGenerator<Buffer> {
  const client = await pool.connect();
  let finished = false;
  try {
    const stream = client.query(copyStreams.to(`copy (${query}) to stdout with (format binary)`));
    for await (const chunk of stream) yield chunk as Buffer;
    finished = true;
  } finally {
    // A consumer that stopped early leaves the COPY half read: that connection cannot be reused.
    client.release(finished ? undefined : true);
  }
}
