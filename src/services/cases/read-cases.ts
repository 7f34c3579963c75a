import { appendAudit } from '../../audit/audit-log.js';
import type { Action } from '../../core/access/actions.js';
import type { FieldGroup } from '../../core/access/field-groups.js';
import { AppError } from '../../core/errors.js';
import { actorRef, type Principal } from '../../core/principal.js';
import { findCase, toCase, type CaseListQuery } from '../../db/repositories/case.repository.js';
import { decodeCursor, toPage, type Page } from '../../db/repositories/pagination.js';
import { abilitiesFor, decide, requireAllowed } from '../access/authorize.js';
import { allowedGroups, breakGlassContext, caseResourceOf, preparerOf, redactCase, visibleCases, type RedactedCase } from '../access/case-access.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';

export interface CaseView {
  readonly case: RedactedCase;
  /** Actions the caller may take on this case now (the UI shows only these). */
  readonly abilities: Action[];
  readonly fieldGroups: FieldGroup[];
  /** True when only a break-the-glass grant let the caller in; the read is flagged for oversight. */
  readonly breakGlass: boolean;
}

/**
 * Reads one case within need-to-know, redacted to the caller's field groups.
 * The read itself is audited with the groups shown, so an access report can
 * say exactly who saw what.
 */
export async function getCase(ctx: ServiceContext, principal: Principal, caseId: string, purpose?: string): Promise<CaseView> {
  const found = await findCase(ctx.db, caseId);
  if (!found) throw new AppError('not_found', `case ${caseId} not found`, { id: caseId });
  const resource = caseResourceOf(found);
  const context = await breakGlassContext(ctx, principal, caseId);
  const decision = await requireAllowed(ctx, principal, 'case:read', resource, context);
  const groups = allowedGroups(ctx, principal, resource, context);
  const at = nowInstant(ctx);
  await runWrite(ctx, (trx) =>
    appendAudit(trx, {
      actor: actorRef(principal),
      action: 'case.read',
      resourceType: 'case',
      resourceId: caseId,
      details: { fieldGroups: [...groups].sort(), policyIds: [...decision.policyIds], breakGlass: decision.breakGlass, ...(purpose !== undefined && { purpose }) },
      at,
    }),
  );
  // Clearing is decided with who prepared the case (separation of duties): offer it on the same terms.
  const preparedBy = await preparerOf(ctx.db, caseId);
  const abilities = abilitiesFor(ctx, principal, resource, undefined, { ...context, ...(preparedBy !== undefined && { preparedBy }) });
  return { case: redactCase(found, groups), abilities, fieldGroups: [...groups].sort(), breakGlass: decision.breakGlass };
}

/**
 * Cases in reference order, filtered to the caller's need-to-know in SQL
 * before paging, then checked item by item with the policy and redacted.
 */
export async function listCasesPage(ctx: ServiceContext, principal: Principal, query: CaseListQuery): Promise<Page<RedactedCase>> {
  const after = decodeCursor(query.cursor);
  const at = nowInstant(ctx);
  let select = ctx.db.selectFrom('cases').selectAll().where(visibleCases(principal, at)).orderBy('reference').limit(query.limit + 1);
  if (after !== undefined) select = select.where('reference', '>', after);
  if (query.state !== undefined) select = select.where('state', '=', query.state);
  if (query.destinationCountry !== undefined) select = select.where('destination_country', '=', query.destinationCountry);
  if (query.agreementId !== undefined) select = select.where('agreement_id', '=', query.agreementId);
  if (query.personId !== undefined) select = select.where('person_id', '=', query.personId);
  const page = toPage(await select.execute(), query.limit, (row) => row.reference, toCase);
  const items = page.items.flatMap((item) => {
    const resource = caseResourceOf(item);
    if (!decide(ctx, principal, 'case:read', resource).allowed) return [];
    return [redactCase(item, allowedGroups(ctx, principal, resource))];
  });
  return { items, nextCursor: page.nextCursor };
}
