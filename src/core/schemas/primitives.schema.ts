import { z } from 'zod';
import { isCountryCode } from '../country.js';
import { isLanguageCode } from '../language.js';
import { isCurrencyCode } from '../money.js';
import { isCalendarDate, isRfc3339 } from '../time.js';

/**
 * Shared field schemas. They validate at every edge (API, CLI, import) and
 * their descriptions flow into the OpenAPI document.
 */
export const countryCodeSchema = z
  .string()
  .refine(isCountryCode, { error: 'must be an ISO 3166-1 alpha-2 code, e.g. RW', params: { code: 'unknown_country' } })
  .meta({ description: 'ISO 3166-1 alpha-2 country code', example: 'RW' });

export const languageCodeSchema = z
  .string()
  .refine(isLanguageCode, { error: 'must be an ISO 639-1 code, e.g. ar', params: { code: 'unknown_language' } })
  .meta({ description: 'ISO 639-1 language code', example: 'ar' });

export const currencyCodeSchema = z
  .string()
  .refine(isCurrencyCode, { error: 'must be an ISO 4217 code, e.g. USD', params: { code: 'unknown_currency' } })
  .meta({ description: 'ISO 4217 currency code', example: 'USD' });

export const calendarDateSchema = z
  .string()
  .refine(isCalendarDate, { error: 'must be an RFC 3339 full-date, YYYY-MM-DD', params: { code: 'invalid_time' } })
  .meta({ description: 'RFC 3339 full-date', example: '2025-04-04' });

export const instantSchema = z
  .string()
  .refine(isRfc3339, { error: 'must be an RFC 3339 date-time with offset', params: { code: 'invalid_time' } })
  .meta({ description: 'RFC 3339 date-time; stored in UTC', example: '2025-04-04T12:00:00Z' });

export const minorUnitsSchema = z
  .number()
  .int({ error: 'must be an integer number of minor units' })
  .nonnegative()
  .max(Number.MAX_SAFE_INTEGER)
  .meta({ description: 'Amount in integer minor units (cents for USD); never a float', example: 10_000_000 });

export const moneySchema = z.strictObject({ amountMinor: minorUnitsSchema, currency: currencyCodeSchema });

export const uuidSchema = z.uuid().meta({ description: 'UUID', example: '00000000-0000-4000-8000-000000000000' });

/** Short free text: trimmed, no control characters except newlines and tabs. */
export function textSchema(max: number) {
  return z
    .string()
    .max(max)
    .refine((value) => !hasControlCharacters(value), { error: 'must not contain control characters' });
}

/** C0 controls other than tab, newline and carriage return, and DEL. */
function hasControlCharacters(value: string): boolean {
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return true;
  }
  return false;
}
