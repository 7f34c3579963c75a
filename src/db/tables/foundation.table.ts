import type { ColumnType, Generated, JSONColumnType } from 'kysely';

/**
 * Row types of the foundation migration. Timestamps arrive as RFC 3339
 * strings and dates as 'YYYY-MM-DD' (see type-parsers.ts); writes accept the same.
 */
export type Timestamp = ColumnType<string, string | undefined, string>;
export type Version = ColumnType<number, number | undefined, number>;

export interface CountriesTable {
  code: string;
  name: string;
}

export interface UsersTable {
  id: Generated<string>;
  username: string;
  display_name: string;
  agency: Generated<string>;
  roles: string[];
  clearance: Generated<string>;
  country: string | null;
  active: Generated<boolean>;
  password_hash: string | null;
  /** Added by the access migration. */
  distribution: ColumnType<string[], string[] | undefined, string[]>;
  password_changed_at: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

export interface PeopleTable {
  id: Generated<string>;
  external_id: string | null;
  /** The personal fields sealed under the person's data key (sealPersonalFields): `wp1:` + base64. */
  personal_data: string;
  /** Keyed blind index of name and birth date (identityDigest); null once erased, or until backfilled. */
  identity_digest: ColumnType<Uint8Array | null, Uint8Array | null | undefined, Uint8Array | null>;
  is_demo: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

export interface AgreementsTable {
  id: Generated<string>;
  code: string;
  title: string;
  sending_country: string;
  receiving_country: string;
  status: string;
  status_changed_at: Timestamp;
  effective_from: string | null;
  effective_to: string | null;
  summary: Generated<string>;
  confidence: Generated<string>;
  sources: JSONColumnType<unknown[], string | undefined>;
  is_demo: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

export interface AgreementTermsTable {
  id: Generated<string>;
  agreement_id: string;
  version_no: number;
  effective_from: string;
  change_summary: string;
  terms: JSONColumnType<Record<string, unknown>>;
  source_documents: JSONColumnType<unknown[], string | undefined>;
  created_at: Timestamp;
}

export interface CasesTable {
  id: Generated<string>;
  reference: string;
  person_id: string;
  state: string;
  held_from_state: string | null;
  hold_reason: string | null;
  destination_country: string | null;
  agreement_id: string | null;
  rule_set_id: string;
  officer_id: string | null;
  counsel_id: string | null;
  close_outcome: string | null;
  opened_at: Timestamp;
  closed_at: string | null;
  external_id: string | null;
  is_demo: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
  /** Added by the access migration: owning agency and further case-team members (need-to-know). */
  agency: Generated<string>;
  team_ids: ColumnType<string[], string[] | undefined, string[]>;
}

export interface TransfersTable {
  id: Generated<string>;
  reference: string;
  agreement_id: string;
  status: string;
  scheduled_departure: string;
  carrier: Generated<string>;
  flight: Generated<string>;
  facility: Generated<string>;
  escort_count: Generated<number>;
  prepared_by: string | null;
  is_demo: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

export interface DocumentsTable {
  id: Generated<string>;
  kind: string;
  title: string;
  document_date: string | null;
  originator: Generated<string>;
  classification: string;
  caveats: ColumnType<string[], string[] | undefined, string[]>;
  is_demo: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

export interface DecisionsTable {
  id: Generated<string>;
  case_id: string;
  transition: string;
  rule_set_id: string;
  rule_set_hash: string;
  facts: JSONColumnType<Record<string, unknown>>;
  facts_hash: string;
  findings: JSONColumnType<unknown[]>;
  outcome: 'allowed' | 'blocked';
  evaluated_at: string;
  actor: string;
  created_at: Timestamp;
}

/**
 * The `audit_log` view (migration 20261130T0110): what every reader sees. Unsealed entries show
 * their stored columns; sealed ones the values parsed from their hashed `leaf`. Read-only:
 * writers insert into `audit_log_rows` (appendAudit), only the sealer updates it.
 */
export interface AuditLogView {
  id: ColumnType<number, never, never>;
  seq: ColumnType<number | null, never, never>;
  at: ColumnType<string, never, never>;
  actor: ColumnType<string, never, never>;
  action: ColumnType<string, never, never>;
  resource_type: ColumnType<string, never, never>;
  resource_id: ColumnType<string | null, never, never>;
  details: ColumnType<Record<string, unknown>, never, never>;
  prev_hash: ColumnType<string | null, never, never>;
  hash: ColumnType<string | null, never, never>;
  leaf: ColumnType<string | null, never, never>;
}

/**
 * Stored audit entries. The structured columns hold an entry only until it is sealed; the
 * sealing UPDATE sets seq, hash and leaf and NULLs them (CHECK audit_log_sealed_derived).
 * Warning: `leaf` is hashed content (docs/AUDIT.md); read entries through `audit_log`.
 */
export interface AuditLogRowsTable {
  id: Generated<number>;
  seq: number | null;
  at: string | null;
  actor: string | null;
  action: string | null;
  resource_type: string | null;
  resource_id: string | null;
  details: JSONColumnType<Record<string, unknown> | null>;
  hash: string | null;
  leaf: string | null;
}

export interface FoundationTables {
  countries: CountriesTable;
  users: UsersTable;
  people: PeopleTable;
  agreements: AgreementsTable;
  agreement_terms: AgreementTermsTable;
  cases: CasesTable;
  transfers: TransfersTable;
  documents: DocumentsTable;
  decisions: DecisionsTable;
  audit_log: AuditLogView;
  audit_log_rows: AuditLogRowsTable;
}
