import { AppError } from '../errors.js';
import { isCalendarDate } from '../time.js';

/** An inclusive range of calendar days (UTC), e.g. 2026-01-01 … 2026-12-31. */
export interface ReportPeriod {
  readonly from: string;
  readonly to: string;
}

/** Limits a report puts on its period (longer tables are unreadable, and the exact disclosure audit grows fast). */
export interface PeriodLimits {
  readonly maxYears: number;
  /** The public report is a country × quarter table; the disclosure audit is sized for at most this many quarters. */
  readonly maxQuarters?: number;
}

export const PROGRAM_PERIOD_LIMITS: PeriodLimits = { maxYears: 20 };
export const TRANSPARENCY_PERIOD_LIMITS: PeriodLimits = { maxYears: 5, maxQuarters: 20 };

/**
 * Checks a requested period: both bounds present (an unbounded report is
 * refused rather than silently scanning everything), calendar dates, not
 * reversed, and not longer than the limits. Throws `report_period_invalid`
 * with details.problem = missing_bound | not_a_date | reversed | too_long.
 *
 * @example resolveReportPeriod({ from: '2026-01-01', to: '2026-06-30' }, PROGRAM_PERIOD_LIMITS)
 */
export function resolveReportPeriod(input: { readonly from?: string | undefined; readonly to?: string | undefined }, limits: PeriodLimits): ReportPeriod {
  const { from, to } = input;
  if (from === undefined || to === undefined) {
    throw new AppError('report_period_invalid', 'a report needs both from and to', { problem: 'missing_bound' }, 'Give both from and to (YYYY-MM-DD).');
  }
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    if (!isCalendarDate(value)) {
      throw new AppError('report_period_invalid', `${name} ${value} is not YYYY-MM-DD`, { problem: 'not_a_date', field: name }, `${name} must be a calendar date, YYYY-MM-DD.`);
    }
  }
  if (from > to) {
    throw new AppError('report_period_invalid', `from ${from} is after to ${to}`, { problem: 'reversed', from, to }, 'The period is reversed: from is after to.');
  }
  const period = { from, to };
  const spanDays = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  const quarters = quartersInPeriod(period).length;
  if (spanDays > limits.maxYears * 366 || (limits.maxQuarters !== undefined && quarters > limits.maxQuarters)) {
    throw new AppError(
      'report_period_invalid',
      `the period ${from} … ${to} is longer than this report allows`,
      { problem: 'too_long', maxYears: limits.maxYears, ...(limits.maxQuarters === undefined ? {} : { maxQuarters: limits.maxQuarters }) },
      `The period is too long: at most ${String(limits.maxYears)} years${limits.maxQuarters === undefined ? '' : ` (${String(limits.maxQuarters)} quarters)`}.`,
    );
  }
  return period;
}

/** @example quarterOf('2026-05-02') === '2026-Q2' */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${String(Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1)}`;
}

/** @example monthsInPeriod({ from: '2025-12-15', to: '2026-02-01' }) // ['2025-12', '2026-01', '2026-02'] */
export function monthsInPeriod(period: ReportPeriod): string[] {
  const months: string[] = [];
  let year = Number(period.from.slice(0, 4));
  let month = Number(period.from.slice(5, 7));
  const last = period.to.slice(0, 7);
  for (;;) {
    const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    if (key > last) return months;
    months.push(key);
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
}

/** @example quartersInPeriod({ from: '2025-12-15', to: '2026-04-01' }) // ['2025-Q4', '2026-Q1', '2026-Q2'] */
export function quartersInPeriod(period: ReportPeriod): string[] {
  const quarters: string[] = [];
  for (const month of monthsInPeriod(period)) {
    const quarter = quarterOf(`${month}-01`);
    if (quarters[quarters.length - 1] !== quarter) quarters.push(quarter);
  }
  return quarters;
}

/** The period as a half-open instant range [start, end) for SQL (end = the day after `to`, 00:00 UTC). */
export function periodInstants(period: ReportPeriod): { readonly start: string; readonly end: string } {
  const end = new Date(`${period.to}T00:00:00.000Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  return { start: `${period.from}T00:00:00.000Z`, end: end.toISOString() };
}

/**
 * The period a public preview covers when the reader names none: the current
 * quarter and the three before it, up to today.
 *
 * @example recentQuartersPeriod('2026-01-15') // { from: '2025-04-01', to: '2026-01-15' }
 */
export function recentQuartersPeriod(today: string): ReportPeriod {
  const year = Number(today.slice(0, 4));
  const quarterStartMonth = Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3 + 1;
  const startMonthIndex = year * 12 + (quarterStartMonth - 1) - 9;
  const from = `${String(Math.floor(startMonthIndex / 12)).padStart(4, '0')}-${String((startMonthIndex % 12) + 1).padStart(2, '0')}-01`;
  return { from, to: today };
}
