import type { Generated, JSONColumnType } from 'kysely';

/** Row type of migration 20261129T1945_reports (append-only report releases). */
export interface ReportReleasesTable {
  id: Generated<string>;
  kind: 'transparency';
  version: number;
  period_from: string;
  period_to: string;
  parameters: JSONColumnType<Record<string, unknown>>;
  content: JSONColumnType<Record<string, unknown>>;
  content_sha256: string;
  disclosure_check: JSONColumnType<Record<string, unknown>>;
  released_at: string;
  released_by: string;
}

export interface ReportsTables {
  report_releases: ReportReleasesTable;
}
