import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type RawBuilder } from 'kysely';
import type { TestDatabase } from '../../test-support/databases.js';
import { migrateToLatest } from '../../db/migrator.js';
import { appendAudit, sealPending } from '../audit-log.js';
import { loadOrCreateSigningKey, type SigningKey } from '../signing/signing-key.js';

/** Test helpers shared by the checkpoint, proof and verify tests (not shipped code). */

export const ENTRY_AT = '2026-01-01T00:00:00.000Z';

/** Drops and re-creates the schema so seq numbers and checkpoint ids start at 1. */
export async function resetSchema(database: TestDatabase): Promise<void> {
  await sql`drop schema public cascade; create schema public`.execute(database.db);
  await migrateToLatest(database.db);
}

/** Appends `count` entries in one transaction and seals them. */
export async function writeSealedEntries(database: TestDatabase, count: number, resourceId = 'c1', action = 'test.write'): Promise<void> {
  await database.db.transaction().execute(async (trx) => {
    for (let index = 0; index < count; index += 1) {
      await appendAudit(trx, { actor: 'user:alice', action, resourceType: 'case', resourceId, details: { index }, at: ENTRY_AT });
    }
  });
  await sealPending(database.db);
}

/** Runs SQL with the append-only triggers off, as an attacker with owner rights would. */
export async function tamper(database: TestDatabase, table: 'audit_log_rows' | 'audit_checkpoints', statement: RawBuilder<unknown>): Promise<void> {
  await database.db.transaction().execute(async (trx) => {
    await sql`alter table ${sql.table(table)} disable trigger user`.execute(trx);
    await statement.execute(trx);
    await sql`alter table ${sql.table(table)} enable trigger user`.execute(trx);
  });
}

/** Edits a sealed entry's content (its details become {"index":99}) and leaves its hash: the edit an attacker hopes goes unseen. */
export async function editSealedEntry(database: TestDatabase, seq: number): Promise<void> {
  await tamper(database, 'audit_log_rows', sql`update audit_log_rows set leaf = regexp_replace(leaf, '"details":[{][^}]*[}]', '"details":{"index":99}') where seq = ${seq}`);
}

/** A fresh signing key in a temporary directory; `dispose` removes it. */
export async function temporaryKey(): Promise<{ key: SigningKey; keyDir: string; dispose: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'waypoint-audit-'));
  const keyDir = join(root, 'keys');
  return { key: await loadOrCreateSigningKey(keyDir), keyDir, dispose: () => rm(root, { recursive: true, force: true }) };
}
