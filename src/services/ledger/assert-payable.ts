import { AppError } from '../../core/errors.js';
import { isCurrencyCode, isValidMinorAmount, type Money } from '../../core/money.js';
import type { Queryable } from '../../db/schema.js';
import type { AgreementTermsContext } from '../agreements/load-agreement-terms.js';
import { assertLedgerCurrency } from './ledger-currency.js';

/**
 * The checks every payment-ledger entry passes before it is written: a
 * non-negative integer amount (invalid_money), a known ISO 4217 code
 * (unknown_currency), an agreement not terminated (agreement_not_active) and
 * the ledger's currency (currency_mismatch). The API schemas check the first
 * two already; they are repeated here for callers that are not the API.
 */
export async function assertPayable(db: Queryable, loaded: AgreementTermsContext, amount: Money): Promise<void> {
  if (!isValidMinorAmount(amount.amountMinor)) {
    throw new AppError('invalid_money', `amount ${String(amount.amountMinor)} is not a non-negative integer of minor units`, { amountMinor: amount.amountMinor });
  }
  if (!isCurrencyCode(amount.currency)) throw new AppError('unknown_currency', `${String(amount.currency)} is not an ISO 4217 code`, { currency: amount.currency });
  if (loaded.agreement.status === 'terminated') {
    throw new AppError('agreement_not_active', `agreement ${loaded.agreement.code} is terminated; no payment may be recorded`, { agreement: loaded.agreement.code, status: loaded.agreement.status });
  }
  await assertLedgerCurrency(db, loaded, amount.currency);
}
