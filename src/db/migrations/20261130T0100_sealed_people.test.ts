import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identityDigest, openPersonalFields } from '../../audit/retention/sealed-person.js';
import { backfillIdentityDigests } from '../../services/people/backfill-identity-digests.js';
import { wrapLegacyPersonKeys } from '../../services/people/wrap-legacy-person-keys.js';
import { createTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from '../../test-support/databases.js';
import { migrateTo, migrateToLatest } from '../migrator.js';

const AMAL = { id: '0193a0c4-0000-7000-8000-000000000001', given: 'Amal', family: 'Haddad', aliases: ['Umm Ali', 'a "quoted", {braced} alias'], birth: '1987-02-03', nationalities: ['SY', 'LB'], languages: ['ar'], vulnerabilities: ['pregnancy'] };
const BOB = { id: '0193a0c4-0000-7000-8000-000000000002', given: 'Bob', family: 'Nobirth', aliases: [], birth: null, nationalities: [], languages: [], vulnerabilities: [] };
const INDEX_KEY = new Uint8Array(32).fill(7);
const KEK = new Uint8Array(32).fill(9);

describe.each(TEST_DATABASE_KINDS)('migration 20261130T0100_sealed_people on %s', { timeout: 240_000 }, (kind) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(kind, { migrate: false });
    await migrateTo(database.db, '20261129T2200_audit_leaf');
    for (const person of [AMAL, BOB]) {
      await sql`insert into people (id, given_names, family_name, aliases, birth_date, nationalities, languages, vulnerabilities)
                values (${person.id}::uuid, ${person.given}, ${person.family}, ${person.aliases}::text[], ${person.birth}::date, ${person.nationalities}::char(2)[],
                        ${person.languages}::text[], ${person.vulnerabilities}::text[])`.execute(database.db);
    }
    // Amal already had a key (created on first use before this migration); Bob had none.
    await sql`insert into person_keys (person_id, key) values (${AMAL.id}::uuid, ${Buffer.alloc(32, 1)})`.execute(database.db);
    await migrateToLatest(database.db);
  });
  afterAll(() => database.dispose());

  it('seals every existing person under their own key, keeps an existing key, drops the plaintext columns', async () => {
    const rows = (await sql<Record<string, unknown>>`select * from people order by id`.execute(database.db)).rows;
    expect(rows.map((row) => Object.keys(row).sort())).toEqual([
      ['created_at', 'external_id', 'id', 'identity_digest', 'is_demo', 'personal_data', 'updated_at', 'version'],
      ['created_at', 'external_id', 'id', 'identity_digest', 'is_demo', 'personal_data', 'updated_at', 'version'],
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/Amal|Haddad|Umm Ali|1987-02-03|Nobirth/);
    const keys = new Map((await database.db.selectFrom('person_keys').select(['person_id', 'key']).execute()).map((row) => [row.person_id, row.key]));
    expect(Buffer.from(keys.get(AMAL.id) ?? []).equals(Buffer.alloc(32, 1))).toBe(true);
    const open = (id: string) => openPersonalFields(Uint8Array.from(keys.get(id) ?? []), id, String(rows.find((row) => row.id === id)?.personal_data));
    expect(open(AMAL.id)).toEqual({ givenNames: 'Amal', familyName: 'Haddad', aliases: AMAL.aliases, birthDate: '1987-02-03', nationalities: ['SY', 'LB'], languages: ['ar'], vulnerabilities: ['pregnancy'] });
    expect(open(BOB.id)).toEqual({ givenNames: 'Bob', familyName: 'Nobirth', aliases: [], birthDate: null, nationalities: [], languages: [], vulnerabilities: [] });
  });

  it('goes down to the plaintext columns from the sealed values, and up again', async () => {
    await migrateTo(database.db, '20261129T2200_audit_leaf');
    const rows = (await sql<{ given_names: string; aliases: string[]; birth_date: string | null }>`select given_names, aliases, birth_date::text as birth_date from people order by id`.execute(database.db)).rows;
    expect(rows).toEqual([
      { given_names: 'Amal', aliases: AMAL.aliases, birth_date: '1987-02-03' },
      { given_names: 'Bob', aliases: [], birth_date: null },
    ]);
    await migrateToLatest(database.db);
    expect((await database.db.selectFrom('people').select('personal_data').execute()).every((row) => row.personal_data.startsWith('wp1:'))).toBe(true);
  });

  // Last: once start-up has wrapped the keys, this migration's down (which opens the values with the raw keys) cannot run.
  it('leaves the blind index to start-up, which fills it once with the key kept outside the database', async () => {
    expect(await wrapLegacyPersonKeys(database.db, KEK)).toBe(2);
    expect(await backfillIdentityDigests(database.db, INDEX_KEY, KEK)).toBe(2);
    expect(await backfillIdentityDigests(database.db, INDEX_KEY, KEK)).toBe(0);
    const digests = await database.db.selectFrom('people').select(['id', 'identity_digest']).orderBy('id').execute();
    expect(digests.map((row) => Buffer.from(row.identity_digest ?? []).toString('hex'))).toEqual([
      identityDigest(INDEX_KEY, { givenNames: 'Amal', familyName: 'Haddad', birthDate: '1987-02-03' }).toString('hex'),
      identityDigest(INDEX_KEY, { givenNames: 'Bob', familyName: 'Nobirth', birthDate: null }).toString('hex'),
    ]);
  });
});
