import { randomUUID } from 'node:crypto';
import { appendAudit } from '../../audit/audit-log.js';
import { AppError } from '../../core/errors.js';
import { actorRef, type Principal } from '../../core/principal.js';
import type { RecordCourtOrderInput } from '../../core/schemas/case-fact.schema.js';
import { translateDatabaseError } from '../../db/database-errors.js';
import type { CourtOrderRow } from '../../db/repositories/case-facts.repository.js';
import { findCourtOrder, insertCourtOrder } from '../../db/repositories/case-facts.repository.js';
import { requireAllowed } from '../access/authorize.js';
import { authorizeCaseAction } from '../access/case-access.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';

/**
 * An order about one person is filed on that person's case (counsel, officers,
 * reviewers of the case); an order covering a destination or a whole program
 * is recorded by legal reviewers, who keep the program's law current.
 */
async function authorizeCourtOrder(ctx: ServiceContext, principal: Principal, scope: RecordCourtOrderInput['scope']): Promise<void> {
  if (scope.kind !== 'person') {
    await requireAllowed(ctx, principal, 'ruleset:write', { type: 'RuleSet', id: 'program' });
    return;
  }
  const cases = await ctx.db.selectFrom('cases').select('id').where('person_id', '=', scope.personId).orderBy('opened_at', 'desc').execute();
  const latest = cases[0];
  if (!latest) throw new AppError('not_found', `person ${scope.personId} has no case`, { id: scope.personId });
  await authorizeCaseAction(ctx, principal, latest.id, 'fact:file-court-order');
}
import { sweepAffectedCases, type SweepReport } from './sweep-affected-cases.js';

/**
 * Records a stay, injunction or TRO for a person, a destination or a whole program (an agreement),
 * or a correction of one (`supersedes`, e.g. the order is lifted: a new row with `activeTo`), then —
 * after the write commits — sweeps every open case it covers, putting those that no longer pass on
 * hold. Throws validation_failed (dates reversed, unknown person/program, bad correction).
 *
 * @example await recordCourtOrder(ctx, principal, { kind: 'stay', court: 'D. Mass.', docket: '', scope: { kind: 'program', programId }, activeFrom, activeTo: null, supersedes: null })
 */
export async function recordCourtOrder(ctx: ServiceContext, principal: Principal, input: RecordCourtOrderInput): Promise<{ courtOrder: CourtOrderRow; sweep: SweepReport }> {
  if (input.activeTo !== null && Date.parse(input.activeTo) < Date.parse(input.activeFrom)) {
    throw new AppError('contradictory_facts', 'the court order ends before it starts', { problems: ['court order: ends before it starts'] });
  }
  await authorizeCourtOrder(ctx, principal, input.scope);
  const at = nowInstant(ctx);
  const actor = actorRef(principal);
  const order: CourtOrderRow = {
    id: randomUUID(),
    kind: input.kind,
    court: input.court,
    docket: input.docket,
    scope: input.scope,
    activeFrom: input.activeFrom,
    activeTo: input.activeTo,
    recordedAt: at,
    recordedBy: actor,
    supersedes: input.supersedes,
  };
  try {
    await runWrite(ctx, async (trx) => {
      if (input.supersedes !== null && !(await findCourtOrder(trx, input.supersedes))) {
        throw new AppError('validation_failed', `court order ${input.supersedes} does not exist`, { supersedes: input.supersedes });
      }
      await insertCourtOrder(trx, order);
      await appendAudit(trx, {
        actor,
        action: 'court_order.record',
        resourceType: 'court_order',
        resourceId: order.id,
        details: { kind: order.kind, scope: order.scope, activeFrom: order.activeFrom, activeTo: order.activeTo, supersedes: order.supersedes },
        at,
      });
    });
  } catch (error) {
    throw translateDatabaseError(error, { resource: 'court order' });
  }
  const sweep = await sweepAffectedCases(ctx, principal, { kind: 'court_order', courtOrderId: order.id, scope: order.scope });
  return { courtOrder: order, sweep };
}
