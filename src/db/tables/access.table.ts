import type { ColumnType, Generated } from 'kysely';

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ended_at: string | null;
  remote_address: ColumnType<string, string | undefined, string>;
}

export interface ApiTokensTable {
  id: Generated<string>;
  user_id: string;
  name: ColumnType<string, string | undefined, string>;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface BreakGlassGrantsTable {
  id: Generated<string>;
  user_id: string;
  case_id: string;
  reason: string;
  granted_at: string;
  expires_at: string;
  reviewed_at: string | null;
  reviewed_by: string | null;
}

/** Columns the access migration adds to foundation tables. */
export interface AccessTables {
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  break_glass_grants: BreakGlassGrantsTable;
}
