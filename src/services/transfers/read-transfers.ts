import { appendAudit } from '../../audit/audit-log.js';
import { reconcileBoarding, type BoardingReconciliation } from '../../core/transfers/boarding-reconciliation.js';
import { actorRef, type Principal } from '../../core/principal.js';
import type { TransferStatus } from '../../core/transfer.js';
import { decodeCursor, encodeCursor, type Page } from '../../db/repositories/pagination.js';
import {
  findAfterActionReview,
  findManifestSnapshot,
  listAllManifestCaseIds,
  listBoardedCaseIds,
  listDepartureRemovals,
  listManifestCaseIds,
  listTransferRows,
  listWelfareChecks,
  type AfterActionReview,
  type DepartureRemoval,
  type TransferRecord,
  type WelfareCheck,
} from '../../db/repositories/transfer.repository.js';
import { decide } from '../access/authorize.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { authorizeTransferAction, transferResourceOf } from './transfer-access.js';

/** Everything the transfer page shows: the record, manifest, departure removals, boarding, monitoring and the review. */
export interface TransferDetail {
  readonly transfer: TransferRecord;
  /** Cases on the manifest now (while open), or every case it ever held (after arrival or cancellation). */
  readonly manifestCaseIds: readonly string[];
  readonly snapshot: { readonly snapshotHash: string; readonly keyId: string; readonly caseCount: number; readonly createdAt: string } | null;
  readonly departureRemovals: readonly DepartureRemoval[];
  readonly boarding: BoardingReconciliation;
  readonly welfareChecks: readonly WelfareCheck[];
  readonly afterActionReview: AfterActionReview | null;
}

/**
 * One transfer with its manifest and what happened to it; the read is audited (ids only).
 *
 * @example const detail = await getTransfer(ctx, principal, id); detail.boarding.notBoarded
 */
export async function getTransfer(ctx: ServiceContext, principal: Principal, transferId: string): Promise<TransferDetail> {
  const transfer = await authorizeTransferAction(ctx, principal, transferId, 'transfer:read');
  const open = ['planned', 'manifest_locked', 'departed'].includes(transfer.status);
  const [manifestCaseIds, snapshot, departureRemovals, boarded, welfareChecks, review] = await Promise.all([
    open ? listManifestCaseIds(ctx.db, transferId) : listAllManifestCaseIds(ctx.db, transferId),
    findManifestSnapshot(ctx.db, transferId),
    listDepartureRemovals(ctx.db, transferId),
    listBoardedCaseIds(ctx.db, transferId),
    listWelfareChecks(ctx.db, transferId),
    findAfterActionReview(ctx.db, transferId),
  ]);
  const removed = departureRemovals.map((r) => r.caseId);
  const at = nowInstant(ctx);
  await runWrite(ctx, (trx) =>
    appendAudit(trx, { actor: actorRef(principal), action: 'transfer.read', resourceType: 'transfer', resourceId: transferId, details: { purpose: 'transfer_detail', caseCount: manifestCaseIds.length }, at }),
  );
  return {
    transfer,
    manifestCaseIds,
    snapshot: snapshot === undefined ? null : { snapshotHash: snapshot.snapshotHash, keyId: snapshot.keyId, caseCount: snapshot.caseCount, createdAt: snapshot.createdAt },
    departureRemovals,
    boarding: reconcileBoarding({ manifest: [...new Set([...manifestCaseIds, ...removed, ...boarded])], removedAtDeparture: removed, boarded }),
    welfareChecks,
    afterActionReview: review ?? null,
  };
}

/**
 * A page of the transfers the caller may read (policy filter per row: transfers are few).
 *
 * @example const page = await listTransfersPage(ctx, principal, { limit: 50, status: 'planned' });
 */
export async function listTransfersPage(
  ctx: ServiceContext,
  principal: Principal,
  query: { readonly limit: number; readonly cursor?: string | undefined; readonly status?: TransferStatus | undefined; readonly agreementId?: string | undefined },
): Promise<Page<TransferRecord>> {
  const filter = { ...(query.status !== undefined && { status: query.status }), ...(query.agreementId !== undefined && { agreementId: query.agreementId }) };
  const items: TransferRecord[] = [];
  let after = decodeCursor(query.cursor);
  for (;;) {
    const rows = await listTransferRows(ctx.db, filter, after, query.limit);
    for (const row of rows) {
      after = row.id;
      if (decide(ctx, principal, 'transfer:read', transferResourceOf(row)).allowed) items.push(row);
      // A full page may be followed by an empty one: the filter is applied after the read.
      if (items.length === query.limit) return { items, nextCursor: encodeCursor(row.id) };
    }
    if (rows.length < query.limit) return { items, nextCursor: null };
  }
}
