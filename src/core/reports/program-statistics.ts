import { formatMoney, isCurrencyCode } from '../money.js';
import { medianOf } from './median.js';
import type { ReportPeriod } from './report-period.js';
import type { ReportTable } from './report-table.js';

/** Tables of the program statistics, in the order they are reported. */
export const PROGRAM_TABLE_IDS = [
  'cases_by_state_destination',
  'relocations_by_agreement',
  'payments_by_agreement',
  'safeguard_blocks_by_rule',
  'holds_by_cause',
  'days_to_relocation',
  'overdue_welfare_checks',
] as const;
export type ProgramTableId = (typeof PROGRAM_TABLE_IDS)[number];

/** Internal program statistics (signed-in roles with 'report:program'); exact counts, no disclosure control. */
export interface ProgramStatistics {
  readonly kind: 'program';
  readonly period: ReportPeriod;
  readonly grouping: 'month' | 'quarter';
  readonly generatedAt: string;
  readonly tables: readonly ReportTable[];
}

/** Raw aggregates the service reads; shaping them is pure. */
export interface ProgramAggregates {
  readonly casesOpened: readonly { bucket: string; destination: string | null; state: string; count: number }[];
  readonly relocations: readonly { bucket: string; agreement: string | null; destination: string | null; count: number }[];
  readonly payments: readonly { agreement: string; currency: string; obligated: number; disbursed: number }[];
  readonly safeguardBlocks: readonly { safeguard: string; decisions: number; cases: number }[];
  readonly holds: readonly { cause: string | null; heldFrom: string | null; count: number }[];
  readonly relocationDurations: readonly { destination: string | null; days: number }[];
  readonly overdueWelfareChecks: readonly { destination: string | null; dayOffset: number; count: number }[];
}

const NONE = '(none)';

/**
 * Shapes the aggregates into report tables (money as minor units, currency and
 * a formatted string; medians in days), optionally only one table.
 *
 * @example shapeProgramTables(aggregates).map((table) => table.id) // PROGRAM_TABLE_IDS
 */
export function shapeProgramTables(aggregates: ProgramAggregates, grouping: 'month' | 'quarter', only?: ProgramTableId): ReportTable[] {
  const tables: ReportTable[] = [
    {
      id: 'cases_by_state_destination',
      title: `Cases opened per ${grouping}, by destination and current state`,
      columns: [grouping, 'destination', 'state', 'cases'],
      rows: aggregates.casesOpened.map((row) => [row.bucket, row.destination ?? NONE, row.state, row.count]),
    },
    {
      id: 'relocations_by_agreement',
      title: `Relocations per agreement and ${grouping}`,
      columns: [grouping, 'agreement', 'receiving_country', 'relocations'],
      rows: aggregates.relocations.map((row) => [row.bucket, row.agreement ?? NONE, row.destination ?? NONE, row.count]),
      note: 'Dated by the allowed relocate decision, or by the closing date of a case closed as relocated.',
    },
    {
      id: 'payments_by_agreement',
      title: 'Payments obligated (due in the period) and disbursed (paid in the period)',
      columns: ['agreement', 'currency', 'obligated_minor', 'obligated', 'disbursed_minor', 'disbursed', 'outstanding_minor', 'outstanding'],
      rows: aggregates.payments.map((row) => [
        row.agreement,
        row.currency,
        row.obligated,
        formatAmount(row.obligated, row.currency),
        row.disbursed,
        formatAmount(row.disbursed, row.currency),
        row.obligated - row.disbursed,
        formatAmount(row.obligated - row.disbursed, row.currency),
      ]),
    },
    {
      id: 'safeguard_blocks_by_rule',
      title: 'Safeguard blocks by rule (blocked decisions in the period)',
      columns: ['safeguard', 'blocked_decisions', 'cases'],
      rows: aggregates.safeguardBlocks.map((row) => [row.safeguard, row.decisions, row.cases]),
    },
    {
      id: 'holds_by_cause',
      title: 'Cases on hold now, by cause and the state the hold interrupted',
      columns: ['cause', 'held_from_state', 'cases'],
      rows: aggregates.holds.map((row) => [row.cause ?? NONE, row.heldFrom ?? NONE, row.count]),
      note: 'Current holds at the time of the report, whatever the period.',
    },
    {
      id: 'days_to_relocation',
      title: 'Median days from intake to relocation (relocations in the period)',
      columns: ['receiving_country', 'relocations', 'median_days'],
      rows: medianRows(aggregates.relocationDurations),
    },
    {
      id: 'overdue_welfare_checks',
      title: 'Overdue monitoring (welfare) checks now, by receiving country and day offset',
      columns: ['receiving_country', 'day_offset', 'overdue_checks'],
      rows: aggregates.overdueWelfareChecks.map((row) => [row.destination ?? NONE, row.dayOffset, row.count]),
      note: 'A check is overdue when it is still scheduled after its due time.',
    },
  ];
  return only === undefined ? tables : tables.filter((table) => table.id === only);
}

function formatAmount(amountMinor: number, currency: string): string {
  if (!isCurrencyCode(currency)) return `${String(amountMinor)} ${currency} (minor units)`;
  return amountMinor < 0 ? `-${formatMoney({ amountMinor: -amountMinor, currency })}` : formatMoney({ amountMinor, currency });
}

function medianRows(durations: ProgramAggregates['relocationDurations']): (string | number | null)[][] {
  const byDestination = new Map<string, number[]>();
  for (const { destination, days } of durations) {
    const key = destination ?? NONE;
    byDestination.set(key, [...(byDestination.get(key) ?? []), days]);
  }
  const rows: (string | number | null)[][] = [...byDestination.keys()].sort().map((key) => {
    const days = byDestination.get(key) ?? [];
    return [key, days.length, medianOf(days)];
  });
  rows.push(['all', durations.length, medianOf(durations.map((row) => row.days))]);
  return rows;
}
