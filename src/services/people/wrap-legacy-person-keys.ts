import { wrapLegacyPersonKeyBatch } from '../../audit/retention/person-keys.js';
import type { Queryable } from '../../db/schema.js';

const BATCH = 1_000;

/**
 * Wraps every person data key still stored unwrapped (before migration
 * 20261130T0500_wrapped_person_keys; a migration has no access to the KEK,
 * which lives outside the database). Start-up runs it after migrating and
 * before anything reads people; idempotent, and one indexed-length query when
 * nothing is left. Returns how many keys it wrapped.
 *
 * @example await wrapLegacyPersonKeys(database.db, personKeyEncryptionKey);
 */
export async function wrapLegacyPersonKeys(db: Queryable, personKeyEncryptionKey: Uint8Array): Promise<number> {
  let wrapped = 0;
  for (;;) {
    const count = await wrapLegacyPersonKeyBatch(db, personKeyEncryptionKey, BATCH);
    wrapped += count;
    if (count < BATCH) return wrapped;
  }
}
