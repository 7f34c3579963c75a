/**
 * Time in Waypoint: instants are RFC 3339 strings in UTC with millisecond
 * precision (`2025-04-04T12:00:00.000Z`), stored as timestamptz. The clock is
 * injected everywhere so that safeguards, tests and replays never read the
 * wall clock on their own.
 */
export type Instant = string;

export interface Clock {
  now(): Date;
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a full RFC 3339 date-time with an explicit offset. */
export function isRfc3339(value: string): boolean {
  const match = RFC3339.exec(value);
  if (!match) return false;
  return !Number.isNaN(Date.parse(value)) && isValidCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** True for an RFC 3339 full-date (YYYY-MM-DD) that exists on the calendar. */
export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  return match !== null && isValidCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

function isValidCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** Normalises any RFC 3339 instant to UTC with milliseconds. */
export function toInstant(value: Date | string): Instant {
  return (typeof value === 'string' ? new Date(value) : value).toISOString();
}

export function addHours(instant: Instant, hours: number): Instant {
  return new Date(Date.parse(instant) + hours * 3_600_000).toISOString();
}

export function addDays(instant: Instant, days: number): Instant {
  return new Date(Date.parse(instant) + days * 86_400_000).toISOString();
}

export function isBefore(a: Instant, b: Instant): boolean {
  return Date.parse(a) < Date.parse(b);
}

export function maxInstant(instants: readonly Instant[]): Instant | null {
  let best: Instant | null = null;
  for (const instant of instants) if (best === null || Date.parse(instant) > Date.parse(best)) best = instant;
  return best;
}
