import { describe, expect, it } from 'vitest';
import { coversCommitments, freePlaces, hasFreePlace } from './capacity.js';
import { moneyView } from './money-view.js';
import { reconcile } from './reconciliation.js';
import { currenciesInTerms, termsCurrency } from './terms-currency.js';
import { emptyTerms } from '../agreement.js';

const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' as const });

describe('reconcile', () => {
  it('totals obligations and disbursements and keeps a running balance per month', () => {
    const result = reconcile(
      'USD',
      [
        { amount: usd(10_000_000), on: '2025-08-15' },
        { amount: usd(10_000_000), on: '2025-08-20' },
        { amount: usd(5_000_001), on: '2025-10-01' },
      ],
      [
        { amount: usd(15_000_000), on: '2025-09-03' },
        { amount: usd(1), on: '2025-10-31' },
      ],
    );
    expect(result.obligated).toEqual(usd(25_000_001));
    expect(result.disbursed).toEqual(usd(15_000_001));
    expect(result.outstanding).toEqual(usd(10_000_000));
    expect(result.months).toEqual([
      { month: '2025-08', obligated: usd(20_000_000), disbursed: usd(0), outstandingAtEnd: usd(20_000_000) },
      { month: '2025-09', obligated: usd(0), disbursed: usd(15_000_000), outstandingAtEnd: usd(5_000_000) },
      { month: '2025-10', obligated: usd(5_000_001), disbursed: usd(1), outstandingAtEnd: usd(10_000_000) },
    ]);
  });

  it('shows a negative balance when paid ahead', () => {
    const result = reconcile('USD', [], [{ amount: usd(250), on: '2025-01-02' }]);
    expect(result.outstanding).toEqual(usd(-250));
    expect(moneyView(result.outstanding).formatted).toBe('-$2.50');
  });

  it('refuses an entry in another currency', () => {
    expect(() => reconcile('USD', [{ amount: { amountMinor: 1, currency: 'EUR' }, on: '2025-01-01' }], [])).toThrow('reconcile: EUR entry in a USD ledger');
  });

  it('refuses a total beyond the safe integer range instead of rounding it', () => {
    const huge = { amount: usd(Number.MAX_SAFE_INTEGER), on: '2025-01-01' };
    expect(() => reconcile('USD', [huge, huge], [])).toThrow(RangeError);
  });
});

describe('moneyView', () => {
  it('formats exactly with Intl', () => {
    expect(moneyView(usd(100_000_000))).toEqual({ amountMinor: 100_000_000, currency: 'USD', formatted: '$1,000,000.00' });
    expect(moneyView({ amountMinor: 1234, currency: 'RWF' }).formatted).toBe('RWF\u00a01,234');
  });
});

describe('capacity arithmetic', () => {
  it('counts free places and commitments', () => {
    expect(freePlaces({ capacity: 10, reserved: 3, consumed: 5 })).toBe(2);
    expect(freePlaces({ capacity: null, reserved: 3, consumed: 5 })).toBeNull();
    expect(hasFreePlace({ capacity: 10, reserved: 0, consumed: 10 })).toBe(false);
    expect(hasFreePlace({ capacity: null, reserved: 0, consumed: 10 })).toBe(true);
    expect(coversCommitments(7, { capacity: 10, reserved: 2, consumed: 5 })).toBe(true);
    expect(coversCommitments(6, { capacity: 10, reserved: 2, consumed: 5 })).toBe(false);
  });
});

describe('termsCurrency', () => {
  it('takes the per-person currency, else the first lump sum', () => {
    expect(termsCurrency(emptyTerms())).toBeNull();
    const lumpOnly = { ...emptyTerms(), payments: { perPerson: null, lumpSums: [{ dueOn: '2025-01-01', amount: { amountMinor: 1, currency: 'GBP' as const }, label: 'x' }] } };
    expect(termsCurrency(lumpOnly)).toBe('GBP');
    expect(currenciesInTerms({ ...lumpOnly, payments: { ...lumpOnly.payments, perPerson: usd(5) } })).toEqual(['GBP', 'USD']);
  });
});
