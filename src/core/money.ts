/**
 * Money is an integer count of minor units with an ISO 4217 currency. There is
 * no floating point anywhere on the money path; formatting is for display only.
 *
 * @example formatMoney({ amountMinor: 10_000_000, currency: 'USD' }) === '$100,000.00'
 */
export interface Money {
  readonly amountMinor: number;
  readonly currency: CurrencyCode;
}

/** ISO 4217 codes with their minor-unit exponent (active codes in common use). */
export const CURRENCY_MINOR_UNITS = {
  USD: 2, EUR: 2, GBP: 2, RWF: 0, SVC: 2, SZL: 2, UGX: 0, SSP: 2, HNL: 2, GTQ: 2, CRC: 2, PAB: 2, MXN: 2,
  CAD: 2, AUD: 2, CHF: 2, JPY: 0, CNY: 2, INR: 2, KES: 2, TZS: 2, ZAR: 2, GHS: 2, NGN: 2, XAF: 0, XOF: 0,
  EGP: 2, MAD: 2, TND: 3, DZD: 2, LYD: 3, SAR: 2, AED: 2, QAR: 2, KWD: 3, BHD: 3, OMR: 3, JOD: 3, ILS: 2,
  TRY: 2, SEK: 2, NOK: 2, DKK: 2, PLN: 2, CZK: 2, HUF: 2, RON: 2, BGN: 2, RSD: 2, UAH: 2, RUB: 2,
  BRL: 2, ARS: 2, CLP: 0, COP: 2, PEN: 2, VES: 2, BOB: 2, PYG: 0, UYU: 2, DOP: 2, CUP: 2, HTG: 2,
  JMD: 2, NIO: 2, BZD: 2, KRW: 0, VND: 0, THB: 2, MYR: 2, SGD: 2, IDR: 2, PHP: 2, PKR: 2, BDT: 2, LKR: 2,
  NPR: 2, AFN: 2, IRR: 2, IQD: 3, SYP: 2, LBP: 2, YER: 2, ETB: 2, ERN: 2, SOS: 2, SDG: 2, UZS: 2,
  KZT: 2, GEL: 2, AMD: 2, AZN: 2, MNT: 2, NZD: 2, HKD: 2, TWD: 2, BWP: 2, NAD: 2, LSL: 2, MZN: 2,
  ZMW: 2, MWK: 2, AOA: 2, CDF: 2, BIF: 0, DJF: 0, KMF: 0, MGA: 2, MUR: 2, SCR: 2, GNF: 0, SLE: 2,
  LRD: 2, GMD: 2, CVE: 2, MRU: 2, STN: 2, XCD: 2, BSD: 2, BBD: 2, TTD: 2, GYD: 2, SRD: 2, FJD: 2,
  PGK: 2, SBD: 2, VUV: 0, WST: 2, TOP: 2, MVR: 2, BTN: 2, MMK: 2, KHR: 2, LAK: 2, BND: 2, MOP: 2,
  KGS: 2, TJS: 2, TMT: 2, BYN: 2, MDL: 2, MKD: 2, ALL: 2, BAM: 2, ISK: 0, KPW: 2, XPF: 0,
} as const;

export type CurrencyCode = keyof typeof CURRENCY_MINOR_UNITS;

export function isCurrencyCode(value: string): value is CurrencyCode {
  return Object.hasOwn(CURRENCY_MINOR_UNITS, value);
}

export function isValidMinorAmount(amountMinor: number): boolean {
  return Number.isSafeInteger(amountMinor) && amountMinor >= 0;
}

export function sumMoney(currency: CurrencyCode, amounts: readonly Money[]): Money {
  let total = 0;
  for (const amount of amounts) {
    if (amount.currency !== currency) throw new TypeError(`sumMoney: ${amount.currency} in a ${currency} sum`);
    total += amount.amountMinor;
  }
  if (!Number.isSafeInteger(total)) throw new RangeError('sumMoney: total exceeds safe integer range');
  return { amountMinor: total, currency };
}

/** Display only: formats minor units exactly via string arithmetic, then Intl for grouping and symbol. */
export function formatMoney(money: Money, locale = 'en-US'): string {
  const exponent = CURRENCY_MINOR_UNITS[money.currency];
  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: money.currency,
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  });
  const digits = String(money.amountMinor).padStart(exponent + 1, '0');
  const whole = exponent === 0 ? digits : digits.slice(0, -exponent);
  const fraction = exponent === 0 ? '' : digits.slice(-exponent);
  // Intl accepts a decimal string, so no binary floating point is ever involved.
  return formatter.format(`${whole}${fraction ? `.${fraction}` : ''}` as unknown as number);
}
