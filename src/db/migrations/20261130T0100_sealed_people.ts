import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { openPersonalFields, sealPersonalFields } from '../../audit/retention/sealed-person.js';
import type { PersonalFields, Vulnerability } from '../../core/person.js';

/** People sealed per statement: bounded memory and statement size on a large table. */
const BATCH = 2_000;

interface PlainPersonRow {
  id: string;
  given_names: string;
  family_name: string;
  aliases: string[];
  birth_date: string | null;
  nationalities: string[];
  languages: string[];
  vulnerabilities: string[];
  key: Uint8Array | null;
}

/**
 * Seals the personal columns of `people` (issue 10, item 7): given_names,
 * family_name, aliases, birth_date, nationalities, languages and
 * vulnerabilities become one AES-256-GCM value `personal_data` under the
 * person's data key (person_keys, the person id as associated data), and the
 * plaintext columns and their identity index are dropped. Existing rows are
 * sealed here, in batches, creating each person's key.
 *
 * `identity_digest` (the keyed blind index that replaces people_identity_idx)
 * needs the index key, which lives outside the database; rows sealed here get
 * it from backfillIdentityDigests, which start-up (openRuntime) runs after
 * migrating. Until then a migrated person is not found as a duplicate.
 *
 * Down restores the plaintext columns from the sealed values while the keys
 * exist; an erased person's fields come back as '[erased]' and empty lists.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table people add column personal_data text, add column identity_digest bytea check (identity_digest is null or octet_length(identity_digest) = 32)`.execute(db);
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const { rows } = await sql<PlainPersonRow>`
      select p.id::text as id, p.given_names, p.family_name, p.aliases, p.birth_date::text as birth_date, p.nationalities::text[] as nationalities,
             p.languages, p.vulnerabilities, k.key
        from people p left join person_keys k on k.person_id = p.id
       where p.id > ${after}::uuid order by p.id limit ${BATCH}`.execute(db);
    if (rows.length === 0) break;
    after = rows[rows.length - 1]?.id ?? after;
    const fresh = rows.filter((row) => row.key === null).map((row) => ({ id: row.id, key: randomBytes(32) }));
    // A destroyed key (a person erased before this migration) stays destroyed: their row is sealed under a throwaway key.
    const erasedIds = new Set<string>();
    if (fresh.length > 0) {
      const { rows: existing } = await sql<{ person_id: string }>`select person_id::text from person_keys where person_id = any(${fresh.map((f) => f.id)}::uuid[])`.execute(db);
      for (const row of existing) erasedIds.add(row.person_id);
      const created = fresh.filter((f) => !erasedIds.has(f.id));
      if (created.length > 0) {
        await sql`insert into person_keys (person_id, key)
                  select id, decode(hex, 'hex') from unnest(${created.map((f) => f.id)}::uuid[], ${created.map((f) => f.key.toString('hex'))}::text[]) as v(id, hex)`.execute(db);
      }
    }
    const keyOf = new Map(fresh.map((f) => [f.id, f.key]));
    const sealed = rows.map((row) => {
      const key = row.key === null ? (keyOf.get(row.id) ?? randomBytes(32)) : Uint8Array.from(row.key);
      return sealPersonalFields(key, row.id, plainFields(row));
    });
    await sql`update people p set personal_data = v.sealed from unnest(${rows.map((row) => row.id)}::uuid[], ${sealed}::text[]) as v(id, sealed) where p.id = v.id`.execute(db);
  }
  await sql`
    drop index if exists people_identity_idx;
    alter table people
      drop column given_names, drop column family_name, drop column aliases, drop column birth_date,
      drop column nationalities, drop column languages, drop column vulnerabilities,
      alter column personal_data set not null,
      add constraint people_personal_data_sealed check (personal_data like 'wp1:%');
    create index people_identity_digest_idx on people (identity_digest);
    -- Start-up looks for people still to index (backfillIdentityDigests): an empty index once done.
    create index people_identity_digest_missing_idx on people (id) where identity_digest is null;
  `.execute(db);
}

function plainFields(row: PlainPersonRow): PersonalFields {
  return {
    givenNames: row.given_names,
    familyName: row.family_name,
    aliases: row.aliases,
    birthDate: row.birth_date,
    nationalities: row.nationalities.map((code) => code.trim()),
    languages: row.languages,
    vulnerabilities: row.vulnerabilities as Vulnerability[],
  };
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table people
      add column given_names text, add column family_name text, add column aliases text[] not null default '{}', add column birth_date date,
      add column nationalities char(2)[] not null default '{}', add column languages text[] not null default '{}', add column vulnerabilities text[] not null default '{}'
  `.execute(db);
  const { rows } = await sql<{ id: string; personal_data: string; key: Uint8Array | null }>`
    select p.id::text as id, p.personal_data, k.key from people p left join person_keys k on k.person_id = p.id`.execute(db);
  for (const row of rows) {
    const fields = row.key === null ? null : openPersonalFields(Uint8Array.from(row.key), row.id, row.personal_data);
    await sql`update people set given_names = ${fields?.givenNames ?? '[erased]'}, family_name = ${fields?.familyName ?? '[erased]'}, aliases = ${fields?.aliases ?? []}::text[],
                birth_date = ${fields?.birthDate ?? null}::date, nationalities = ${fields?.nationalities ?? []}::char(2)[], languages = ${fields?.languages ?? []}::text[],
                vulnerabilities = ${fields?.vulnerabilities ?? []}::text[] where id = ${row.id}::uuid`.execute(db);
  }
  await sql`
    drop index people_identity_digest_idx;
    drop index people_identity_digest_missing_idx;
    alter table people drop column personal_data, drop column identity_digest,
      alter column given_names set not null, alter column family_name set not null,
      add constraint people_given_names_check check (length(given_names) between 1 and 200),
      add constraint people_family_name_check check (length(family_name) between 1 and 200);
    create index people_identity_idx on people (lower(family_name), lower(given_names), birth_date);
  `.execute(db);
}
