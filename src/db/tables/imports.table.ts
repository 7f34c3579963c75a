import type { Generated } from 'kysely';
import type { Timestamp } from './foundation.table.js';

/** Row types of the imports migrations (20261129T1940_imports, 20261130T0400_import_row_digest). */
export interface ImportRunsTable {
  id: Generated<string>;
  file_sha256: string | null;
  file_name: Generated<string>;
  format: string;
  mode: string;
  status: string;
  actor: string;
  rows_read: Generated<number>;
  rows_imported: Generated<number>;
  rows_skipped: Generated<number>;
  rows_rejected: Generated<number>;
  failure: string | null;
  started_at: string;
  finished_at: Timestamp | null;
}

export interface ImportRowsTable {
  run_id: string;
  line: number;
  person_external_id: string;
  case_external_id: string;
  /**
   * HMAC-SHA-256(k_index, "import-row:" ‖ SHA-256 of the row), hex (importRowDigest); NULL once the
   * person is erased, or while legacy_row_sha256 still waits for start-up to key it.
   */
  row_digest: string | null;
  /** The unkeyed SHA-256 of rows imported before migration 20261130T0400; start-up keys and clears it. */
  legacy_row_sha256: string | null;
  person_id: string;
  case_id: string;
}

export interface ImportTables {
  import_runs: ImportRunsTable;
  import_rows: ImportRowsTable;
}
