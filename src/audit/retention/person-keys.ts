import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { appendAudit } from '../audit-log.js';
import { AppError } from '../../core/errors.js';
import type { Queryable, Tx } from '../../db/schema.js';

/**
 * The data key of a person, created on first use. Throws AppError
 * `person_erased` once the key was destroyed: nothing new may be written
 * for an erased person, and nothing old can be read.
 *
 * @example const key = await personDataKey(trx, personId); const sealed = sealPersonField(key, personId, value);
 */
export async function personDataKey(trx: Tx, personId: string): Promise<Uint8Array> {
  await sql`insert into person_keys (person_id, key) values (${personId}, ${randomBytes(32)}) on conflict (person_id) do nothing`.execute(trx);
  return readPersonDataKey(trx, personId);
}

/**
 * The existing data key of a person. Throws AppError `not_found` when none
 * was ever created and `person_erased` when it was destroyed.
 */
export async function readPersonDataKey(db: Queryable, personId: string): Promise<Uint8Array> {
  const row = await db.selectFrom('person_keys').select(['key', 'destroyed_at']).where('person_id', '=', personId).executeTakeFirst();
  if (row === undefined) throw new AppError('not_found', `person ${personId} has no data key`, { personId });
  if (row.key === null) throw new AppError('person_erased', `person ${personId} was erased at ${row.destroyed_at ?? '?'}`, { personId, erasedAt: row.destroyed_at });
  return Uint8Array.from(row.key);
}

export interface PersonErasure {
  readonly personId: string;
  /** `user:<id>` or `system:<name>`, as actorRef gives. */
  readonly actor: string;
  /** A code naming the legal ground (e.g. `gdpr-art17`, `retention-expired`), never free text about the person. */
  readonly legalBasis: string;
  readonly at: string;
}

/**
 * Crypto-shreds a person inside the caller's transaction: destroys their
 * data key (irreversibly: a trigger refuses any other change) and appends a
 * `person.erase` audit entry holding only the person id and the legal basis.
 * Earlier audit entries about the person stay as they are — they never held
 * personal data — so the chain, checkpoints and proofs still verify.
 * Throws AppError `person_erased` if already erased, `validation_failed` for
 * a malformed legal basis. Authorization is the calling service's job.
 *
 * @example await runWrite(ctx, (trx) => erasePersonKey(trx, { personId, actor: actorRef(principal), legalBasis: 'gdpr-art17', at: nowInstant(ctx) }));
 */
export async function erasePersonKey(trx: Tx, erasure: PersonErasure): Promise<void> {
  if (!/^[a-z0-9][a-z0-9.-]{1,63}$/.test(erasure.legalBasis)) {
    throw new AppError('validation_failed', 'legalBasis must be a short code such as gdpr-art17, not free text', { legalBasis: erasure.legalBasis.slice(0, 80) });
  }
  // A person who never had a key gets a destroyed one, so later writes for them fail the same way.
  await sql`insert into person_keys (person_id, key) values (${erasure.personId}, ${randomBytes(32)}) on conflict (person_id) do nothing`.execute(trx);
  const destroyed = await trx
    .updateTable('person_keys')
    .set({ key: null, destroyed_at: erasure.at })
    .where('person_id', '=', erasure.personId)
    .where('key', 'is not', null)
    .executeTakeFirst();
  if (destroyed.numUpdatedRows === 0n) throw new AppError('person_erased', `person ${erasure.personId} was already erased`, { personId: erasure.personId });
  await appendAudit(trx, {
    actor: erasure.actor,
    action: 'person.erase',
    resourceType: 'person',
    resourceId: erasure.personId,
    details: { keyDestroyed: true, legalBasis: erasure.legalBasis },
    at: erasure.at,
  });
}
