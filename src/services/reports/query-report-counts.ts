import { sql } from 'kysely';
import type { Queryable } from '../../db/schema.js';

/** A time bucket of a count: 'YYYY-MM' (month) or 'YYYY-Qn' (quarter). */
export type ReportGrouping = 'month' | 'quarter';

const BUCKET_FORMAT: Readonly<Record<ReportGrouping, string>> = { month: 'YYYY-MM', quarter: 'YYYY-"Q"Q' };

/** The period as a half-open instant range, see periodInstants. */
export interface InstantRange {
  readonly start: string;
  readonly end: string;
}

function bucket(column: ReturnType<typeof sql.ref>, grouping: ReportGrouping): ReturnType<typeof sql<string>> {
  return sql<string>`to_char(${column} at time zone 'UTC', ${BUCKET_FORMAT[grouping]})`;
}

/**
 * When a person was relocated: the allowed `relocate` decision (the departure
 * passed every safeguard), else the closing date of a case closed as
 * relocated (data placed directly in its state, e.g. the demo, has no decision).
 * Cases in relocated/monitoring without either date have no known date and
 * are not counted in dated tables.
 */
const RELOCATIONS = sql`
  select c.id, c.agreement_id, c.destination_country, c.opened_at,
    coalesce(
      (select min(d.evaluated_at) from decisions d where d.case_id = c.id and d.transition = 'relocate' and d.outcome = 'allowed'),
      case when c.close_outcome = 'relocated' then c.closed_at end
    ) as relocated_at
  from cases c
  where c.state in ('relocated', 'monitoring') or c.close_outcome = 'relocated'`;

/** Cases opened in the range, by opening bucket, destination (null: none yet) and current state. */
export async function countCasesOpened(db: Queryable, range: InstantRange, grouping: ReportGrouping): Promise<{ bucket: string; destination: string | null; state: string; count: number }[]> {
  const { rows } = await sql<{ bucket: string; destination: string | null; state: string; count: number }>`
    select ${bucket(sql.ref('opened_at'), grouping)} as bucket, destination_country as destination, state, count(*)::int as count
    from cases where opened_at >= ${range.start} and opened_at < ${range.end}
    group by 1, 2, 3 order by 1, 2 nulls first, 3`.execute(db);
  return rows;
}

/** Relocations dated in the range, by bucket, agreement and receiving country. */
export async function countRelocations(db: Queryable, range: InstantRange, grouping: ReportGrouping): Promise<{ bucket: string; agreement: string | null; destination: string | null; count: number }[]> {
  const { rows } = await sql<{ bucket: string; agreement: string | null; destination: string | null; count: number }>`
    with relocations as (${RELOCATIONS})
    select ${bucket(sql.ref('r.relocated_at'), grouping)} as bucket, a.code as agreement, r.destination_country as destination, count(*)::int as count
    from relocations r left join agreements a on a.id = r.agreement_id
    where r.relocated_at >= ${range.start} and r.relocated_at < ${range.end}
    group by 1, 2, 3 order by 1, 2, 3`.execute(db);
  return rows;
}

/** Whole days from opening to relocation of each relocation dated in the range. */
export async function relocationDurations(db: Queryable, range: InstantRange): Promise<{ destination: string | null; days: number }[]> {
  const { rows } = await sql<{ destination: string | null; days: number }>`
    with relocations as (${RELOCATIONS})
    select destination_country as destination, floor(extract(epoch from (relocated_at - opened_at)) / 86400)::int as days
    from relocations where relocated_at >= ${range.start} and relocated_at < ${range.end}`.execute(db);
  return rows;
}

/** Blocking findings of blocked decisions in the range, per safeguard: how many decisions and how many distinct cases. */
export async function countSafeguardBlocks(db: Queryable, range: InstantRange): Promise<{ safeguard: string; decisions: number; cases: number }[]> {
  const { rows } = await sql<{ safeguard: string; decisions: number; cases: number }>`
    select finding->>'safeguardId' as safeguard, count(distinct d.id)::int as decisions, count(distinct d.case_id)::int as cases
    from decisions d cross join lateral jsonb_array_elements(d.findings) as finding
    where d.outcome = 'blocked' and finding->>'outcome' = 'block'
      and d.evaluated_at >= ${range.start} and d.evaluated_at < ${range.end}
    group by 1 order by 2 desc, 1`.execute(db);
  return rows;
}

/** People blocked by at least one safeguard in a bucket, by destination. */
export async function countBlockedCases(db: Queryable, range: InstantRange, grouping: ReportGrouping): Promise<{ bucket: string; destination: string | null; count: number }[]> {
  const { rows } = await sql<{ bucket: string; destination: string | null; count: number }>`
    select ${bucket(sql.ref('d.evaluated_at'), grouping)} as bucket, c.destination_country as destination, count(distinct d.case_id)::int as count
    from decisions d join cases c on c.id = d.case_id
    where d.outcome = 'blocked' and d.evaluated_at >= ${range.start} and d.evaluated_at < ${range.end}
    group by 1, 2 order by 1, 2`.execute(db);
  return rows;
}

/** Cases on hold now, by the cause recorded and the state the hold interrupted. */
export async function countCurrentHolds(db: Queryable): Promise<{ cause: string | null; heldFrom: string | null; count: number }[]> {
  const { rows } = await sql<{ cause: string | null; heldFrom: string | null; count: number }>`
    select hold_reason as cause, held_from_state as "heldFrom", count(*)::int as count
    from cases where state = 'on_hold' group by 1, 2 order by 3 desc, 1, 2`.execute(db);
  return rows;
}

/** Payments obligated (due in the range) and disbursed (paid in the range), per agreement and currency, in minor units. */
export async function sumPayments(db: Queryable, period: { readonly from: string; readonly to: string }): Promise<{ agreement: string; currency: string; obligated: number; disbursed: number }[]> {
  const { rows } = await sql<{ agreement: string; currency: string; obligated: string | number; disbursed: string | number }>`
    with money as (
      select agreement_id, currency, amount_minor as obligated, 0::int8 as disbursed from payment_obligations where due_on between ${period.from} and ${period.to}
      union all
      select agreement_id, currency, 0::int8, amount_minor from disbursements where paid_on between ${period.from} and ${period.to}
    )
    select a.code as agreement, m.currency, sum(m.obligated)::int8 as obligated, sum(m.disbursed)::int8 as disbursed
    from money m join agreements a on a.id = m.agreement_id
    group by 1, 2 order by 1, 2`.execute(db);
  return rows.map((row) => ({ agreement: row.agreement, currency: row.currency, obligated: Number(row.obligated), disbursed: Number(row.disbursed) }));
}

/** Welfare checks still scheduled after their due time, by destination and day offset. */
export async function countOverdueWelfareChecks(db: Queryable, now: string): Promise<{ destination: string | null; dayOffset: number; count: number }[]> {
  const { rows } = await sql<{ destination: string | null; dayOffset: number; count: number }>`
    select c.destination_country as destination, w.day_offset as "dayOffset", count(*)::int as count
    from welfare_checks w join cases c on c.id = w.case_id
    where w.status = 'scheduled' and w.due_at < ${now}
    group by 1, 2 order by 1, 2`.execute(db);
  return rows;
}

/** Receiving countries of all agreements: the rows of the public tables, so a country with nothing to report shows zeros. */
export async function receivingCountries(db: Queryable): Promise<string[]> {
  const { rows } = await sql<{ country: string }>`select distinct receiving_country as country from agreements order by 1`.execute(db);
  return rows.map((row) => row.country);
}
