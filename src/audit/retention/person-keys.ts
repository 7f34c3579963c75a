import { sql } from 'kysely';
import { appendAudit } from '../audit-log.js';
import { AppError } from '../../core/errors.js';
import type { Queryable, Tx } from '../../db/schema.js';
import { LEGACY_PERSON_KEY_BYTES, newWrappedPersonDataKey, unwrapPersonDataKey, wrapPersonDataKey } from './person-key-wrap.js';

/**
 * The data key of a person, created on first use (stored wrapped under the
 * KEK, returned unwrapped in memory). Throws AppError `person_erased` once
 * the key was destroyed: nothing new may be written for an erased person,
 * and nothing old can be read.
 *
 * @example const key = await personDataKey(trx, ctx.personKeyEncryptionKey, personId); const sealed = sealPersonField(key, personId, value);
 */
export async function personDataKey(trx: Tx, kek: Uint8Array, personId: string): Promise<Uint8Array> {
  await sql`insert into person_keys (person_id, key) values (${personId}, ${newWrappedPersonDataKey(kek, personId).wrapped}) on conflict (person_id) do nothing`.execute(trx);
  return readPersonDataKey(trx, kek, personId);
}

/**
 * The existing data key of a person, unwrapped. Throws AppError `not_found`
 * when none was ever created, `person_erased` when it was destroyed and
 * `signing_key_invalid` when the KEK does not open it.
 */
export async function readPersonDataKey(db: Queryable, kek: Uint8Array, personId: string): Promise<Uint8Array> {
  const row = await db.selectFrom('person_keys').select(['key', 'destroyed_at']).where('person_id', '=', personId).executeTakeFirst();
  if (row === undefined) throw new AppError('not_found', `person ${personId} has no data key`, { personId });
  if (row.key === null) throw new AppError('person_erased', `person ${personId} was erased at ${row.destroyed_at ?? '?'}`, { personId, erasedAt: row.destroyed_at });
  return unwrapPersonDataKey(kek, personId, Uint8Array.from(row.key));
}

/**
 * One live key stored wrapped (any), or undefined when there is none — also before the person_keys
 * migration (`waypoint migrate` on an empty database). Start-up uses it twice over: a key exists, so
 * the KEK that wrapped it is needed and a fresh one must not be made; and the KEK must open it.
 */
export async function findAnyWrappedPersonKey(db: Queryable): Promise<{ readonly personId: string; readonly wrapped: Uint8Array } | undefined> {
  const { rows: table } = await sql<{ exists: boolean }>`select to_regclass('person_keys') is not null as exists`.execute(db);
  if (table[0]?.exists !== true) return undefined;
  const { rows } = await sql<{ person_id: string; key: Uint8Array }>`select person_id::text, key from person_keys where key is not null and octet_length(key) <> ${LEGACY_PERSON_KEY_BYTES} limit 1`.execute(db);
  const row = rows[0];
  return row === undefined ? undefined : { personId: row.person_id, wrapped: Uint8Array.from(row.key) };
}

/**
 * Wraps up to `limit` live keys still stored unwrapped (written before
 * migration 20261130T0500, which had no KEK to wrap them) in one statement;
 * returns how many. Idempotent: a wrapped key is never 32 bytes long. The
 * length is a literal so the partial index person_keys_legacy_idx (empty once
 * everything is wrapped) answers it.
 */
export async function wrapLegacyPersonKeyBatch(db: Queryable, kek: Uint8Array, limit: number): Promise<number> {
  const { rows } = await sql<{ person_id: string; key: Uint8Array }>`
    select person_id::text, key from person_keys where octet_length(key) = ${sql.lit(LEGACY_PERSON_KEY_BYTES)} order by person_id limit ${limit}`.execute(db);
  if (rows.length === 0) return 0;
  await sql`
    update person_keys k set key = decode(v.wrapped, 'hex')
      from unnest(${rows.map((row) => row.person_id)}::uuid[], ${rows.map((row) => wrapPersonDataKey(kek, row.person_id, Uint8Array.from(row.key)).toString('hex'))}::text[]) as v(person_id, wrapped)
     where k.person_id = v.person_id and octet_length(k.key) = ${LEGACY_PERSON_KEY_BYTES}`.execute(db);
  return rows.length;
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
  // A person who never had a key gets a destroyed one (no key material at all), so later writes for them fail the same way.
  const created = await sql`insert into person_keys (person_id, key, destroyed_at) values (${erasure.personId}, null, ${erasure.at}) on conflict (person_id) do nothing`.execute(trx);
  const destroyed =
    created.numAffectedRows === 1n
      ? { numUpdatedRows: 1n }
      : await trx.updateTable('person_keys').set({ key: null, destroyed_at: erasure.at }).where('person_id', '=', erasure.personId).where('key', 'is not', null).executeTakeFirst();
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
