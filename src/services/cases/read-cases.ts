import type { Case } from '../../core/case.js';
import { AppError } from '../../core/errors.js';
import type { Principal } from '../../core/principal.js';
import { findCase, listCases, type CaseListQuery } from '../../db/repositories/case.repository.js';
import type { Page } from '../../db/repositories/pagination.js';
import type { ServiceContext } from '../context.js';

export async function getCase(ctx: ServiceContext, _principal: Principal, caseId: string): Promise<Case> {
  const found = await findCase(ctx.db, caseId);
  if (!found) throw new AppError('not_found', `case ${caseId} not found`, { caseId });
  return found;
}

export async function listCasesPage(ctx: ServiceContext, _principal: Principal, query: CaseListQuery): Promise<Page<Case>> {
  return listCases(ctx.db, query);
}
