import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAuthorizer } from '../access/authorizer.js';
import { AuditSealer } from '../audit/sealer.js';
import { systemPrincipal, type Principal } from '../core/principal.js';
import { openDatabase, type Database } from '../db/database.js';
import { migrateToLatest } from '../db/migrator.js';
import type { ServiceContext } from '../services/context.js';
import { rawDriverOf, type RawDriver } from './raw-driver.js';

/** Where a run measures: a fresh PGlite data directory, or the PostgreSQL at DATABASE_URL. */
export interface BenchTarget {
  readonly kind: 'pglite' | 'postgres';
  /** PGlite: the data directory (the server benchmark serves from it). */
  readonly dataDir: string;
  /** PostgreSQL: the connection string (also handed to the spawned server). */
  readonly url: string | null;
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

/**
 * PGlite runs get a fresh temporary data directory (deleted by `disposeTarget`), so figures
 * never depend on what an earlier run left; PostgreSQL runs use DATABASE_URL as given — use a
 * throwaway database, the benchmark adds synthetic cases to it.
 *
 * @example const target = await createBenchTarget(process.env.DATABASE_URL); const env = await openBenchEnvironment(target);
 */
export async function createBenchTarget(databaseUrl: string | undefined): Promise<BenchTarget> {
  const dataDir = await mkdtemp(join(tmpdir(), 'waypoint-bench-'));
  return databaseUrl ? { kind: 'postgres', dataDir, url: databaseUrl } : { kind: 'pglite', dataDir, url: null };
}

export async function disposeTarget(target: BenchTarget): Promise<void> {
  await rm(target.dataDir, { recursive: true, force: true });
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
    services: { db: database.db, clock, sealer, authorizer },
    operator: systemPrincipal('bench'),
    raw: rawDriverOf(database),
    async close() {
      await sealer.stop();
      await sealer.flush().catch(() => undefined);
      await database.close();
    },
  };
}
