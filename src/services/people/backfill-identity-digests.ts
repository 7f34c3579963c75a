import { identityDigest, openWrappedPersonalFields } from '../../audit/retention/sealed-person.js';
import { listPeopleWithoutDigest, setIdentityDigests } from '../../db/repositories/person.repository.js';
import type { Queryable } from '../../db/schema.js';

const BATCH = 1_000;

/**
 * Fills `people.identity_digest` for people who have a data key but no blind
 * index value: rows the sealing migration sealed (it has no access to the
 * index key, which lives outside the database). Start-up runs it after
 * migrating; it is idempotent and, when nothing is missing, one indexed query.
 * Returns how many people it indexed.
 *
 * Runs after wrapLegacyPersonKeys: it unwraps each data key with the KEK.
 *
 * @example await backfillIdentityDigests(database.db, identityIndexKey, personKeyEncryptionKey);
 */
export async function backfillIdentityDigests(db: Queryable, identityIndexKey: Uint8Array, personKeyEncryptionKey: Uint8Array): Promise<number> {
  let after = '00000000-0000-0000-0000-000000000000';
  let indexed = 0;
  for (;;) {
    const rows = await listPeopleWithoutDigest(db, after, BATCH);
    if (rows.length === 0) return indexed;
    await setIdentityDigests(
      db,
      rows.flatMap((row) =>
        row.wrappedPersonKey === null
          ? []
          : [{ id: row.id, digest: identityDigest(identityIndexKey, openWrappedPersonalFields(personKeyEncryptionKey, row.id, row.wrappedPersonKey, row.personalData)) }],
      ),
    );
    indexed += rows.length;
    after = rows[rows.length - 1]?.id ?? after;
  }
}
