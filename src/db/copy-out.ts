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
  /** `settings` are planner settings for this COPY only (`set local`, in its own transaction). */
  copy(query: string, settings?: Readonly<Record<string, string>>): AsyncIterable<Buffer>;
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
  if ('pglite' in engine) return { streams: false, copy: (query, settings = {}) => copyOutOfPGlite(db, engine.pglite, query, settings) };
  return { streams: true, copy: (query, settings = {}) => copyOutOfPostgres(engine.pool, query, settings) };
}

/** Holds the dialect's single connection, so the COPY never interleaves with another caller's transaction. */
async function* copyOutOfPGlite(db: Kysely<DB>, pglite: PGlite, query: string, settings: Readonly<Record<string, string>>): AsyncGenerator<Buffer> {
  const blob = await db.connection().execute(async () => {
    await pglite.exec(`begin; ${setLocal(settings)}`);
    try {
      return (await pglite.query(`copy (${query}) to '/dev/blob' with (format binary)`)).blob;
    } finally {
      await pglite.exec('commit');
    }
  });
  if (blob === undefined) throw new Error('PGlite returned no blob for COPY TO /dev/blob');
  yield Buffer.from(await blob.arrayBuffer());
}

async function* copyOutOfPostgres(pool: pg.Pool, query: string, settings: Readonly<Record<string, string>>): AsyncGenerator<Buffer> {
  const client = await pool.connect();
  let finished = false;
  try {
    await client.query(`begin; ${setLocal(settings)}`);
    const stream = client.query(copyStreams.to(`copy (${query}) to stdout with (format binary)`));
    for await (const chunk of stream) yield chunk as Buffer;
    await client.query('commit');
    finished = true;
  } finally {
    // A consumer that stopped early leaves the COPY half read: that connection cannot be reused.
    client.release(finished ? undefined : true);
  }
}

/** `set local` statements for trusted setting names and values (identifiers and plain words only). */
function setLocal(settings: Readonly<Record<string, string>>): string {
  return Object.entries(settings)
    .map(([name, value]) => {
      if (!/^[a-z_]+$/.test(name) || !/^[A-Za-z0-9_]+$/.test(value)) throw new Error(`refusing setting ${name}=${value}`);
      return `set local ${name} = ${value};`;
    })
    .join(' ');
}
