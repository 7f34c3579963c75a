import { appendAudit } from '../../audit/audit-log.js';
import { actorRef, type Principal } from '../../core/principal.js';
import type { Person } from '../../core/person.js';
import type { CreatePersonInput } from '../../core/schemas/person.schema.js';
import { translateDatabaseError } from '../../db/database-errors.js';
import { insertPerson } from '../../db/repositories/person.repository.js';
import { requireAllowed } from '../access/authorize.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';

/**
 * Records a person, their personal fields sealed under a new data key. The
 * audit entry names the fields given, nothing derived from their values: even
 * a hash of a name and birth date lets anyone who guesses them confirm the
 * guess, and would outlive the person's erasure in the append-only log.
 *
 * @example const person = await createPerson(ctx, principal, { givenNames: 'Amina', familyName: 'Demo', ... });
 */
export async function createPerson(ctx: ServiceContext, principal: Principal, input: CreatePersonInput): Promise<Person> {
  await requireAllowed(ctx, principal, 'person:create', {
    type: 'Person', id: 'new', agencies: principal.agency ? [principal.agency] : [], teamIds: principal.userId ? [principal.userId] : [], counselIds: [], proposedCountries: [],
  });
  const at = nowInstant(ctx);
  try {
    return await runWrite(ctx, async (trx) => {
      const person = await insertPerson(trx, input, at, { identityIndexKey: ctx.identityIndexKey, personKeyEncryptionKey: ctx.personKeyEncryptionKey });
      await appendAudit(trx, {
        actor: actorRef(principal),
        action: 'person.create',
        resourceType: 'person',
        resourceId: person.id,
        details: { fields: Object.keys(input).sort() },
        at,
      });
      return person;
    });
  } catch (error) {
    throw translateDatabaseError(error, { resource: 'person' });
  }
}
