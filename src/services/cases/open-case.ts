import { appendAudit } from '../../audit/audit-log.js';
import type { Case } from '../../core/case.js';
import { AppError } from '../../core/errors.js';
import { actorRef, type Principal } from '../../core/principal.js';
import type { OpenCaseInput } from '../../core/schemas/case.schema.js';
import { translateDatabaseError } from '../../db/database-errors.js';
import { insertCase } from '../../db/repositories/case.repository.js';
import { requireAllowed } from '../access/authorize.js';
import { visiblePeople } from '../access/person-access.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';

/**
 * Opens a case at intake for a recorded person. Further states are reached
 * only through audited, safeguard-gated transitions.
 */
export async function openCase(ctx: ServiceContext, principal: Principal, input: OpenCaseInput): Promise<Case> {
  // A user's case belongs to their agency; an officer opening a case works it unless they name someone else.
  const agency = principal.kind === 'user' ? (principal.agency ?? '') : input.agency;
  const officerId = input.officerId ?? (principal.roles.includes('program_officer') ? principal.userId : null);
  await requireAllowed(ctx, principal, 'case:create', {
    type: 'Case', id: 'new', agency, officerId, teamIds: [], counselId: input.counselId, proposedCountry: input.destinationCountry, agreementId: input.agreementId, state: 'intake',
  });
  const at = nowInstant(ctx);
  await assertPersonOpenable(ctx, principal, input.personId, at);
  try {
    return await runWrite(ctx, async (trx) => {
      const person = await trx.selectFrom('people').select('id').where('id', '=', input.personId).forShare().executeTakeFirst();
      if (!person) throw new AppError('not_found', `person ${input.personId} not found`, { personId: input.personId });
      const opened = await insertCase(trx, { ...input, agency, officerId }, at);
      await appendAudit(trx, {
        actor: actorRef(principal),
        action: 'case.open',
        resourceType: 'case',
        resourceId: opened.id,
        details: { reference: opened.reference, personId: opened.personId, ruleSetId: opened.ruleSetId, destinationCountry: opened.destinationCountry },
        at,
      });
      return opened;
    });
  } catch (error) {
    throw translateDatabaseError(error, { resource: 'case' });
  }
}

/**
 * A case makes its person visible to whoever works it, so opening one is
 * also a way to read a person: a user may open a case only for a person they
 * may already know of, or for one with no case yet (fresh intake). Anyone
 * else's person is "not found", the same answer as a person that does not
 * exist (found by the IDOR suite in src/reliability/attacks.test.ts).
 */
async function assertPersonOpenable(ctx: ServiceContext, principal: Principal, personId: string, at: string): Promise<void> {
  if (principal.kind === 'system') return;
  const reachable = await ctx.db
    .selectFrom('people')
    .select('people.id')
    .where('people.id', '=', personId)
    .where((eb) => eb.or([visiblePeople(principal, at)(eb), eb.not(eb.exists(eb.selectFrom('cases').select('cases.id').whereRef('cases.person_id', '=', 'people.id')))]))
    .executeTakeFirst();
  if (!reachable) throw new AppError('not_found', `person ${personId} not found`, { personId });
}
