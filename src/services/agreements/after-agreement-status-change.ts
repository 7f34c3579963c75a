import type { AgreementStatus } from '../../core/agreement.js';
import type { Principal } from '../../core/principal.js';
import { sweepAffectedCases, type SweepReport } from '../cases/sweep-affected-cases.js';
import type { ServiceContext } from '../context.js';

/**
 * THE single call site for the safeguards sweep after an agreement changes
 * status, called by changeAgreementStatus after commit. Leaving `active`
 * (suspended, terminated) can make open cases under the agreement fail
 * AGREEMENT-ACTIVE, so they are re-evaluated; other changes cannot newly
 * block a case, so they sweep nothing (null).
 *
 * @example await afterAgreementStatusChange(ctx, principal, agreementId, 'suspended');
 */
export async function afterAgreementStatusChange(ctx: ServiceContext, principal: Principal, agreementId: string, to: AgreementStatus): Promise<SweepReport | null> {
  if (to !== 'suspended' && to !== 'terminated') return null;
  return sweepAffectedCases(ctx, principal, { kind: 'agreement', agreementId });
}
