import { createAuthorizer } from '../access/authorizer.js';
import { join } from 'node:path';
import { readCheckpointPolicy } from '../audit/checkpoints/checkpoint-policy.js';
import { Checkpointer } from '../audit/checkpoints/checkpointer.js';
import { AuditSealer } from '../audit/sealer.js';
import { loadOrCreateIdentityIndexKey } from '../audit/retention/identity-index-key.js';
import { loadOrCreatePersonKeyEncryptionKey } from '../audit/retention/person-key-encryption-key.js';
import { loadOrCreateSigningKey, type SigningKey } from '../audit/signing/signing-key.js';
import { openDatabase, type Database } from '../db/database.js';
import { migrateToLatest } from '../db/migrator.js';
import type { ServiceContext } from '../services/context.js';
import { keyLegacyImportRows } from '../services/import/key-legacy-import-rows.js';
import { backfillIdentityDigests } from '../services/people/backfill-identity-digests.js';
import { wrapLegacyPersonKeys } from '../services/people/wrap-legacy-person-keys.js';
import type { WaypointConfig } from './config.js';

export interface Runtime {
  readonly config: WaypointConfig;
  readonly database: Database;
  readonly services: ServiceContext;
  /** `<dataDir>/keys`: the audit signing key, outside the database (also for PostgreSQL deployments). */
  readonly keyDir: string;
  /** Loaded when opened with `checkpoints: true` (serve); null otherwise. */
  readonly signingKey: SigningKey | null;
  readonly checkpointer: Checkpointer | null;
  close(): Promise<void>;
}

/** The system clock; tests and replays pass their own Clock instead. */
export const systemClock = { now: () => new Date() };

/**
 * Opens the database, applies pending migrations (a failure is fatal: the
 * caller refuses to serve) and assembles the service context.
 */
export async function openRuntime(config: WaypointConfig, options: { migrate?: boolean; onSealError?: (error: Error) => void; checkpoints?: boolean } = {}): Promise<Runtime> {
  // Policies load (and validate) before anything opens: a broken policy file stops start-up.
  const authorizer = await createAuthorizer({ clock: systemClock });
  // The audit key loads (or is created) before the database opens: a bad key file stops start-up.
  const keyDir = join(config.dataDir, 'keys');
  const signingKey = options.checkpoints ? await loadOrCreateSigningKey(keyDir) : null;
  // The people's blind index key: every process that writes or matches people needs the same one, PostgreSQL or not.
  const identityIndexKey = await loadOrCreateIdentityIndexKey(keyDir);
  const checkpointPolicy = readCheckpointPolicy(process.env);
  const database = await openDatabase(config.database);
  let personKeyEncryptionKey: Uint8Array;
  try {
    if (options.migrate ?? true) {
      await migrateToLatest(database.db);
      // The KEK needs the database: it is never created over existing wrapped keys, and must open them.
      personKeyEncryptionKey = await loadOrCreatePersonKeyEncryptionKey(keyDir, database.db);
      // Keys stored before migration 20261130T0500 are wrapped here, where the KEK is at hand, before anything reads them.
      await wrapLegacyPersonKeys(database.db, personKeyEncryptionKey);
      // People sealed by the migration get their blind index here, where the key is at hand.
      await backfillIdentityDigests(database.db, identityIndexKey, personKeyEncryptionKey);
      // Import row hashes stored unkeyed before migration 20261130T0400 are keyed here, and the plain hash dropped.
      await keyLegacyImportRows(database.db, identityIndexKey);
    } else {
      // `migrate` itself: the same checks, on whatever schema the database has (none yet: no keys to protect).
      personKeyEncryptionKey = await loadOrCreatePersonKeyEncryptionKey(keyDir, database.db);
    }
  } catch (error) {
    await database.close();
    throw error;
  }
  const checkpointer = signingKey === null ? null : new Checkpointer(database.db, signingKey, systemClock, checkpointPolicy);
  const sealer = new AuditSealer(database.db, options.onSealError, checkpointer === null ? null : () => checkpointer.maybeCheckpoint());
  const services: ServiceContext = { db: database.db, clock: systemClock, sealer, authorizer, identityIndexKey, personKeyEncryptionKey };
  return {
    config,
    database,
    services,
    keyDir,
    signingKey,
    checkpointer,
    async close() {
      await sealer.stop();
      await sealer.flush().catch(() => undefined);
      await database.close();
    },
  };
}
