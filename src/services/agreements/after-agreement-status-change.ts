import type { AgreementStatus } from '../../core/agreement.js';
import type { Principal } from '../../core/principal.js';
import type { ServiceContext } from '../context.js';

/**
 * THE single call site for the safeguards sweep after an agreement leaves
 * `active` (suspended or terminated), called by changeAgreementStatus after
 * commit. LEAD: connect it once src/services/cases/sweep-affected-cases.ts is
 * committed:
 *   if (to === 'suspended' || to === 'terminated') { await sweepAffectedCases(ctx, principal, { kind: 'agreement', agreementId }); return { swept: true }; }
 * Until then a no-op; moves are still refused meanwhile, because no terms are
 * in force on those dates (reservePlace/consumePlace answer agreement_not_active).
 *
 * @example await afterAgreementStatusChange(ctx, principal, agreementId, 'suspended');
 */
export function afterAgreementStatusChange(_ctx: ServiceContext, _principal: Principal, _agreementId: string, _to: AgreementStatus): Promise<{ readonly swept: boolean }> {
  return Promise.resolve({ swept: false });
}
