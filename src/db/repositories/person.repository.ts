import { randomUUID } from 'node:crypto';
import { sql, type SelectQueryBuilder } from 'kysely';
import { newWrappedPersonDataKey } from '../../audit/retention/person-key-wrap.js';
import { identityDigest, sealPersonalFields } from '../../audit/retention/sealed-person.js';
import type { Person, PersonalFields } from '../../core/person.js';
import type { CreatePersonInput } from '../../core/schemas/person.schema.js';
import type { DB, Queryable, Tx } from '../schema.js';

/**
 * A person as stored: personal fields sealed, with the data key that opens
 * them as stored — wrapped under the KEK (null once erased). Services open it (openPersonRecord); nothing below
 * the service layer reads personal data.
 */
export interface SealedPersonRow {
  readonly id: string;
  readonly externalId: string | null;
  readonly personalData: string;
  readonly wrappedPersonKey: Uint8Array | null;
  readonly isDemo: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

const SEALED_PERSON_COLUMNS = [
  'people.id',
  'people.external_id',
  'people.personal_data',
  'person_keys.key',
  'people.is_demo',
  'people.created_at',
  'people.updated_at',
  'people.version',
] as const;

/** People with their data keys; add where/order/limit. */
export function sealedPeopleQuery(db: Queryable) {
  return db.selectFrom('people').leftJoin('person_keys', 'person_keys.person_id', 'people.id').select(SEALED_PERSON_COLUMNS);
}

type SealedPeopleQuery = ReturnType<typeof sealedPeopleQuery>;
type SealedPeopleQueryRow = SealedPeopleQuery extends SelectQueryBuilder<DB, 'people' | 'person_keys', infer R> ? R : never;

export function toSealedPersonRow(row: SealedPeopleQueryRow): SealedPersonRow {
  return {
    id: row.id,
    externalId: row.external_id,
    personalData: row.personal_data,
    wrappedPersonKey: row.key === null ? null : Uint8Array.from(row.key),
    isDemo: row.is_demo,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

/**
 * Records a person sealed: a fresh data key (stored wrapped under the KEK),
 * the personal fields encrypted under it, the keyed blind index of name and
 * birth date. Returns the person as given (nothing needs decrypting).
 *
 * @example const person = await insertPerson(trx, input, at, { identityIndexKey: ctx.identityIndexKey, personKeyEncryptionKey: ctx.personKeyEncryptionKey });
 */
export async function insertPerson(
  trx: Tx,
  input: CreatePersonInput,
  at: string,
  options: { readonly identityIndexKey: Uint8Array; readonly personKeyEncryptionKey: Uint8Array; readonly isDemo?: boolean },
): Promise<Person> {
  const id = randomUUID();
  const { dataKey: key, wrapped } = newWrappedPersonDataKey(options.personKeyEncryptionKey, id);
  const fields = personalFieldsOf(input);
  const row = await trx
    .insertInto('people')
    .values({
      id,
      external_id: input.externalId,
      personal_data: sealPersonalFields(key, id, fields),
      identity_digest: identityDigest(options.identityIndexKey, fields),
      is_demo: options.isDemo ?? false,
      created_at: at,
      updated_at: at,
    })
    .returning(['is_demo', 'created_at', 'updated_at', 'version'])
    .executeTakeFirstOrThrow();
  // The key row references the person, so it follows the person's row (same transaction).
  await trx.insertInto('person_keys').values({ person_id: id, key: wrapped }).execute();
  return { id, externalId: input.externalId, ...fields, isDemo: row.is_demo, createdAt: row.created_at, updatedAt: row.updated_at, version: row.version, erased: false };
}

export async function findPersonRow(db: Queryable, id: string): Promise<SealedPersonRow | undefined> {
  const row = await sealedPeopleQuery(db).where('people.id', '=', id).executeTakeFirst();
  return row && toSealedPersonRow(row);
}

/** Locks the person's row for the rest of the transaction (the write order's first step). */
export async function lockPersonRow(trx: Tx, id: string): Promise<SealedPersonRow | undefined> {
  const row = await sealedPeopleQuery(trx).where('people.id', '=', id).forUpdate(['people']).executeTakeFirst();
  return row && toSealedPersonRow(row);
}

/**
 * Re-seals a person's complete personal fields under their existing key (a
 * fresh nonce) and refreshes the blind index. The caller opened the current
 * fields and merged its patch.
 */
export async function updatePersonRow(trx: Tx, id: string, fields: PersonalFields, key: Uint8Array, at: string, identityIndexKey: Uint8Array): Promise<{ updatedAt: string; version: number }> {
  const row = await trx
    .updateTable('people')
    .set((eb) => ({
      personal_data: sealPersonalFields(key, id, fields),
      identity_digest: identityDigest(identityIndexKey, fields),
      updated_at: at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .returning(['updated_at', 'version'])
    .executeTakeFirstOrThrow();
  return { updatedAt: row.updated_at, version: row.version };
}

/** Forgets an erased person's blind index value: it is a pseudonym of their name and birth date. */
export async function clearIdentityDigest(trx: Tx, id: string): Promise<void> {
  await trx.updateTable('people').set({ identity_digest: null }).where('id', '=', id).execute();
}

/**
 * People whose blind index is missing while their key exists (rows sealed by
 * the migration, before the index key was at hand), in id order after `after`.
 */
export async function listPeopleWithoutDigest(db: Queryable, after: string, limit: number): Promise<SealedPersonRow[]> {
  const rows = await sealedPeopleQuery(db).where('people.identity_digest', 'is', null).where('person_keys.key', 'is not', null).where('people.id', '>', after).orderBy('people.id').limit(limit).execute();
  return rows.map(toSealedPersonRow);
}

/** Sets many blind index values in one statement. */
export async function setIdentityDigests(db: Queryable, digests: readonly { readonly id: string; readonly digest: Uint8Array }[]): Promise<void> {
  if (digests.length === 0) return;
  await sql`update people p set identity_digest = decode(v.hex, 'hex')
              from unnest(${digests.map((d) => d.id)}::uuid[], ${digests.map((d) => Buffer.from(d.digest).toString('hex'))}::text[]) as v(id, hex)
             where p.id = v.id`.execute(db);
}

function personalFieldsOf(input: CreatePersonInput): PersonalFields {
  return {
    givenNames: input.givenNames,
    familyName: input.familyName,
    aliases: input.aliases,
    birthDate: input.birthDate,
    nationalities: input.nationalities,
    languages: input.languages,
    vulnerabilities: input.vulnerabilities,
  };
}
