import type { Agreement } from '../../core/agreement.js';
import { AppError } from '../../core/errors.js';
import type { Principal } from '../../core/principal.js';
import { findAgreement, listAgreements, listTermsVersions, type AgreementListQuery, type AgreementTermsVersion } from '../../db/repositories/agreement.repository.js';
import type { Page } from '../../db/repositories/pagination.js';
import type { Action } from '../../core/access/actions.js';
import type { AgreementResource } from '../../core/access/resources.js';
import { decide, requireAllowed } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

export interface AgreementDetail {
  readonly agreement: Agreement;
  readonly terms: AgreementTermsVersion[];
}

/** An agreement by id or code, with every version of its terms. */
export async function getAgreement(ctx: ServiceContext, principal: Principal, idOrCode: string): Promise<AgreementDetail> {
  const agreement = await findAgreement(ctx.db, idOrCode);
  if (!agreement) throw new AppError('not_found', `agreement ${idOrCode} not found`, { agreement: idOrCode });
  await requireAllowed(ctx, principal, 'agreement:read', agreementResourceOf(agreement));
  return { agreement, terms: await listTermsVersions(ctx.db, agreement.id) };
}

/** Agreements are few (tens): filter the page item by item with the policy. */
export async function listAgreementsPage(ctx: ServiceContext, principal: Principal, query: AgreementListQuery): Promise<Page<Agreement>> {
  const page = await listAgreements(ctx.db, query);
  return { items: page.items.filter((agreement) => decide(ctx, principal, 'agreement:read', agreementResourceOf(agreement)).allowed), nextCursor: page.nextCursor };
}

export function agreementResourceOf(agreement: Pick<Agreement, 'id' | 'sendingCountry' | 'receivingCountry'>): AgreementResource {
  return { type: 'Agreement', id: agreement.id, sendingCountry: agreement.sendingCountry, receivingCountry: agreement.receivingCountry };
}

/**
 * Loads an agreement (by id or code) and checks one action on it before the
 * use case opens its transaction; 404 when the caller may not know it.
 */
export async function authorizeAgreementAction(ctx: ServiceContext, principal: Principal, idOrCode: string, action: Action): Promise<Agreement> {
  const agreement = await findAgreement(ctx.db, idOrCode);
  if (!agreement) throw new AppError('not_found', `agreement ${idOrCode} not found`, { agreement: idOrCode });
  await requireAllowed(ctx, principal, action, agreementResourceOf(agreement));
  return agreement;
}
