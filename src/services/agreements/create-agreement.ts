import { appendAudit } from '../../audit/audit-log.js';
import { canonicalHash } from '../../audit/sha256.js';
import { emptyTerms, type Agreement } from '../../core/agreement.js';
import { AppError } from '../../core/errors.js';
import { actorRef, type Principal } from '../../core/principal.js';
import type { CreateAgreementInput } from '../../core/schemas/agreement.schema.js';
import { translateDatabaseError } from '../../db/database-errors.js';
import { insertAgreement, insertTermsVersion } from '../../db/repositories/agreement.repository.js';
import { requireAllowed } from '../access/authorize.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';

/**
 * Records an agreement with its first version of terms (version 1, effective
 * from the agreement's effective date or today).
 */
export async function createAgreement(ctx: ServiceContext, principal: Principal, input: CreateAgreementInput): Promise<Agreement> {
  if (input.sendingCountry === input.receivingCountry) {
    throw new AppError('validation_failed', 'sending and receiving country must differ', { field: 'receivingCountry' });
  }
  if (input.effectiveFrom !== null && input.effectiveTo !== null && input.effectiveTo < input.effectiveFrom) {
    throw new AppError('validation_failed', 'effectiveTo is before effectiveFrom', { field: 'effectiveTo' });
  }
  await requireAllowed(ctx, principal, 'agreement:write', { type: 'Agreement', id: 'new', sendingCountry: input.sendingCountry, receivingCountry: input.receivingCountry });
  const at = nowInstant(ctx);
  try {
    return await runWrite(ctx, async (trx) => {
      const agreement = await insertAgreement(trx, input, at);
      const terms = input.terms ?? emptyTerms();
      await insertTermsVersion(
        trx,
        agreement.id,
        { versionNo: 1, effectiveFrom: input.effectiveFrom ?? at.slice(0, 10), changeSummary: 'Initial terms', terms, sourceDocuments: input.sources },
        at,
      );
      await appendAudit(trx, {
        actor: actorRef(principal),
        action: 'agreement.create',
        resourceType: 'agreement',
        resourceId: agreement.id,
        details: { code: agreement.code, status: agreement.status, termsHash: canonicalHash(terms) },
        at,
      });
      return agreement;
    });
  } catch (error) {
    throw translateDatabaseError(error, { resource: 'agreement' });
  }
}
