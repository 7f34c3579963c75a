import { Migrator, sql, type Kysely, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';
import { AppError } from '../core/errors.js';
import type { DB } from './schema.js';
import * as foundation from './migrations/20261129T1830_foundation.js';
import * as auditCheckpoints from './migrations/20261129T1910_audit_checkpoints.js';
import * as personKeys from './migrations/20261129T1920_person_keys.js';
import * as documents from './migrations/20261129T1935_documents.js';
import * as access from './migrations/20261129T1915_access.js';
import * as caseFacts from './migrations/20261129T1900_case_facts.js';
import * as agreementsLedger from './migrations/20261129T1905_agreements_ledger.js';
import * as imports from './migrations/20261129T1940_imports.js';
import * as transfers from './migrations/20261129T1930_transfers.js';
import * as reports from './migrations/20261129T1945_reports.js';
import * as auditLeaf from './migrations/20261129T2200_audit_leaf.js';
import * as sealedPeople from './migrations/20261130T0100_sealed_people.js';
import * as auditDerivedColumns from './migrations/20261130T0110_audit_derived_columns.js';
import * as importRowDigest from './migrations/20261130T0400_import_row_digest.js';
import * as wrappedPersonKeys from './migrations/20261130T0500_wrapped_person_keys.js';

/**
 * Migrations are listed here in timestamp order (static imports, so the built
 * package needs no directory scan). Each file exports `up` and `down`.
 */
const MIGRATIONS: Record<string, Migration> = {
  '20261129T1830_foundation': foundation,
  '20261129T1900_case_facts': caseFacts,
  '20261129T1905_agreements_ledger': agreementsLedger,
  '20261129T1910_audit_checkpoints': auditCheckpoints,
  '20261129T1915_access': access,
  '20261129T1920_person_keys': personKeys,
  '20261129T1930_transfers': transfers,
  '20261129T1935_documents': documents,
  '20261129T1940_imports': imports,
  '20261129T1945_reports': reports,
  '20261129T2200_audit_leaf': auditLeaf,
  '20261130T0100_sealed_people': sealedPeople,
  '20261130T0110_audit_derived_columns': auditDerivedColumns,
  '20261130T0400_import_row_digest': importRowDigest,
  '20261130T0500_wrapped_person_keys': wrappedPersonKeys,
};

class StaticMigrationProvider implements MigrationProvider {
  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve(MIGRATIONS);
  }
}

function migratorFor(db: Kysely<DB>): Migrator {
  return new Migrator({ db, provider: new StaticMigrationProvider() });
}

function throwOnFailure(result: MigrationResultSet): string[] {
  const applied = (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  if (result.error !== undefined) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    const reason = result.error instanceof Error ? result.error.message : JSON.stringify(result.error);
    throw new AppError('migration_failed', `migration ${failed} failed: ${reason}`, { migration: failed });
  }
  return applied;
}

/** Applies every pending migration; returns the names applied. */
export async function migrateToLatest(db: Kysely<DB>): Promise<string[]> {
  // Every start migrates. When exactly the known migrations are applied, one cheap query replaces the
  // Migrator's catalog introspection, which costs seconds on PGlite (measured by the crash-safety suite).
  if (await isUpToDate(db)) return [];
  return throwOnFailure(await migratorFor(db).migrateToLatest());
}

async function isUpToDate(db: Kysely<DB>): Promise<boolean> {
  try {
    const applied = new Set((await sql<{ name: string }>`select name from kysely_migration`.execute(db)).rows.map((row) => row.name));
    const known = Object.keys(MIGRATIONS);
    return applied.size === known.length && known.every((name) => applied.has(name));
  } catch {
    // No migration table yet: a fresh database, which the Migrator sets up.
    return false;
  }
}

/** Applies (or reverts) migrations up to and including `name`: tests of a data migration start from the schema before it. */
export async function migrateTo(db: Kysely<DB>, name: string): Promise<string[]> {
  return throwOnFailure(await migratorFor(db).migrateTo(name));
}

/** Reverts the newest migration; returns the name reverted (empty if none). */
export async function migrateDown(db: Kysely<DB>): Promise<string[]> {
  return throwOnFailure(await migratorFor(db).migrateDown());
}

/** Reverts every migration (tests use this to prove down works). */
export async function migrateToZero(db: Kysely<DB>): Promise<void> {
  const migrator = migratorFor(db);
  for (;;) {
    const result = await migrator.migrateDown();
    throwOnFailure(result);
    if ((result.results ?? []).length === 0) return;
  }
}

export function knownMigrations(): string[] {
  return Object.keys(MIGRATIONS);
}
