import type { Generated, JSONColumnType } from 'kysely';
import type { Timestamp, Version } from './foundation.table.js';

/** Row types of migration 20261129T1930_transfers (see its comment). */
export interface TransferLifecycleColumns {
  agency: Generated<string>;
  locked_at: string | null;
  locked_by: string | null;
  departed_at: string | null;
  arrived_at: string | null;
  arrival_confirmed_by: string | null;
  closed_at: string | null;
  cancelled_at: string | null;
  cancel_reason: string | null;
}

export interface ManifestEntriesTable {
  transfer_id: string;
  case_id: string;
  added_at: string;
  added_by: string;
  active: Generated<boolean>;
}

export interface ManifestSnapshotsTable {
  transfer_id: string;
  snapshot: JSONColumnType<Record<string, unknown>>;
  snapshot_hash: string;
  signature: string;
  key_id: string;
  purpose: string;
  case_count: number;
  created_at: string;
}

export interface DepartureRemovalsTable {
  transfer_id: string;
  case_id: string;
  decision_id: string;
  blocked_by: string[];
  reason: string;
  removed_at: string;
}

export interface BoardingRecordsTable {
  transfer_id: string;
  case_id: string;
  boarded_at: string;
  recorded_by: string;
}

export interface WelfareChecksTable {
  id: Generated<string>;
  transfer_id: string;
  case_id: string;
  day_offset: number;
  due_at: string;
  sources: string[];
  status: Generated<'scheduled' | 'completed' | 'missed'>;
  result: 'well' | 'concern' | 'unreachable' | null;
  notes: Generated<string>;
  completed_at: string | null;
  recorded_by: string | null;
  version: Version;
}

export interface AfterActionReviewsTable {
  transfer_id: string;
  summary: string;
  deviations: JSONColumnType<string[]>;
  findings: JSONColumnType<string[]>;
  follow_ups: JSONColumnType<{ action: string; owner: string; due: string | null }[]>;
  document_ids: Generated<string[]>;
  recorded_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

export interface TransfersTables {
  transfers: TransferLifecycleColumns;
  manifest_entries: ManifestEntriesTable;
  manifest_snapshots: ManifestSnapshotsTable;
  departure_removals: DepartureRemovalsTable;
  boarding_records: BoardingRecordsTable;
  welfare_checks: WelfareChecksTable;
  after_action_reviews: AfterActionReviewsTable;
}
