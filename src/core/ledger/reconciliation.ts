import type { CurrencyCode, Money } from '../money.js';

/** A ledger entry as reconciliation sees it: an amount on a date. */
export interface DatedAmount {
  readonly amount: Money;
  /** YYYY-MM-DD: an obligation's due date or a disbursement's payment date. */
  readonly on: string;
}

export interface MonthReconciliation {
  /** YYYY-MM */
  readonly month: string;
  readonly obligated: Money;
  readonly disbursed: Money;
  /** Obligated minus disbursed from the first month up to and including this one. */
  readonly outstandingAtEnd: Money;
}

export interface Reconciliation {
  readonly currency: CurrencyCode;
  readonly obligated: Money;
  readonly disbursed: Money;
  /** obligated − disbursed; negative when paid ahead of obligations. */
  readonly outstanding: Money;
  readonly months: readonly MonthReconciliation[];
}

/**
 * Balances an agreement's ledger: totals and a month-by-month running
 * balance. Sums use BigInt so no intermediate can lose a cent, and the result
 * must fit a safe integer (it always does for real programs; the check makes
 * an impossible total loud instead of silently wrong). Every entry must be in
 * the ledger's currency.
 *
 * @example
 *   reconcile('USD', [{ amount: { amountMinor: 10_000_000, currency: 'USD' }, on: '2025-08-15' }], [])
 *   // → obligated $100,000.00, disbursed $0.00, outstanding $100,000.00, one month '2025-08'
 */
export function reconcile(currency: CurrencyCode, obligations: readonly DatedAmount[], disbursements: readonly DatedAmount[]): Reconciliation {
  const months = new Map<string, { obligated: bigint; disbursed: bigint }>();
  const add = (entry: DatedAmount, side: 'obligated' | 'disbursed'): bigint => {
    if (entry.amount.currency !== currency) throw new TypeError(`reconcile: ${entry.amount.currency} entry in a ${currency} ledger`);
    const month = entry.on.slice(0, 7);
    const row = months.get(month) ?? { obligated: 0n, disbursed: 0n };
    row[side] += BigInt(entry.amount.amountMinor);
    months.set(month, row);
    return BigInt(entry.amount.amountMinor);
  };
  let obligated = 0n;
  let disbursed = 0n;
  for (const entry of obligations) obligated += add(entry, 'obligated');
  for (const entry of disbursements) disbursed += add(entry, 'disbursed');

  let running = 0n;
  const monthRows: MonthReconciliation[] = [...months.keys()].sort().map((month) => {
    const row = months.get(month) ?? { obligated: 0n, disbursed: 0n };
    running += row.obligated - row.disbursed;
    return { month, obligated: money(row.obligated, currency), disbursed: money(row.disbursed, currency), outstandingAtEnd: money(running, currency) };
  });
  return {
    currency,
    obligated: money(obligated, currency),
    disbursed: money(disbursed, currency),
    outstanding: money(obligated - disbursed, currency),
    months: monthRows,
  };
}

function money(amount: bigint, currency: CurrencyCode): Money {
  if (amount > BigInt(Number.MAX_SAFE_INTEGER) || amount < -BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('reconcile: total exceeds the safe integer range');
  return { amountMinor: Number(amount), currency };
}
