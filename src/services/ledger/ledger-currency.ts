import { AppError } from '../../core/errors.js';
import { termsCurrency } from '../../core/ledger/terms-currency.js';
import type { CurrencyCode } from '../../core/money.js';
import type { Queryable } from '../../db/schema.js';
import type { AgreementTermsContext } from '../agreements/load-agreement-terms.js';

/**
 * The one currency of an agreement's ledger: the newest terms version that
 * names a payment decides; without one, the first entry already posted;
 * null when neither exists (the first entry then sets it).
 */
export async function ledgerCurrency(db: Queryable, loaded: AgreementTermsContext): Promise<CurrencyCode | null> {
  for (const version of [...loaded.versions].reverse()) {
    const currency = termsCurrency(version.terms);
    if (currency !== null) return currency;
  }
  return postedCurrency(db, loaded.agreement.id);
}

/** The currency of entries already in the ledger, if any. */
export async function postedCurrency(db: Queryable, agreementId: string): Promise<CurrencyCode | null> {
  const obligation = await db.selectFrom('payment_obligations').select('currency').where('agreement_id', '=', agreementId).limit(1).executeTakeFirst();
  if (obligation) return obligation.currency as CurrencyCode;
  const disbursement = await db.selectFrom('disbursements').select('currency').where('agreement_id', '=', agreementId).limit(1).executeTakeFirst();
  return disbursement ? (disbursement.currency as CurrencyCode) : null;
}

/** Refuses (400 currency_mismatch) an amount in another currency than the ledger's. */
export async function assertLedgerCurrency(db: Queryable, loaded: AgreementTermsContext, currency: CurrencyCode): Promise<void> {
  const expected = await ledgerCurrency(db, loaded);
  if (expected !== null && expected !== currency) {
    throw new AppError('currency_mismatch', `agreement ${loaded.agreement.code} is kept in ${expected}, not ${currency}`, { agreement: loaded.agreement.code, expected, received: currency });
  }
}
