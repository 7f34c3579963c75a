import { appendAudit } from '../../audit/audit-log.js';
import type { Disbursement } from '../../core/ledger/ledger-entries.js';
import { actorRef, type Principal } from '../../core/principal.js';
import type { RecordDisbursementInput } from '../../core/schemas/ledger.schema.js';
import { insertDisbursement } from '../../db/repositories/ledger.repository.js';
import { loadAgreementTerms } from '../agreements/load-agreement-terms.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { assertPayable } from './assert-payable.js';
import { authorizeAgreementAction } from '../agreements/read-agreements.js';

/**
 * Records a payment made under an agreement. Refused on a terminated
 * agreement, in another currency than the ledger's, or with an amount that is
 * not a non-negative integer of minor units; nothing is written then.
 *
 * @example await recordDisbursement(ctx, principal, agreementId, { amount: { amountMinor: 10_000_000, currency: 'USD' }, paidOn: '2025-09-01', reference: 'TT-1' });
 */
export async function recordDisbursement(ctx: ServiceContext, principal: Principal, agreementId: string, input: RecordDisbursementInput): Promise<Disbursement> {
  // Money moves only for those the policy names (diplomatic officers); checked before the transaction.
  await authorizeAgreementAction(ctx, principal, agreementId, 'payment:write');
  const at = nowInstant(ctx);
  return runWrite(ctx, async (trx) => {
    const loaded = await loadAgreementTerms(trx, agreementId, 'share');
    await assertPayable(trx, loaded, input.amount);
    const disbursement = await insertDisbursement(trx, { agreementId, amount: input.amount, paidOn: input.paidOn, reference: input.reference }, at, actorRef(principal));
    await appendAudit(trx, {
      actor: actorRef(principal),
      action: 'ledger.disburse',
      resourceType: 'agreement',
      resourceId: agreementId,
      details: { disbursementId: disbursement.id, amountMinor: input.amount.amountMinor, currency: input.amount.currency, paidOn: input.paidOn },
      at,
    });
    return disbursement;
  });
}
