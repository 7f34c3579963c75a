import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from './foundation.table.js';

/** Row types of the agreements-ledger migration (20261129T1905_agreements_ledger). */
export interface AgreementStatusChangesTable {
  id: Generated<string>;
  seq: ColumnType<number, never, never>;
  agreement_id: string;
  from_status: string;
  to_status: string;
  effective_on: string;
  reason: string;
  changed_at: Timestamp;
  changed_by: string;
}

export interface AgreementCapacityTable {
  agreement_id: string;
  capacity: number | null;
  reserved: ColumnType<number, number | undefined, number>;
  consumed: ColumnType<number, number | undefined, number>;
  updated_at: Timestamp;
}

export interface CapacityReservationsTable {
  id: Generated<string>;
  agreement_id: string;
  case_id: string;
  status: string;
  reserved_at: Timestamp;
  consumed_at: string | null;
  released_at: string | null;
}

export interface PaymentObligationsTable {
  id: Generated<string>;
  agreement_id: string;
  kind: string;
  case_id: string | null;
  amount_minor: number;
  currency: string;
  due_on: string;
  label: string;
  terms_version: number | null;
  recorded_at: Timestamp;
  recorded_by: string;
}

export interface DisbursementsTable {
  id: Generated<string>;
  agreement_id: string;
  amount_minor: number;
  currency: string;
  paid_on: string;
  reference: ColumnType<string, string | undefined, string>;
  recorded_at: Timestamp;
  recorded_by: string;
}

export interface CountryAssessmentsTable {
  id: Generated<string>;
  country: string | null;
  finding: string | null;
  controlling: boolean;
  assessed_on: string;
  source: string;
  citation: string;
  scope: ColumnType<string, string | undefined, string>;
  recorded_at: Timestamp;
  recorded_by: string;
}

export interface LedgerTables {
  agreement_status_changes: AgreementStatusChangesTable;
  agreement_capacity: AgreementCapacityTable;
  capacity_reservations: CapacityReservationsTable;
  payment_obligations: PaymentObligationsTable;
  disbursements: DisbursementsTable;
  country_assessments: CountryAssessmentsTable;
}
