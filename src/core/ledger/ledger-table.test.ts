import { describe, expect, it } from 'vitest';
import { formatLedgerTable } from './ledger-table.js';
import { reconcile } from './reconciliation.js';

const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' as const });

describe('formatLedgerTable', () => {
  it('prints capacity, entries by date and the reconciliation with formatted amounts', () => {
    const obligations = [{ dueOn: '2026-01-15', kind: 'per_person', label: 'Per-person payment', amount: usd(10_000_000) }];
    const disbursements = [{ paidOn: '2026-01-20', reference: 'TT-1', amount: usd(2_500_050) }];
    const lines = formatLedgerTable({
      agreement: { code: 'us-rw-2025', title: 'US–Rwanda', status: 'active' },
      asOf: '2026-01-31',
      capacity: { capacity: 10, reserved: 2, consumed: 1 },
      obligations,
      disbursements,
      reconciliation: reconcile('USD', obligations.map((o) => ({ amount: o.amount, on: o.dueOn })), disbursements.map((d) => ({ amount: d.amount, on: d.paidOn }))),
    });
    expect(lines).toEqual([
      'us-rw-2025 — US–Rwanda',
      'status active · as of 2026-01-31',
      'capacity 10 · consumed 1 · reserved 2 · free 7',
      '',
      'date        entry                    label                 obligated   disbursed',
      '----------  -----------------------  ------------------  -----------  ----------',
      '2026-01-15  obligation (per_person)  Per-person payment  $100,000.00',
      '2026-01-20  disbursement             TT-1                             $25,000.50',
      '',
      'month      obligated   disbursed  outstanding',
      '-------  -----------  ----------  -----------',
      '2026-01  $100,000.00  $25,000.50   $74,999.50',
      '',
      'total obligated $100,000.00 · disbursed $25,000.50 · outstanding $74,999.50',
    ]);
  });
});
