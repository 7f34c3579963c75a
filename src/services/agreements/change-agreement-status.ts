import { appendAudit } from '../../audit/audit-log.js';
import { AGREEMENT_STATUS_TRANSITIONS, canChangeAgreementStatus, type Agreement } from '../../core/agreement.js';
import { AppError } from '../../core/errors.js';
import type { AgreementStatusChange } from '../../core/ledger/ledger-entries.js';
import { actorRef, type Principal } from '../../core/principal.js';
import type { ChangeAgreementStatusInput } from '../../core/schemas/agreement-lifecycle.schema.js';
import { findAgreement } from '../../db/repositories/agreement.repository.js';
import { insertStatusChange, setAgreementStatus } from '../../db/repositories/agreement-status.repository.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { assertVersion } from '../versioning.js';
import { afterAgreementStatusChange } from './after-agreement-status-change.js';
import { loadAgreementTerms } from './load-agreement-terms.js';
import { authorizeAgreementAction } from './read-agreements.js';

export interface AgreementStatusChanged {
  readonly agreement: Agreement;
  readonly change: AgreementStatusChange;
}

/**
 * Moves an agreement along `proposed → negotiating → active ⇄ suspended →
 * terminated`, dated and audited. The date may be in the past (recording a
 * suspension announced last week) but not before the agreement's effective
 * date or an earlier recorded change, so the history stays in order.
 *
 * Throws not_found, precondition_failed (stale If-Match),
 * transition_not_allowed (409; details list the allowed statuses),
 * validation_failed (date out of order).
 *
 * @example await changeAgreementStatus(ctx, principal, id, 3, { status: 'suspended', reason: 'Court injunction', effectiveOn: '2026-02-01' });
 */
export async function changeAgreementStatus(
  ctx: ServiceContext,
  principal: Principal,
  agreementId: string,
  expectedVersion: number,
  input: ChangeAgreementStatusInput,
): Promise<AgreementStatusChanged> {
  await authorizeAgreementAction(ctx, principal, agreementId, 'agreement:write');
  const at = nowInstant(ctx);
  const effectiveOn = input.effectiveOn ?? at.slice(0, 10);
  const changed = await runWrite(ctx, async (trx) => {
    const loaded = await loadAgreementTerms(trx, agreementId, 'update');
    const current = loaded.agreement;
    assertVersion('agreement', agreementId, current.version, expectedVersion);
    if (!canChangeAgreementStatus(current.status, input.status)) {
      throw new AppError('transition_not_allowed', `agreement ${current.code} cannot go from ${current.status} to ${input.status}`, {
        agreement: current.code,
        from: current.status,
        to: input.status,
        allowed: AGREEMENT_STATUS_TRANSITIONS[current.status],
      });
    }
    const earliest = [current.effectiveFrom, loaded.changes.at(-1)?.effectiveOn].filter((date): date is string => date !== null && date !== undefined).sort().at(-1);
    if (earliest !== undefined && effectiveOn < earliest) {
      throw new AppError('validation_failed', `a status change for ${current.code} cannot take effect before ${earliest}`, { field: 'effectiveOn', earliest });
    }
    const change = await insertStatusChange(trx, { agreementId, fromStatus: current.status, toStatus: input.status, effectiveOn, reason: input.reason }, at, actorRef(principal));
    await setAgreementStatus(trx, agreementId, input.status, at);
    await appendAudit(trx, {
      actor: actorRef(principal),
      action: 'agreement.status_change',
      resourceType: 'agreement',
      resourceId: agreementId,
      details: { from: current.status, to: input.status, effectiveOn, changeId: change.id },
      at,
    });
    const agreement = await findAgreement(trx, agreementId);
    if (!agreement) throw new AppError('not_found', `agreement ${agreementId} not found`, { agreementId });
    return { agreement, change };
  });
  await afterAgreementStatusChange(ctx, principal, agreementId, input.status);
  return changed;
}
