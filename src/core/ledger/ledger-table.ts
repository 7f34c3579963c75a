import type { Money } from '../money.js';
import type { CapacityCounts } from './capacity.js';
import { freePlaces } from './capacity.js';
import { moneyView } from './money-view.js';
import type { Reconciliation } from './reconciliation.js';

/** What the plain-text ledger shows; a subset of the service's AgreementLedger. */
export interface LedgerTableInput {
  readonly agreement: { readonly code: string; readonly title: string; readonly status: string };
  readonly asOf: string;
  readonly capacity: CapacityCounts;
  readonly obligations: readonly { readonly dueOn: string; readonly kind: string; readonly label: string; readonly amount: Money }[];
  readonly disbursements: readonly { readonly paidOn: string; readonly reference: string; readonly amount: Money }[];
  readonly reconciliation: Reconciliation | null;
}

/**
 * The ledger as a fixed-width text table for the terminal: capacity,
 * every entry, and the month-by-month reconciliation. Amounts are
 * right-aligned formatted strings (Intl.NumberFormat via formatMoney).
 *
 * @example formatLedgerTable(ledger).join('\n')
 */
export function formatLedgerTable(ledger: LedgerTableInput): string[] {
  const free = freePlaces(ledger.capacity);
  const lines = [
    `${ledger.agreement.code} — ${ledger.agreement.title}`,
    `status ${ledger.agreement.status} · as of ${ledger.asOf}`,
    `capacity ${ledger.capacity.capacity ?? 'no cap'} · consumed ${ledger.capacity.consumed} · reserved ${ledger.capacity.reserved} · free ${free ?? 'no cap'}`,
    '',
  ];
  const rows: string[][] = [
    ...ledger.obligations.map((entry) => [entry.dueOn, `obligation (${entry.kind})`, entry.label, moneyView(entry.amount).formatted, '']),
    ...ledger.disbursements.map((entry) => [entry.paidOn, 'disbursement', entry.reference, '', moneyView(entry.amount).formatted]),
  ].sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
  lines.push(...table(['date', 'entry', 'label', 'obligated', 'disbursed'], rows, [false, false, false, true, true]));
  if (ledger.reconciliation) {
    const r = ledger.reconciliation;
    lines.push('', ...table(
      ['month', 'obligated', 'disbursed', 'outstanding'],
      r.months.map((month) => [month.month, moneyView(month.obligated).formatted, moneyView(month.disbursed).formatted, moneyView(month.outstandingAtEnd).formatted]),
      [false, true, true, true],
    ));
    lines.push('', `total obligated ${moneyView(r.obligated).formatted} · disbursed ${moneyView(r.disbursed).formatted} · outstanding ${moneyView(r.outstanding).formatted}`);
  }
  return lines;
}

function table(header: readonly string[], rows: readonly (readonly string[])[], alignRight: readonly boolean[]): string[] {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const render = (row: readonly string[]) =>
    row.map((cell, column) => (alignRight[column] ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join('  ').trimEnd();
  return [render(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(render)];
}
