import type { Generated, JSONColumnType } from 'kysely';
import type { Timestamp } from './foundation.table.js';

/** Row types of migration 20261129T1900_case_facts (see its comment for the storage choices). */
export interface CaseFactsTable {
  id: Generated<string>;
  case_id: string;
  kind: string;
  payload: JSONColumnType<Record<string, unknown>>;
  recorded_at: string;
  recorded_by: string;
  supersedes: string | null;
}

export interface CourtOrdersTable {
  id: Generated<string>;
  kind: string;
  court: string;
  docket: Generated<string>;
  scope_kind: 'person' | 'destination' | 'program';
  person_id: string | null;
  country: string | null;
  program_id: string | null;
  active_from: string;
  active_to: string | null;
  recorded_at: string;
  recorded_by: string;
  supersedes: string | null;
}

export interface AlertsTable {
  id: Generated<string>;
  case_id: string;
  recipient_user_id: string | null;
  recipient_role: string;
  kind: 'case_held' | 'manifest_affected';
  message: string;
  created_at: Timestamp;
  read_at: string | null;
}

/** Columns this migration adds to foundation tables; the DB type intersects them with the originals. */
export interface CaseSafeguardColumns {
  earliest_departure_at: string | null;
}
export interface DecisionEvaluatedTransitionColumn {
  evaluated_transition: string | null;
}

export interface CaseFactsTables {
  case_facts: CaseFactsTable;
  court_orders: CourtOrdersTable;
  alerts: AlertsTable;
  cases: CaseSafeguardColumns;
  decisions: DecisionEvaluatedTransitionColumn;
}
