import { appendAudit } from '../../audit/audit-log.js';
import { canonicalHash } from '../../audit/sha256.js';
import { AppError } from '../../core/errors.js';
import { coversCommitments } from '../../core/ledger/capacity.js';
import { currenciesInTerms } from '../../core/ledger/terms-currency.js';
import { termsInForce } from '../../core/ledger/terms-in-force.js';
import { actorRef, type Principal } from '../../core/principal.js';
import type { AmendAgreementInput } from '../../core/schemas/agreement-lifecycle.schema.js';
import { insertTermsVersion, updateAgreementRow, type AgreementTermsVersion } from '../../db/repositories/agreement.repository.js';
import { lockCapacityCounts, writeCapacityCounts } from '../../db/repositories/ledger.repository.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { postedCurrency } from '../ledger/ledger-currency.js';
import { assertVersion } from '../versioning.js';
import { loadAgreementTerms } from './load-agreement-terms.js';
import { authorizeAgreementAction } from './read-agreements.js';

/**
 * Records an amendment as the next version of the terms (full terms, see
 * amendAgreementSchema). Nothing is written when it is refused:
 * - amendment_predates_agreement (400): dated before the agreement (or its first terms) take effect;
 * - capacity_below_commitments (409): the new capacity is below places already reserved + consumed;
 * - currency_mismatch (400): terms mixing currencies, or a currency other than the ledger's once entries exist;
 * - agreement_not_active (409): the agreement is terminated;
 * - precondition_failed (412): stale If-Match.
 * When the new version is in force today, the capacity counters take its capacity at once.
 *
 * @example await amendAgreement(ctx, principal, id, 2, { effectiveFrom: '2026-03-01', changeSummary: 'Capacity to 25', terms, sourceDocuments: [] });
 */
export async function amendAgreement(ctx: ServiceContext, principal: Principal, agreementId: string, expectedVersion: number, input: AmendAgreementInput): Promise<AgreementTermsVersion> {
  await authorizeAgreementAction(ctx, principal, agreementId, 'agreement:amend');
  const at = nowInstant(ctx);
  return runWrite(ctx, async (trx) => {
    const loaded = await loadAgreementTerms(trx, agreementId, 'update');
    const agreement = loaded.agreement;
    assertVersion('agreement', agreementId, agreement.version, expectedVersion);
    if (agreement.status === 'terminated') {
      throw new AppError('agreement_not_active', `agreement ${agreement.code} is terminated and cannot be amended`, { agreement: agreement.code, status: agreement.status });
    }
    const startsOn = [agreement.effectiveFrom, loaded.versions[0]?.effectiveFrom].filter((date): date is string => date !== null && date !== undefined).sort()[0];
    if (startsOn !== undefined && input.effectiveFrom < startsOn) {
      throw new AppError('amendment_predates_agreement', `an amendment to ${agreement.code} cannot take effect on ${input.effectiveFrom}, before the agreement (${startsOn})`, {
        agreement: agreement.code,
        effectiveFrom: input.effectiveFrom,
        agreementEffectiveFrom: startsOn,
      });
    }
    const currencies = currenciesInTerms(input.terms);
    const posted = await postedCurrency(trx, agreementId);
    if (currencies.length > 1 || (posted !== null && currencies.length === 1 && currencies[0] !== posted)) {
      throw new AppError('currency_mismatch', `the terms of ${agreement.code} must use one currency${posted ? ` (${posted}, as already posted)` : ''}`, { agreement: agreement.code, currencies, posted });
    }
    const counts = await lockCapacityCounts(trx, agreementId, at);
    if (!coversCommitments(input.terms.capacity.total, counts)) {
      throw new AppError(
        'capacity_below_commitments',
        `agreement ${agreement.code} already has ${counts.reserved} reserved and ${counts.consumed} consumed places; capacity cannot be ${String(input.terms.capacity.total)}`,
        { agreement: agreement.code, capacity: input.terms.capacity.total, reserved: counts.reserved, consumed: counts.consumed },
      );
    }

    const versionNo = (loaded.versions.at(-1)?.versionNo ?? 0) + 1;
    const version = await insertTermsVersion(
      trx,
      agreementId,
      { versionNo, effectiveFrom: input.effectiveFrom, changeSummary: input.changeSummary, terms: input.terms, sourceDocuments: input.sourceDocuments },
      at,
    );
    if (termsInForce([...loaded.versions, version], loaded.timeline, at.slice(0, 10))?.versionNo === versionNo) {
      await writeCapacityCounts(trx, agreementId, { ...counts, capacity: input.terms.capacity.total }, at);
    }
    await updateAgreementRow(trx, agreementId, {}, at);
    await appendAudit(trx, {
      actor: actorRef(principal),
      action: 'agreement.amend',
      resourceType: 'agreement',
      resourceId: agreementId,
      details: { versionNo, effectiveFrom: input.effectiveFrom, termsHash: canonicalHash(input.terms) },
      at,
    });
    return version;
  });
}
