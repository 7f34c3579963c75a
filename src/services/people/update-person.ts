import { appendAudit } from '../../audit/audit-log.js';
import { unwrapPersonDataKey } from '../../audit/retention/person-key-wrap.js';
import { openPersonalFields } from '../../audit/retention/sealed-person.js';
import { AppError } from '../../core/errors.js';
import { SEALED_PERSON_FIELDS, type Person, type PersonalFields } from '../../core/person.js';
import { actorRef, type Principal } from '../../core/principal.js';
import type { UpdatePersonInput } from '../../core/schemas/person.schema.js';
import { findPersonRow, lockPersonRow, updatePersonRow } from '../../db/repositories/person.repository.js';
import { assertStillAllowed, requireAllowed } from '../access/authorize.js';
import { personResourceOf } from '../access/case-access.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { assertVersion } from '../versioning.js';

/**
 * Updates a person under optimistic concurrency: the caller states the version
 * it read. The sealed fields are opened, patched and sealed again (a fresh
 * nonce) with the blind index refreshed. Throws `person_erased` (410) for an
 * erased person: there is nothing left to update.
 */
export async function updatePerson(
  ctx: ServiceContext,
  principal: Principal,
  personId: string,
  expectedVersion: number,
  patch: UpdatePersonInput,
): Promise<Person> {
  if (!(await findPersonRow(ctx.db, personId))) throw new AppError('not_found', `person ${personId} not found`, { id: personId });
  await requireAllowed(ctx, principal, 'person:update', await personResourceOf(ctx.db, personId));
  const at = nowInstant(ctx);
  return runWrite(ctx, async (trx) => {
    const row = await lockPersonRow(trx, personId);
    if (!row) throw new AppError('not_found', `person ${personId} not found`, { id: personId });
    assertStillAllowed(ctx, principal, 'person:update', await personResourceOf(trx, personId));
    assertVersion('person', personId, row.version, expectedVersion);
    if (row.wrappedPersonKey === null) throw new AppError('person_erased', `person ${personId} was erased`, { personId });
    // Unwrapped once: the key opens the current fields and seals the merged ones.
    const key = unwrapPersonDataKey(ctx.personKeyEncryptionKey, personId, row.wrappedPersonKey);
    const merged: PersonalFields = openPersonalFields(key, personId, row.personalData);
    for (const name of SEALED_PERSON_FIELDS) if (patch[name] !== undefined) Object.assign(merged, { [name]: patch[name] });
    const stored = await updatePersonRow(trx, personId, merged, key, at, ctx.identityIndexKey);
    await appendAudit(trx, {
      actor: actorRef(principal),
      action: 'person.update',
      resourceType: 'person',
      resourceId: personId,
      // Field names only: a hash of the values could confirm a guessed name even after erasure (createPerson).
      details: { fields: Object.keys(patch).sort(), version: stored.version },
      at,
    });
    return { id: row.id, externalId: row.externalId, ...merged, isDemo: row.isDemo, createdAt: row.createdAt, updatedAt: stored.updatedAt, version: stored.version, erased: false };
  });
}
