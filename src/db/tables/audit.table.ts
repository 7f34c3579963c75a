import type { ColumnType, Generated, JSONColumnType } from 'kysely';

/** Row types of the audit checkpoint migration (20261129T1910_audit_checkpoints). */
export interface AuditCheckpointsTable {
  id: Generated<number>;
  tree_size: number;
  root_hash: string;
  /** RFC 3339; the signed timestamp is this instant as toInstant writes it. */
  signed_at: ColumnType<string, string, never>;
  signature: string;
  key_id: string;
  /** MerkleFrontierJson: { size, hashes } (src/audit/merkle/merkle-frontier.ts). */
  frontier: JSONColumnType<{ size: number; hashes: string[] }>;
}

/** Per-person data keys for crypto-shredding (migration 20261129T1920_person_keys). */
export interface PersonKeysTable {
  person_id: string;
  /** 32 random bytes; null once destroyed. */
  key: Uint8Array | null;
  created_at: ColumnType<string, string | undefined, never>;
  destroyed_at: string | null;
}

export interface AuditTables {
  audit_checkpoints: AuditCheckpointsTable;
  person_keys: PersonKeysTable;
}
