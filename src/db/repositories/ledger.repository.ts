import { sql, type Selectable } from 'kysely';
import type { CapacityCounts } from '../../core/ledger/capacity.js';
import type { CapacityReservation, Disbursement, ObligationKind, PaymentObligation, ReservationStatus } from '../../core/ledger/ledger-entries.js';
import type { CurrencyCode, Money } from '../../core/money.js';
import type { Queryable, Tx } from '../schema.js';
import type { CapacityReservationsTable, DisbursementsTable, PaymentObligationsTable } from '../tables/ledger.table.js';

/**
 * Capacity and payments ledger rows. The counters row per agreement
 * (agreement_capacity) is the one place the capacity invariant is checked by
 * the database; callers lock it with lockCapacityCounts before changing it.
 */

export function toReservation(row: Selectable<CapacityReservationsTable>): CapacityReservation {
  return {
    id: row.id,
    agreementId: row.agreement_id,
    caseId: row.case_id,
    status: row.status as ReservationStatus,
    reservedAt: row.reserved_at,
    consumedAt: row.consumed_at,
    releasedAt: row.released_at,
  };
}

export function toObligation(row: Selectable<PaymentObligationsTable>): PaymentObligation {
  return {
    id: row.id,
    agreementId: row.agreement_id,
    kind: row.kind as ObligationKind,
    caseId: row.case_id,
    // int8 arrives as a number (type-parsers.ts); writers keep amounts within the safe-integer range.
    amount: { amountMinor: row.amount_minor, currency: row.currency as CurrencyCode },
    dueOn: row.due_on,
    label: row.label,
    termsVersion: row.terms_version,
    recordedAt: row.recorded_at,
    recordedBy: row.recorded_by,
  };
}

export function toDisbursement(row: Selectable<DisbursementsTable>): Disbursement {
  return {
    id: row.id,
    agreementId: row.agreement_id,
    // int8 arrives as a number (type-parsers.ts); writers keep amounts within the safe-integer range.
    amount: { amountMinor: row.amount_minor, currency: row.currency as CurrencyCode },
    paidOn: row.paid_on,
    reference: row.reference,
    recordedAt: row.recorded_at,
    recordedBy: row.recorded_by,
  };
}

/**
 * Locks the agreement's counters row, creating it first if this agreement
 * never held a place. `ON CONFLICT DO NOTHING` makes concurrent first
 * reservations safe: the losers wait for the winner's row, then lock it.
 */
export async function lockCapacityCounts(trx: Tx, agreementId: string, at: string): Promise<CapacityCounts> {
  await trx
    .insertInto('agreement_capacity')
    .values({ agreement_id: agreementId, capacity: null, reserved: 0, consumed: 0, updated_at: at })
    .onConflict((oc) => oc.column('agreement_id').doNothing())
    .execute();
  const row = await trx.selectFrom('agreement_capacity').select(['capacity', 'reserved', 'consumed']).where('agreement_id', '=', agreementId).forUpdate().executeTakeFirstOrThrow();
  return { capacity: row.capacity, reserved: row.reserved, consumed: row.consumed };
}

/** Writes the counters; the table's CHECK refuses any state with reserved + consumed > capacity. */
export async function writeCapacityCounts(trx: Tx, agreementId: string, counts: CapacityCounts, at: string): Promise<void> {
  await trx
    .updateTable('agreement_capacity')
    .set({ capacity: counts.capacity, reserved: counts.reserved, consumed: counts.consumed, updated_at: at })
    .where('agreement_id', '=', agreementId)
    .execute();
}

/** The counters without a lock (reads); zeros and no cap when no place was ever held. */
export async function readCapacityCounts(db: Queryable, agreementId: string): Promise<CapacityCounts | undefined> {
  const row = await db.selectFrom('agreement_capacity').select(['capacity', 'reserved', 'consumed']).where('agreement_id', '=', agreementId).executeTakeFirst();
  return row && { capacity: row.capacity, reserved: row.reserved, consumed: row.consumed };
}

/** The case's live (reserved or consumed) place, locked. */
export async function lockLiveReservation(trx: Tx, caseId: string): Promise<CapacityReservation | undefined> {
  const row = await trx.selectFrom('capacity_reservations').selectAll().where('case_id', '=', caseId).where('status', '<>', 'released').forUpdate().executeTakeFirst();
  return row && toReservation(row);
}

/**
 * Places for cases written straight into a state (demo and scale seeders, test fixtures) instead of
 * walked there by transitions: a live place for each given case under an agreement whose state holds
 * one as the transitions would have left it (reserved from country_proposed to manifested, also on
 * hold from one of those; consumed once relocated), and the agreement's counters raised to match —
 * one statement. Cases already holding a place are skipped. Returns the number of places written.
 * The counters' CHECK still applies where a capacity was recorded.
 */
export async function recordPlacesForSeededCases(trx: Tx, caseIds: readonly string[], at: string): Promise<number> {
  if (caseIds.length === 0) return 0;
  const { rows } = await sql<{ n: number }>`
    with candidates as (
      select c.id, c.agreement_id,
             case when coalesce(c.held_from_state, c.state) in ('relocated', 'monitoring') or c.close_outcome = 'relocated' then 'consumed' else 'reserved' end as status
        from cases c
       where c.id = any(${[...caseIds]}::uuid[]) and c.agreement_id is not null
         and (coalesce(c.held_from_state, c.state) in ('country_proposed', 'notice_served', 'fear_screening', 'cleared', 'manifested', 'relocated', 'monitoring')
              or (c.state = 'closed' and c.close_outcome = 'relocated'))
         and not exists (select 1 from capacity_reservations r where r.case_id = c.id and r.status <> 'released')
    ), placed as (
      insert into capacity_reservations (agreement_id, case_id, status, reserved_at, consumed_at, released_at)
      select agreement_id, id, status, ${at}::timestamptz, case when status = 'consumed' then ${at}::timestamptz end, null from candidates
      returning agreement_id, status
    ), counted as (
      insert into agreement_capacity as k (agreement_id, capacity, reserved, consumed, updated_at)
      select agreement_id, null, count(*) filter (where status = 'reserved'), count(*) filter (where status = 'consumed'), ${at}::timestamptz from placed group by agreement_id
      on conflict (agreement_id) do update set reserved = k.reserved + excluded.reserved, consumed = k.consumed + excluded.consumed, updated_at = excluded.updated_at
      returning 1
    )
    select (select count(*) from placed)::int as n`.execute(trx);
  return rows[0]?.n ?? 0;
}

export async function insertReservation(trx: Tx, agreementId: string, caseId: string, at: string): Promise<CapacityReservation> {
  const row = await trx
    .insertInto('capacity_reservations')
    .values({ agreement_id: agreementId, case_id: caseId, status: 'reserved', reserved_at: at, consumed_at: null, released_at: null })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toReservation(row);
}

export async function markReservation(trx: Tx, id: string, status: 'consumed' | 'released', at: string): Promise<CapacityReservation> {
  const row = await trx
    .updateTable('capacity_reservations')
    .set(status === 'consumed' ? { status, consumed_at: at } : { status, released_at: at })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toReservation(row);
}

export async function listReservations(db: Queryable, agreementId: string): Promise<CapacityReservation[]> {
  const rows = await db.selectFrom('capacity_reservations').selectAll().where('agreement_id', '=', agreementId).orderBy('reserved_at').orderBy('id').execute();
  return rows.map(toReservation);
}

export interface NewObligation {
  readonly agreementId: string;
  readonly kind: ObligationKind;
  readonly caseId: string | null;
  readonly amount: Money;
  readonly dueOn: string;
  readonly label: string;
  readonly termsVersion: number | null;
}

export async function insertObligation(trx: Tx, obligation: NewObligation, at: string, actor: string): Promise<PaymentObligation> {
  const row = await trx
    .insertInto('payment_obligations')
    .values({
      agreement_id: obligation.agreementId,
      kind: obligation.kind,
      case_id: obligation.caseId,
      amount_minor: obligation.amount.amountMinor,
      currency: obligation.amount.currency,
      due_on: obligation.dueOn,
      label: obligation.label,
      terms_version: obligation.termsVersion,
      recorded_at: at,
      recorded_by: actor,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toObligation(row);
}

export async function findLumpSumObligation(db: Queryable, agreementId: string, dueOn: string, label: string): Promise<PaymentObligation | undefined> {
  const row = await db
    .selectFrom('payment_obligations')
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .where('kind', '=', 'lump_sum')
    .where('due_on', '=', dueOn)
    .where('label', '=', label)
    .executeTakeFirst();
  return row && toObligation(row);
}

export async function listObligations(db: Queryable, agreementId: string): Promise<PaymentObligation[]> {
  const rows = await db.selectFrom('payment_obligations').selectAll().where('agreement_id', '=', agreementId).orderBy('due_on').orderBy('recorded_at').orderBy('id').execute();
  return rows.map(toObligation);
}

export interface NewDisbursement {
  readonly agreementId: string;
  readonly amount: Money;
  readonly paidOn: string;
  readonly reference: string;
}

export async function insertDisbursement(trx: Tx, disbursement: NewDisbursement, at: string, actor: string): Promise<Disbursement> {
  const row = await trx
    .insertInto('disbursements')
    .values({
      agreement_id: disbursement.agreementId,
      amount_minor: disbursement.amount.amountMinor,
      currency: disbursement.amount.currency,
      paid_on: disbursement.paidOn,
      reference: disbursement.reference,
      recorded_at: at,
      recorded_by: actor,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toDisbursement(row);
}

export async function listDisbursements(db: Queryable, agreementId: string): Promise<Disbursement[]> {
  const rows = await db.selectFrom('disbursements').selectAll().where('agreement_id', '=', agreementId).orderBy('paid_on').orderBy('recorded_at').orderBy('id').execute();
  return rows.map(toDisbursement);
}
