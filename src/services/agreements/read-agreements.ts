import type { Agreement } from '../../core/agreement.js';
import { AppError } from '../../core/errors.js';
import type { Principal } from '../../core/principal.js';
import { findAgreement, listAgreements, listTermsVersions, type AgreementListQuery, type AgreementTermsVersion } from '../../db/repositories/agreement.repository.js';
import type { Page } from '../../db/repositories/pagination.js';
import type { ServiceContext } from '../context.js';

export interface AgreementDetail {
  readonly agreement: Agreement;
  readonly terms: AgreementTermsVersion[];
}

/** An agreement by id or code, with every version of its terms. */
export async function getAgreement(ctx: ServiceContext, _principal: Principal, idOrCode: string): Promise<AgreementDetail> {
  const agreement = await findAgreement(ctx.db, idOrCode);
  if (!agreement) throw new AppError('not_found', `agreement ${idOrCode} not found`, { agreement: idOrCode });
  return { agreement, terms: await listTermsVersions(ctx.db, agreement.id) };
}

export async function listAgreementsPage(ctx: ServiceContext, _principal: Principal, query: AgreementListQuery): Promise<Page<Agreement>> {
  return listAgreements(ctx.db, query);
}
