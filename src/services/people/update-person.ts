import { appendAudit } from '../../audit/audit-log.js';
import { canonicalHash } from '../../audit/sha256.js';
import { AppError } from '../../core/errors.js';
import type { Person } from '../../core/person.js';
import { actorRef, type Principal } from '../../core/principal.js';
import type { UpdatePersonInput } from '../../core/schemas/person.schema.js';
import { findPerson, lockPerson, updatePersonRow } from '../../db/repositories/person.repository.js';
import { assertStillAllowed, requireAllowed } from '../access/authorize.js';
import { personResourceOf } from '../access/case-access.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { assertVersion } from '../versioning.js';

/** Updates a person under optimistic concurrency: the caller states the version it read. */
export async function updatePerson(
  ctx: ServiceContext,
  principal: Principal,
  personId: string,
  expectedVersion: number,
  patch: UpdatePersonInput,
): Promise<Person> {
  if (!(await findPerson(ctx.db, personId))) throw new AppError('not_found', `person ${personId} not found`, { id: personId });
  await requireAllowed(ctx, principal, 'person:update', await personResourceOf(ctx.db, personId));
  const at = nowInstant(ctx);
  return runWrite(ctx, async (trx) => {
    const current = await lockPerson(trx, personId);
    if (!current) throw new AppError('not_found', `person ${personId} not found`, { id: personId });
    assertStillAllowed(ctx, principal, 'person:update', await personResourceOf(trx, personId));
    assertVersion('person', personId, current.version, expectedVersion);
    const updated = await updatePersonRow(trx, personId, patch, at);
    await appendAudit(trx, {
      actor: actorRef(principal),
      action: 'person.update',
      resourceType: 'person',
      resourceId: personId,
      details: { fields: Object.keys(patch).sort(), contentHash: canonicalHash(patch), version: updated.version },
      at,
    });
    return updated;
  });
}
