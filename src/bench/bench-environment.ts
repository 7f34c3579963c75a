import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createAuthorizer } from '../access/authorizer.js';
import { AuditSealer } from '../audit/sealer.js';
import { systemPrincipal, type Principal } from '../core/principal.js';
import { openDatabase, type Database } from '../db/database.js';
import { migrateToLatest } from '../db/migrator.js';
import type { ServiceContext } from '../services/context.js';
import { rawDriverOf, type RawDriver } from './raw-driver.js';

/** Where a run measures: a fresh PGlite data directory, or a throwaway database on DATABASE_URL's server. */
export interface BenchTarget {
  readonly kind: 'pglite' | 'postgres';
  /** PGlite: the data directory (the server benchmark serves from it). */
  readonly dataDir: string;
  /** PostgreSQL: the throwaway database's connection string (also handed to the spawned server). */
  readonly url: string | null;
  /** PostgreSQL: the throwaway database's name (dropped by disposeTarget). */
  readonly databaseName: string | null;
  /** PostgreSQL: DATABASE_URL as given; only used to create and drop the throwaway database. */
  readonly adminUrl: string | null;
}

export interface BenchEnvironment {
  readonly target: BenchTarget;
  readonly database: Database;
  readonly services: ServiceContext;
  readonly operator: Principal;
  readonly raw: RawDriver;
  /** Seals what is pending and closes the database (the server benchmark needs the data directory free). */
  close(): Promise<void>;
}

/** The interrupt handler of each live PostgreSQL target (removed when the target is disposed). */
const interruptHandlers = new Map<BenchTarget, (signal: NodeJS.Signals) => void>();

/**
 * PGlite runs get a fresh temporary data directory; PostgreSQL runs create a throwaway database
 * (`waypoint_bench_<random>`) on the server of DATABASE_URL and measure there, so the database
 * given is never written. `disposeTarget` deletes either; until then an interrupt (Ctrl-C,
 * SIGTERM) drops the throwaway database before the process exits, so nothing is left behind.
 *
 * @example const target = await createBenchTarget(process.env.DATABASE_URL); try { … } finally { await disposeTarget(target); }
 */
export async function createBenchTarget(databaseUrl: string | undefined): Promise<BenchTarget> {
  const dataDir = await mkdtemp(join(tmpdir(), 'waypoint-bench-'));
  if (!databaseUrl) return { kind: 'pglite', dataDir, url: null, databaseName: null, adminUrl: null };
  const databaseName = `waypoint_bench_${randomBytes(6).toString('hex')}`;
  try {
    await withAdminClient(databaseUrl, (client) => client.query(`create database ${databaseName}`));
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  const url = new URL(databaseUrl);
  url.pathname = `/${databaseName}`;
  const target: BenchTarget = { kind: 'postgres', dataDir, url: url.toString(), databaseName, adminUrl: databaseUrl };
  const onSignal = (signal: NodeJS.Signals): void => {
    // Exit code 128 + signal number, as a shell reports an interrupted command.
    void disposeTarget(target)
      .catch((error: unknown) => process.stderr.write(`bench: could not drop ${databaseName}: ${(error as Error).message}\n`))
      .finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  interruptHandlers.set(target, onSignal);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return target;
}

/** Deletes the PGlite directory, or drops the throwaway PostgreSQL database (its open sessions too). */
export async function disposeTarget(target: BenchTarget): Promise<void> {
  const handler = interruptHandlers.get(target);
  if (handler !== undefined) {
    interruptHandlers.delete(target);
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  }
  await rm(target.dataDir, { recursive: true, force: true });
  if (target.adminUrl !== null && target.databaseName !== null) {
    const name = target.databaseName;
    // `with (force)` ends sessions still open (a server that did not stop, a pool mid-close).
    await withAdminClient(target.adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`));
  }
}

async function withAdminClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 15_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function openBenchEnvironment(target: BenchTarget): Promise<BenchEnvironment> {
  const clock = { now: () => new Date() };
  const authorizer = await createAuthorizer({ clock });
  const database = await openDatabase(target.kind === 'postgres' && target.url !== null ? { kind: 'postgres', url: target.url, poolSize: 10 } : { kind: 'pglite', dataDir: target.dataDir });
  await migrateToLatest(database.db);
  const sealer = new AuditSealer(database.db);
  return {
    target,
    database,
    // Bench databases are throwaway: keys of the run's own keep the blind index and key wrapping work real without touching <dataDir>/keys.
    services: { db: database.db, clock, sealer, authorizer, identityIndexKey: randomBytes(32), personKeyEncryptionKey: randomBytes(32) },
    operator: systemPrincipal('bench'),
    raw: rawDriverOf(database),
    async close() {
      await sealer.stop();
      await sealer.flush().catch(() => undefined);
      await database.close();
    },
  };
}
