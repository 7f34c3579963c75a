import { listLegacyImportRows, replaceLegacyImportRowHashes } from '../../db/repositories/import-row.repository.js';
import type { Queryable } from '../../db/schema.js';
import { importRowDigest } from './import-row-digest.js';

const BATCH = 2_000;

/**
 * Keys the unkeyed row hashes that migration 20261130T0400 moved to
 * `import_rows.legacy_row_sha256` (it has no access to the index key, which
 * lives outside the database): each becomes importRowDigest(key, hash), the
 * value a re-run of the same row computes, and the plain hash is cleared.
 * Start-up runs it after migrating; it is idempotent and, when nothing is
 * left, one query on an empty partial index. Returns how many rows it keyed.
 *
 * @example await keyLegacyImportRows(database.db, identityIndexKey);
 */
export async function keyLegacyImportRows(db: Queryable, identityIndexKey: Uint8Array): Promise<number> {
  let keyed = 0;
  for (;;) {
    const rows = await listLegacyImportRows(db, BATCH);
    if (rows.length === 0) return keyed;
    await replaceLegacyImportRowHashes(db, rows.map((row) => ({ runId: row.runId, line: row.line, rowDigest: importRowDigest(identityIndexKey, row.legacyRowSha256) })));
    keyed += rows.length;
  }
}
