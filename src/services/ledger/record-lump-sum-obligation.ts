import { appendAudit } from '../../audit/audit-log.js';
import { AppError } from '../../core/errors.js';
import type { PaymentObligation } from '../../core/ledger/ledger-entries.js';
import { actorRef, type Principal } from '../../core/principal.js';
import type { RecordLumpSumInput } from '../../core/schemas/ledger.schema.js';
import { findLumpSumObligation, insertObligation } from '../../db/repositories/ledger.repository.js';
import type { Tx } from '../../db/schema.js';
import { loadAgreementTerms, type AgreementTermsContext } from '../agreements/load-agreement-terms.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { assertPayable } from './assert-payable.js';
import { authorizeAgreementAction } from '../agreements/read-agreements.js';

/**
 * Posts a lump-sum obligation (e.g. a payment the terms schedule on a date).
 * When the terms schedule a lump sum with the same date and label, the entry
 * records that terms version. Each (date, label) is posted once: a second
 * attempt is refused as a duplicate (409).
 *
 * @example await recordLumpSumObligation(ctx, principal, agreementId, { dueOn: '2025-05-01', label: 'Total payment as reported', amount: { amountMinor: 510_000_000, currency: 'USD' } });
 */
export async function recordLumpSumObligation(ctx: ServiceContext, principal: Principal, agreementId: string, input: RecordLumpSumInput): Promise<PaymentObligation> {
  // Money moves only for those the policy names (diplomatic officers); checked before the transaction.
  await authorizeAgreementAction(ctx, principal, agreementId, 'payment:write');
  const at = nowInstant(ctx);
  return runWrite(ctx, async (trx) => {
    const loaded = await loadAgreementTerms(trx, agreementId, 'share');
    return postLumpSum(trx, loaded, input, at, actorRef(principal));
  });
}

/** Shared by the manual route and the schedule: checks, writes and audits one lump sum. */
export async function postLumpSum(trx: Tx, loaded: AgreementTermsContext, input: RecordLumpSumInput, at: string, actor: string): Promise<PaymentObligation> {
  const agreementId = loaded.agreement.id;
  await assertPayable(trx, loaded, input.amount);
  if (await findLumpSumObligation(trx, agreementId, input.dueOn, input.label)) {
    throw new AppError('duplicate', `lump sum "${input.label}" due ${input.dueOn} is already posted for ${loaded.agreement.code}`, { agreement: loaded.agreement.code, dueOn: input.dueOn, label: input.label });
  }
  const scheduledIn = [...loaded.versions].reverse().find((version) => version.terms.payments.lumpSums.some((lump) => lump.dueOn === input.dueOn && lump.label === input.label));
  const obligation = await insertObligation(
    trx,
    { agreementId, kind: 'lump_sum', caseId: null, amount: input.amount, dueOn: input.dueOn, label: input.label, termsVersion: scheduledIn?.versionNo ?? null },
    at,
    actor,
  );
  await appendAudit(trx, {
    actor,
    action: 'ledger.obligate',
    resourceType: 'agreement',
    resourceId: agreementId,
    details: { obligationId: obligation.id, kind: 'lump_sum', amountMinor: input.amount.amountMinor, currency: input.amount.currency, dueOn: input.dueOn, termsVersion: obligation.termsVersion },
    at,
  });
  return obligation;
}
