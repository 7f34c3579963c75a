import { AuditSealer } from '../audit/sealer.js';
import { openDatabase, type Database } from '../db/database.js';
import { migrateToLatest } from '../db/migrator.js';
import type { ServiceContext } from '../services/context.js';
import type { WaypointConfig } from './config.js';

export interface Runtime {
  readonly config: WaypointConfig;
  readonly database: Database;
  readonly services: ServiceContext;
  close(): Promise<void>;
}

/** The system clock; tests and replays pass their own Clock instead. */
export const systemClock = { now: () => new Date() };

/**
 * Opens the database, applies pending migrations (a failure is fatal: the
 * caller refuses to serve) and assembles the service context.
 */
export async function openRuntime(config: WaypointConfig, options: { migrate?: boolean; onSealError?: (error: Error) => void } = {}): Promise<Runtime> {
  const database = await openDatabase(config.database);
  try {
    if (options.migrate ?? true) await migrateToLatest(database.db);
  } catch (error) {
    await database.close();
    throw error;
  }
  const sealer = new AuditSealer(database.db, options.onSealError);
  const services: ServiceContext = { db: database.db, clock: systemClock, sealer };
  return {
    config,
    database,
    services,
    async close() {
      await sealer.stop();
      await sealer.flush().catch(() => undefined);
      await database.close();
    },
  };
}
