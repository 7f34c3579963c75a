import type { AgreementTerms } from '../agreement.js';
import type { CurrencyCode } from '../money.js';

/**
 * The one currency an agreement's payments are in, from its terms: the
 * per-person payment's, else the first lump sum's; null when the terms name
 * no payment. Each agreement's ledger is kept in this single currency.
 *
 * @example termsCurrency({ ...emptyTerms(), payments: { perPerson: { amountMinor: 1, currency: 'USD' }, lumpSums: [] } }) === 'USD'
 */
export function termsCurrency(terms: AgreementTerms): CurrencyCode | null {
  return terms.payments.perPerson?.currency ?? terms.payments.lumpSums[0]?.amount.currency ?? null;
}

/** Every currency the terms mention; more than one is refused when terms are recorded. */
export function currenciesInTerms(terms: AgreementTerms): CurrencyCode[] {
  const found = new Set<CurrencyCode>();
  if (terms.payments.perPerson) found.add(terms.payments.perPerson.currency);
  for (const lumpSum of terms.payments.lumpSums) found.add(lumpSum.amount.currency);
  return [...found].sort();
}
