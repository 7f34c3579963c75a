import { formatMoney, type CurrencyCode, type Money } from '../money.js';

/** Money as the API and CLI show it: exact minor units plus a display string. */
export interface MoneyView {
  readonly amountMinor: number;
  readonly currency: CurrencyCode;
  readonly formatted: string;
}

/**
 * A balance can be negative (paid ahead of obligations); formatMoney takes
 * non-negative amounts, so the sign is put in front of the formatted magnitude.
 *
 * @example moneyView({ amountMinor: 100_000_000, currency: 'USD' }).formatted === '$1,000,000.00'
 */
export function moneyView(money: Money, locale = 'en-US'): MoneyView {
  const magnitude = formatMoney({ amountMinor: Math.abs(money.amountMinor), currency: money.currency }, locale);
  return { amountMinor: money.amountMinor, currency: money.currency, formatted: money.amountMinor < 0 ? `-${magnitude}` : magnitude };
}
