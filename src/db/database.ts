import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { join } from 'node:path';
import { AppError } from '../core/errors.js';
import { registerCopyEngine } from './copy-out.js';
import { acquireDataDirLock } from './data-dir-lock.js';
import { PGliteDialect } from './pglite-dialect.js';
import type { DB } from './schema.js';
import { TEXT_PARSERS } from './type-parsers.js';

export type DatabaseKind = 'pglite' | 'postgres';

export type DatabaseConfig =
  // dataDir null: in memory (tests). image: start from a dumped data directory (PGlite's dumpDataDir)
  // instead of running initdb — tests open a migrated template this way in a fraction of the time.
  | { readonly kind: 'pglite'; readonly dataDir: string | null; readonly image?: Blob }
  | { readonly kind: 'postgres'; readonly url: string; readonly poolSize?: number };

export interface Database {
  readonly kind: DatabaseKind;
  readonly db: Kysely<DB>;
  /** Present for PGlite only: backup and bench need the raw engine. */
  readonly pglite: PGlite | null;
  /** Present for PostgreSQL only. */
  readonly pool: pg.Pool | null;
  close(): Promise<void>;
}

/**
 * Opens the configured database and checks it answers. Errors are AppErrors
 * with a one-line reason (unreachable server, locked or unwritable directory).
 *
 * @example const database = await openDatabase({ kind: 'pglite', dataDir: './data' });
 */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  return config.kind === 'pglite' ? openPGlite(config.dataDir, config.image) : openPostgres(config.url, config.poolSize ?? 10);
}

/**
 * The embedded Postgres's own page cache, inside the WebAssembly heap. Its default (128 MB) sits on
 * top of the operating system's cache of the same files, and a WebAssembly heap never shrinks: every
 * page once cached stays resident. Measured (bench row `memory`, PGlite, 2,106 cases): server RSS
 * 454 MB at 128 MB, 325 MB at 32 MB, 314 MB at 16 MB; 32 MB keeps more of the hot indexes in the
 * engine. The rest is a floor: PGlite's WebAssembly memory cannot start below the 128 MB its module
 * declares, and Cedar's engine adds ~60 MB (bench/README.md, "memory").
 */
const PGLITE_SHARED_BUFFERS = '32MB';

async function openPGlite(dataDir: string | null, image: Blob | undefined): Promise<Database> {
  const release = dataDir === null ? () => undefined : acquireDataDirLock(dataDir);
  let pglite: PGlite;
  try {
    pglite = new PGlite({
      ...(dataDir === null ? {} : { dataDir: join(dataDir, 'pgdata') }),
      ...(image === undefined ? {} : { loadDataDir: image }),
      parsers: TEXT_PARSERS,
      startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
    });
    await pglite.waitReady;
  } catch (error) {
    release();
    throw new AppError('database_unavailable', `embedded database failed to open: ${(error as Error).message}`);
  }
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  registerCopyEngine(db, { pglite });
  return {
    kind: 'pglite',
    db,
    pglite,
    pool: null,
    async close() {
      await db.destroy();
      release();
    },
  };
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 5_000,
    types: { getTypeParser: customTypeParser as typeof pg.types.getTypeParser },
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  // A client checked out between two queries of a transaction has no pool listener; without its own, a
  // terminated backend (pg_terminate_backend, server restart) is an uncaught 'error' event that ends the process.
  pool.on('connect', (client) => client.on('error', () => undefined));
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new AppError('database_unavailable', `cannot reach PostgreSQL at ${redactUrl(url)}: ${(error as Error).message}`);
  }
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  registerCopyEngine(db, { pool });
  return { kind: 'postgres', db, pglite: null, pool, close: () => db.destroy() };
}

const pgDefaultParser = pg.types.getTypeParser as unknown as (oid: number, format: 'text') => (value: string) => unknown;

/** Our parsers for the types whose default shapes differ between drivers; pg's own for the rest. */
function customTypeParser(oid: number): (value: string) => unknown {
  return TEXT_PARSERS[oid] ?? pgDefaultParser(oid, 'text');
}

/** Never print a password from a connection string. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<unparseable DATABASE_URL>';
  }
}
