import type { Generated } from 'kysely';
import type { Timestamp } from './foundation.table.js';

/** Row types of the imports migration (20261129T1940_imports). */
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
  row_sha256: string;
  person_id: string;
  case_id: string;
}

export interface ImportTables {
  import_runs: ImportRunsTable;
  import_rows: ImportRowsTable;
}
