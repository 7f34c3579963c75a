import type { PaymentObligation } from '../../core/ledger/ledger-entries.js';
import { termsInForce } from '../../core/ledger/terms-in-force.js';
import { actorRef, type Principal } from '../../core/principal.js';
import { findLumpSumObligation } from '../../db/repositories/ledger.repository.js';
import { loadAgreementTerms } from '../agreements/load-agreement-terms.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { postLumpSum } from './record-lump-sum-obligation.js';
import { authorizeAgreementAction } from '../agreements/read-agreements.js';

/**
 * Posts every lump sum the terms schedule on or before `asOf` that is not
 * posted yet, from the newest terms version already in effect on `asOf`
 * (a schedule binds by its effective date, whatever the status that day).
 * Safe to run repeatedly: already-posted lump sums are skipped.
 *
 * @example const posted = await postScheduledLumpSums(ctx, principal, agreementId, '2026-01-31');
 */
export async function postScheduledLumpSums(ctx: ServiceContext, principal: Principal, agreementId: string, asOf: string): Promise<PaymentObligation[]> {
  // Money moves only for those the policy names (diplomatic officers); checked before the transaction.
  await authorizeAgreementAction(ctx, principal, agreementId, 'payment:write');
  const at = nowInstant(ctx);
  return runWrite(ctx, async (trx) => {
    const loaded = await loadAgreementTerms(trx, agreementId, 'share');
    // Status does not matter for a schedule, so ask as if the agreement were always active.
    const effective = termsInForce(loaded.versions, [{ status: 'active', effectiveOn: '0001-01-01' }], asOf);
    const posted: PaymentObligation[] = [];
    for (const lump of effective?.terms.payments.lumpSums ?? []) {
      if (lump.dueOn > asOf || (await findLumpSumObligation(trx, agreementId, lump.dueOn, lump.label))) continue;
      posted.push(await postLumpSum(trx, loaded, { dueOn: lump.dueOn, label: lump.label, amount: lump.amount }, at, actorRef(principal)));
    }
    return posted;
  });
}
