import type { ReactElement } from 'react';

/**
 * An amount in integer minor units, formatted for the reader's locale with
 * the currency's own number of decimals (JPY has none, GBP two).
 *
 * @example <Money amountMinor={29000000000} currency="GBP" /> // "£290,000,000.00"
 */
export function Money({ amountMinor, currency }: { readonly amountMinor: number; readonly currency: string }): ReactElement {
  try {
    const format = new Intl.NumberFormat(undefined, { style: 'currency', currency });
    const decimals = format.resolvedOptions().maximumFractionDigits ?? 2;
    return <span>{format.format(amountMinor / 10 ** decimals)}</span>;
  } catch {
    return <span>{amountMinor} {currency} (minor units)</span>;
  }
}
