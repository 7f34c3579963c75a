/**
 * One table of a report, shaped for every format: JSON (as is), CSV (one
 * section per table) and the dashboard. Numbers stay numbers; money appears as
 * integer minor units with the currency and a formatted string beside them.
 * WARNING: the program statistics JSON shape; change only additively.
 *
 * @example
 *   const table: ReportTable = { id: 'holds_by_cause', title: 'Holds by cause', columns: ['cause', 'cases'], rows: [['court order', 2]] };
 */
export interface ReportTable {
  readonly id: string;
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly ReportCell[])[];
  /** Why a table is empty or omitted, or how to read it. */
  readonly note?: string;
}

export type ReportCell = string | number | null;
