import type { CapacityReservation } from '../../core/ledger/ledger-entries.js';
import { actorRef, type Principal } from '../../core/principal.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { releasePlace } from './release-place.js';
import { reservePlace } from './reserve-place.js';
import { authorizeCaseAction } from '../access/case-access.js';

/**
 * Direct reservation of a place for a case (API and operators); the case
 * workflow reserves through reservePlace inside its own transaction.
 *
 * @example await reservePlaceForCase(ctx, principal, agreementId, caseId);
 */
export async function reservePlaceForCase(ctx: ServiceContext, principal: Principal, agreementId: string, caseId: string): Promise<CapacityReservation> {
  await authorizeCaseAction(ctx, principal, caseId, 'case:transition');
  const at = nowInstant(ctx);
  return runWrite(ctx, (trx) => reservePlace(trx, agreementId, caseId, at, actorRef(principal)));
}

/** Direct release of a case's reserved place; null when it held none. */
export async function releasePlaceForCase(ctx: ServiceContext, principal: Principal, agreementId: string, caseId: string): Promise<CapacityReservation | null> {
  await authorizeCaseAction(ctx, principal, caseId, 'case:transition');
  const at = nowInstant(ctx);
  return runWrite(ctx, (trx) => releasePlace(trx, agreementId, caseId, at, actorRef(principal)));
}
