import { sql } from 'kysely';
import type { Queryable, Tx } from '../schema.js';

/**
 * Forgets the digests of an erased person's imported rows, in the erasure's
 * transaction: keyed or not, a digest of a row recognises its content (names,
 * birth date) when the same row is offered again.
 */
export async function clearImportRowDigestsOfPerson(trx: Tx, personId: string): Promise<void> {
  await trx.updateTable('import_rows').set({ row_digest: null, legacy_row_sha256: null }).where('person_id', '=', personId).execute();
}

/** Up to `limit` rows still holding an unkeyed hash from before migration 20261130T0400 (through its partial index). */
export async function listLegacyImportRows(db: Queryable, limit: number): Promise<Array<{ runId: string; line: number; legacyRowSha256: string }>> {
  const rows = await db
    .selectFrom('import_rows')
    .select(['run_id', 'line', 'legacy_row_sha256'])
    .where('legacy_row_sha256', 'is not', null)
    .orderBy('run_id')
    .orderBy('line')
    .limit(limit)
    .execute();
  return rows.flatMap((row) => (row.legacy_row_sha256 === null ? [] : [{ runId: row.run_id, line: row.line, legacyRowSha256: row.legacy_row_sha256 }]));
}

/**
 * Replaces legacy hashes by keyed digests in one statement. A row whose
 * legacy hash is gone meanwhile (its person was erased) stays without one.
 */
export async function replaceLegacyImportRowHashes(db: Queryable, digests: ReadonlyArray<{ readonly runId: string; readonly line: number; readonly rowDigest: string }>): Promise<void> {
  if (digests.length === 0) return;
  await sql`update import_rows r set row_digest = v.digest, legacy_row_sha256 = null
              from unnest(${digests.map((d) => d.runId)}::uuid[], ${digests.map((d) => d.line)}::int4[], ${digests.map((d) => d.rowDigest)}::text[]) as v(run_id, line, digest)
             where r.run_id = v.run_id and r.line = v.line and r.legacy_row_sha256 is not null`.execute(db);
}
