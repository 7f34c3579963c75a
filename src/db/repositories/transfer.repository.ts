import { sql, type Selectable } from 'kysely';
import type { CaseState, OpenState } from '../../core/case.js';
import type { ManifestSnapshot } from '../../core/transfers/manifest-snapshot.js';
import type { WelfareCheckSource } from '../../core/transfers/welfare-schedule.js';
import type { Transfer, TransferStatus } from '../../core/transfer.js';
import type { Queryable, Tx } from '../schema.js';
import type { TransfersTable } from '../tables/foundation.table.js';
import type { TransferLifecycleColumns } from '../tables/transfers.table.js';

/** A transfer row with its lifecycle instants and the receiving country of its agreement. */
export interface TransferRecord extends Transfer {
  readonly agency: string;
  readonly receivingCountry: string;
  readonly lockedAt: string | null;
  readonly lockedBy: string | null;
  readonly departedAt: string | null;
  readonly arrivedAt: string | null;
  readonly arrivalConfirmedBy: string | null;
  readonly closedAt: string | null;
  readonly cancelledAt: string | null;
  readonly cancelReason: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

type TransferRow = Selectable<TransfersTable & TransferLifecycleColumns> & { receiving_country: string };

function toTransfer(row: TransferRow): TransferRecord {
  return {
    id: row.id,
    reference: row.reference,
    agreementId: row.agreement_id,
    status: row.status as TransferStatus,
    scheduledDeparture: row.scheduled_departure,
    carrier: row.carrier,
    flight: row.flight,
    facility: row.facility,
    escortCount: row.escort_count,
    preparedBy: row.prepared_by,
    version: row.version,
    agency: row.agency,
    receivingCountry: row.receiving_country,
    lockedAt: row.locked_at,
    lockedBy: row.locked_by,
    departedAt: row.departed_at,
    arrivedAt: row.arrived_at,
    arrivalConfirmedBy: row.arrival_confirmed_by,
    closedAt: row.closed_at,
    cancelledAt: row.cancelled_at,
    cancelReason: row.cancel_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function transferQuery(db: Queryable) {
  return db.selectFrom('transfers').innerJoin('agreements', 'agreements.id', 'transfers.agreement_id').selectAll('transfers').select('agreements.receiving_country');
}

export interface NewTransferRow {
  readonly reference: string;
  readonly agreementId: string;
  readonly scheduledDeparture: string;
  readonly carrier: string;
  readonly flight: string;
  readonly facility: string;
  readonly escortCount: number;
  readonly preparedBy: string | null;
  readonly agency: string;
}

export async function insertTransfer(trx: Tx, input: NewTransferRow, at: string): Promise<TransferRecord> {
  const { id } = await trx
    .insertInto('transfers')
    .values({
      reference: input.reference,
      agreement_id: input.agreementId,
      status: 'planned',
      scheduled_departure: input.scheduledDeparture,
      carrier: input.carrier,
      flight: input.flight,
      facility: input.facility,
      escort_count: input.escortCount,
      prepared_by: input.preparedBy,
      agency: input.agency,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const created = await findTransfer(trx, id);
  if (!created) throw new Error(`transfer ${id} vanished after insert`);
  return created;
}

export async function findTransfer(db: Queryable, id: string): Promise<TransferRecord | undefined> {
  const row = await transferQuery(db).where('transfers.id', '=', id).executeTakeFirst();
  return row && toTransfer(row);
}

/** Locks the transfer row for the rest of the transaction (the write order's first step). */
export async function lockTransfer(trx: Tx, id: string): Promise<TransferRecord | undefined> {
  const locked = await trx.selectFrom('transfers').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
  return locked && findTransfer(trx, id);
}

/** One keyset page by id (ids are random; the page order is stable, not chronological). */
export async function listTransferRows(db: Queryable, filter: { readonly status?: TransferStatus; readonly agreementId?: string }, afterId: string | undefined, limit: number): Promise<TransferRecord[]> {
  let query = transferQuery(db).orderBy('transfers.id').limit(limit);
  if (afterId !== undefined) query = query.where('transfers.id', '>', afterId);
  if (filter.status !== undefined) query = query.where('transfers.status', '=', filter.status);
  if (filter.agreementId !== undefined) query = query.where('transfers.agreement_id', '=', filter.agreementId);
  return (await query.execute()).map(toTransfer);
}

export type TransferFieldsPatch = Partial<Pick<NewTransferRow, 'scheduledDeparture' | 'carrier' | 'flight' | 'facility' | 'escortCount'>>;

export async function updateTransferFields(trx: Tx, id: string, patch: TransferFieldsPatch, at: string): Promise<void> {
  await trx
    .updateTable('transfers')
    .set((eb) => ({
      ...(patch.scheduledDeparture !== undefined && { scheduled_departure: patch.scheduledDeparture }),
      ...(patch.carrier !== undefined && { carrier: patch.carrier }),
      ...(patch.flight !== undefined && { flight: patch.flight }),
      ...(patch.facility !== undefined && { facility: patch.facility }),
      ...(patch.escortCount !== undefined && { escort_count: patch.escortCount }),
      updated_at: at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .execute();
}

export interface TransferStatusChange {
  readonly status: TransferStatus;
  readonly lockedAt?: string;
  readonly lockedBy?: string;
  readonly departedAt?: string;
  readonly arrivedAt?: string;
  readonly arrivalConfirmedBy?: string;
  readonly closedAt?: string;
  readonly cancelledAt?: string;
  readonly cancelReason?: string;
  readonly preparedBy?: string | null;
}

/** Moves the transfer to a new status with the instants of that step, bumping the version. */
export async function setTransferStatus(trx: Tx, id: string, change: TransferStatusChange, at: string): Promise<TransferRecord> {
  await trx
    .updateTable('transfers')
    .set((eb) => ({
      status: change.status,
      ...(change.lockedAt !== undefined && { locked_at: change.lockedAt }),
      ...(change.lockedBy !== undefined && { locked_by: change.lockedBy }),
      ...(change.departedAt !== undefined && { departed_at: change.departedAt }),
      ...(change.arrivedAt !== undefined && { arrived_at: change.arrivedAt }),
      ...(change.arrivalConfirmedBy !== undefined && { arrival_confirmed_by: change.arrivalConfirmedBy }),
      ...(change.closedAt !== undefined && { closed_at: change.closedAt }),
      ...(change.cancelledAt !== undefined && { cancelled_at: change.cancelledAt }),
      ...(change.cancelReason !== undefined && { cancel_reason: change.cancelReason }),
      updated_at: at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .execute();
  const updated = await findTransfer(trx, id);
  if (!updated) throw new Error(`transfer ${id} vanished`);
  return updated;
}

/** Records who last edited the manifest (the preparer a locking supervisor must not be) and bumps the version. */
export async function touchTransfer(trx: Tx, id: string, preparedBy: string | null, at: string): Promise<void> {
  await trx
    .updateTable('transfers')
    .set((eb) => ({ ...(preparedBy !== null && { prepared_by: preparedBy }), updated_at: at, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

// Manifest entries ---------------------------------------------------------------------------

/** Case ids on the transfer's manifest (active entries), sorted. */
export async function listManifestCaseIds(db: Queryable, transferId: string): Promise<string[]> {
  const rows = await db.selectFrom('manifest_entries').select('case_id').where('transfer_id', '=', transferId).where('active', '=', true).orderBy('case_id').execute();
  return rows.map((r) => r.case_id);
}

/** Every case ever entered on the manifest (also those deactivated at arrival or cancellation), sorted. */
export async function listAllManifestCaseIds(db: Queryable, transferId: string): Promise<string[]> {
  const rows = await db.selectFrom('manifest_entries').select('case_id').where('transfer_id', '=', transferId).orderBy('case_id').execute();
  return rows.map((r) => r.case_id);
}

/** For each case, the open transfer whose manifest holds it. */
export async function findOpenManifestTransfers(db: Queryable, caseIds: readonly string[]): Promise<Map<string, string>> {
  if (caseIds.length === 0) return new Map();
  const rows = await db.selectFrom('manifest_entries').select(['case_id', 'transfer_id']).where('case_id', 'in', caseIds).where('active', '=', true).execute();
  return new Map(rows.map((r) => [r.case_id, r.transfer_id]));
}

/** Many entries in one statement; the unique partial index refuses a case on a second open manifest. */
export async function insertManifestEntries(trx: Tx, transferId: string, caseIds: readonly string[], addedBy: string, at: string): Promise<void> {
  if (caseIds.length === 0) return;
  await trx
    .insertInto('manifest_entries')
    .values(caseIds.map((caseId) => ({ transfer_id: transferId, case_id: caseId, added_at: at, added_by: addedBy })))
    .onConflict((oc) => oc.columns(['transfer_id', 'case_id']).doUpdateSet({ active: true, added_at: at, added_by: addedBy }))
    .execute();
}

/** Takes cases off the manifest (all of them when caseIds is undefined): the entry stays, inactive. */
export async function deactivateManifestEntries(trx: Tx, transferId: string, caseIds?: readonly string[]): Promise<void> {
  if (caseIds !== undefined && caseIds.length === 0) return;
  let query = trx.updateTable('manifest_entries').set({ active: false }).where('transfer_id', '=', transferId);
  if (caseIds !== undefined) query = query.where('case_id', 'in', caseIds);
  await query.execute();
}

// Cases in bulk ------------------------------------------------------------------------------

/** Locks many cases in one statement (sorted ids: a stable lock order avoids deadlocks). */
export async function lockCasesForUpdate(trx: Tx, caseIds: readonly string[]): Promise<void> {
  if (caseIds.length === 0) return;
  await trx.selectFrom('cases').select('id').where('id', 'in', [...caseIds].sort()).orderBy('id').forUpdate().execute();
}

export interface CaseStateChange {
  readonly caseId: string;
  readonly state: CaseState;
  readonly heldFromState: OpenState | null;
  readonly holdReason: string | null;
  readonly earliestDepartureAt: string | null;
  /** True: the stored earliest departure stays (earliestDepartureAt is ignored). */
  readonly keepEarliestDeparture: boolean;
}

/** Applies workflow state changes to many locked cases in ONE statement, bumping each version. */
export async function applyCaseStateChanges(trx: Tx, changes: readonly CaseStateChange[], at: string): Promise<void> {
  if (changes.length === 0) return;
  await sql`
    update cases as c
       set state = v.state, held_from_state = v.held_from_state, hold_reason = v.hold_reason,
           earliest_departure_at = case when v.keep_departure then c.earliest_departure_at else v.earliest_departure_at end, updated_at = ${at}, version = c.version + 1
      from (select unnest(${changes.map((c) => c.caseId)}::uuid[]) as id,
                   unnest(${changes.map((c) => c.state)}::text[]) as state,
                   unnest(${changes.map((c) => c.heldFromState)}::text[]) as held_from_state,
                   unnest(${changes.map((c) => c.holdReason)}::text[]) as hold_reason,
                   unnest(${changes.map((c) => c.earliestDepartureAt)}::timestamptz[]) as earliest_departure_at,
                   unnest(${changes.map((c) => c.keepEarliestDeparture)}::boolean[]) as keep_departure) as v
     where c.id = v.id`.execute(trx);
}

/** Cases with the columns manifest eligibility reads. */
export async function listManifestCandidates(db: Queryable, caseIds: readonly string[]) {
  if (caseIds.length === 0) return [];
  return db.selectFrom('cases').select(['id', 'state', 'held_from_state', 'agreement_id', 'earliest_departure_at', 'version']).where('id', 'in', caseIds).execute();
}

// Snapshot, removals, boarding ---------------------------------------------------------------

export interface StoredManifestSnapshot {
  readonly transferId: string;
  readonly snapshot: ManifestSnapshot;
  readonly snapshotHash: string;
  readonly signature: string;
  readonly keyId: string;
  readonly purpose: string;
  readonly caseCount: number;
  readonly createdAt: string;
}

export async function insertManifestSnapshot(trx: Tx, stored: StoredManifestSnapshot): Promise<void> {
  await trx
    .insertInto('manifest_snapshots')
    .values({
      transfer_id: stored.transferId,
      snapshot: JSON.stringify(stored.snapshot),
      snapshot_hash: stored.snapshotHash,
      signature: stored.signature,
      key_id: stored.keyId,
      purpose: stored.purpose,
      case_count: stored.caseCount,
      created_at: stored.createdAt,
    })
    .execute();
}

export async function findManifestSnapshot(db: Queryable, transferId: string): Promise<StoredManifestSnapshot | undefined> {
  const row = await db.selectFrom('manifest_snapshots').selectAll().where('transfer_id', '=', transferId).executeTakeFirst();
  return (
    row && {
      transferId: row.transfer_id,
      snapshot: row.snapshot as unknown as ManifestSnapshot,
      snapshotHash: row.snapshot_hash,
      signature: row.signature,
      keyId: row.key_id,
      purpose: row.purpose,
      caseCount: row.case_count,
      createdAt: row.created_at,
    }
  );
}

export interface DepartureRemoval {
  readonly caseId: string;
  readonly decisionId: string;
  readonly blockedBy: readonly string[];
  readonly reason: string;
  readonly removedAt: string;
}

export async function insertDepartureRemovals(trx: Tx, transferId: string, removals: readonly DepartureRemoval[]): Promise<void> {
  if (removals.length === 0) return;
  await trx
    .insertInto('departure_removals')
    .values(removals.map((r) => ({ transfer_id: transferId, case_id: r.caseId, decision_id: r.decisionId, blocked_by: [...r.blockedBy], reason: r.reason, removed_at: r.removedAt })))
    .execute();
}

export async function listDepartureRemovals(db: Queryable, transferId: string): Promise<DepartureRemoval[]> {
  const rows = await db.selectFrom('departure_removals').selectAll().where('transfer_id', '=', transferId).orderBy('case_id').execute();
  return rows.map((r) => ({ caseId: r.case_id, decisionId: r.decision_id, blockedBy: r.blocked_by, reason: r.reason, removedAt: r.removed_at }));
}

/** Boardings in one statement; recording a case twice keeps the first record. */
export async function insertBoardingRecords(trx: Tx, transferId: string, caseIds: readonly string[], recordedBy: string, at: string): Promise<number> {
  if (caseIds.length === 0) return 0;
  const rows = await trx
    .insertInto('boarding_records')
    .values(caseIds.map((caseId) => ({ transfer_id: transferId, case_id: caseId, boarded_at: at, recorded_by: recordedBy })))
    .onConflict((oc) => oc.columns(['transfer_id', 'case_id']).doNothing())
    .returning('case_id')
    .execute();
  return rows.length;
}

export async function listBoardedCaseIds(db: Queryable, transferId: string): Promise<string[]> {
  const rows = await db.selectFrom('boarding_records').select('case_id').where('transfer_id', '=', transferId).orderBy('case_id').execute();
  return rows.map((r) => r.case_id);
}

// Welfare checks -----------------------------------------------------------------------------

export interface WelfareCheck {
  readonly id: string;
  readonly transferId: string;
  readonly caseId: string;
  readonly dayOffset: number;
  readonly dueAt: string;
  readonly sources: readonly WelfareCheckSource[];
  readonly status: 'scheduled' | 'completed' | 'missed';
  readonly result: 'well' | 'concern' | 'unreachable' | null;
  readonly notes: string;
  readonly completedAt: string | null;
  readonly recordedBy: string | null;
  readonly version: number;
}

type WelfareRow = Selectable<import('../tables/transfers.table.js').WelfareChecksTable>;

function toWelfareCheck(row: WelfareRow): WelfareCheck {
  return {
    id: row.id,
    transferId: row.transfer_id,
    caseId: row.case_id,
    dayOffset: row.day_offset,
    dueAt: row.due_at,
    sources: row.sources as WelfareCheckSource[],
    status: row.status,
    result: row.result,
    notes: row.notes,
    completedAt: row.completed_at,
    recordedBy: row.recorded_by,
    version: row.version,
  };
}

export async function insertWelfareChecks(trx: Tx, checks: readonly { readonly transferId: string; readonly caseId: string; readonly dayOffset: number; readonly dueAt: string; readonly sources: readonly string[] }[]): Promise<void> {
  if (checks.length === 0) return;
  await trx
    .insertInto('welfare_checks')
    .values(checks.map((c) => ({ transfer_id: c.transferId, case_id: c.caseId, day_offset: c.dayOffset, due_at: c.dueAt, sources: [...c.sources], result: null, completed_at: null, recorded_by: null })))
    .execute();
}

export async function listWelfareChecks(db: Queryable, transferId: string): Promise<WelfareCheck[]> {
  return (await db.selectFrom('welfare_checks').selectAll().where('transfer_id', '=', transferId).orderBy('case_id').orderBy('day_offset').execute()).map(toWelfareCheck);
}

export async function lockWelfareCheck(trx: Tx, id: string): Promise<WelfareCheck | undefined> {
  const row = await trx.selectFrom('welfare_checks').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  return row && toWelfareCheck(row);
}

export async function completeWelfareCheck(trx: Tx, id: string, outcome: { readonly result: 'well' | 'concern' | 'unreachable'; readonly notes: string; readonly recordedBy: string }, at: string): Promise<WelfareCheck> {
  const row = await trx
    .updateTable('welfare_checks')
    .set((eb) => ({ status: 'completed', result: outcome.result, notes: outcome.notes, completed_at: at, recorded_by: outcome.recordedBy, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toWelfareCheck(row);
}

/** Scheduled checks due before `at`, oldest first, with the transfer's agreement for filtering. */
export async function listOverdueWelfareChecks(db: Queryable, at: string, limit: number): Promise<(WelfareCheck & { readonly agreementId: string; readonly agency: string; readonly receivingCountry: string })[]> {
  const rows = await db
    .selectFrom('welfare_checks')
    .innerJoin('transfers', 'transfers.id', 'welfare_checks.transfer_id')
    .innerJoin('agreements', 'agreements.id', 'transfers.agreement_id')
    .selectAll('welfare_checks')
    .select(['transfers.agreement_id as agreementId', 'transfers.agency as agency', 'agreements.receiving_country as receivingCountry'])
    .where('welfare_checks.status', '=', 'scheduled')
    .where('welfare_checks.due_at', '<', at)
    .orderBy('welfare_checks.due_at')
    .orderBy('welfare_checks.id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ ...toWelfareCheck(row), agreementId: row.agreementId, agency: row.agency, receivingCountry: row.receivingCountry }));
}

// After-action reviews -----------------------------------------------------------------------

export interface AfterActionReview {
  readonly transferId: string;
  readonly summary: string;
  readonly deviations: readonly string[];
  readonly findings: readonly string[];
  readonly followUps: readonly { readonly action: string; readonly owner: string; readonly due: string | null }[];
  readonly documentIds: readonly string[];
  readonly recordedBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

export type AfterActionReviewContent = Pick<AfterActionReview, 'summary' | 'deviations' | 'findings' | 'followUps' | 'documentIds'>;

/** Inserts the review or replaces its content (a new version). */
export async function upsertAfterActionReview(trx: Tx, transferId: string, content: AfterActionReviewContent, recordedBy: string, at: string): Promise<AfterActionReview> {
  const values = {
    summary: content.summary,
    deviations: JSON.stringify(content.deviations),
    findings: JSON.stringify(content.findings),
    follow_ups: JSON.stringify(content.followUps),
    document_ids: [...content.documentIds],
    recorded_by: recordedBy,
    updated_at: at,
  };
  const row = await trx
    .insertInto('after_action_reviews')
    .values({ transfer_id: transferId, created_at: at, ...values })
    .onConflict((oc) => oc.column('transfer_id').doUpdateSet((eb) => ({ ...values, version: eb('after_action_reviews.version', '+', 1) })))
    .returningAll()
    .executeTakeFirstOrThrow();
  return toReview(row);
}

export async function findAfterActionReview(db: Queryable, transferId: string): Promise<AfterActionReview | undefined> {
  const row = await db.selectFrom('after_action_reviews').selectAll().where('transfer_id', '=', transferId).executeTakeFirst();
  return row && toReview(row);
}

function toReview(row: Selectable<import('../tables/transfers.table.js').AfterActionReviewsTable>): AfterActionReview {
  return {
    transferId: row.transfer_id,
    summary: row.summary,
    deviations: row.deviations,
    findings: row.findings,
    followUps: row.follow_ups,
    documentIds: row.document_ids,
    recordedBy: row.recorded_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}
