import type { Selectable } from 'kysely';
import type { Person, Vulnerability } from '../../core/person.js';
import type { CreatePersonInput, UpdatePersonInput } from '../../core/schemas/person.schema.js';
import type { Queryable, Tx } from '../schema.js';
import type { PeopleTable } from '../tables/foundation.table.js';
import { decodeCursor, toPage, type Page } from './pagination.js';

type PersonRow = Selectable<PeopleTable>;

export function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    externalId: row.external_id,
    givenNames: row.given_names,
    familyName: row.family_name,
    aliases: row.aliases,
    birthDate: row.birth_date,
    nationalities: row.nationalities,
    languages: row.languages,
    vulnerabilities: row.vulnerabilities as Vulnerability[],
    isDemo: row.is_demo,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

export async function insertPerson(trx: Tx, input: CreatePersonInput, at: string, isDemo = false): Promise<Person> {
  const row = await trx
    .insertInto('people')
    .values({
      external_id: input.externalId,
      given_names: input.givenNames,
      family_name: input.familyName,
      aliases: input.aliases,
      birth_date: input.birthDate,
      nationalities: input.nationalities,
      languages: input.languages,
      vulnerabilities: input.vulnerabilities,
      is_demo: isDemo,
      created_at: at,
      updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toPerson(row);
}

export async function findPerson(db: Queryable, id: string): Promise<Person | undefined> {
  const row = await db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toPerson(row);
}

/** Locks the row for the rest of the transaction (the write order's first step). */
export async function lockPerson(trx: Tx, id: string): Promise<Person | undefined> {
  const row = await trx.selectFrom('people').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  return row && toPerson(row);
}

export async function updatePersonRow(trx: Tx, id: string, patch: UpdatePersonInput, at: string): Promise<Person> {
  const row = await trx
    .updateTable('people')
    .set((eb) => ({
      ...(patch.givenNames !== undefined && { given_names: patch.givenNames }),
      ...(patch.familyName !== undefined && { family_name: patch.familyName }),
      ...(patch.aliases !== undefined && { aliases: patch.aliases }),
      ...(patch.birthDate !== undefined && { birth_date: patch.birthDate }),
      ...(patch.nationalities !== undefined && { nationalities: patch.nationalities }),
      ...(patch.languages !== undefined && { languages: patch.languages }),
      ...(patch.vulnerabilities !== undefined && { vulnerabilities: patch.vulnerabilities }),
      updated_at: at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toPerson(row);
}

export interface PersonListQuery {
  readonly limit: number;
  readonly cursor?: string | undefined;
  readonly nationality?: string | undefined;
}

export async function listPeople(db: Queryable, query: PersonListQuery): Promise<Page<Person>> {
  const after = decodeCursor(query.cursor);
  let select = db.selectFrom('people').selectAll().orderBy('id').limit(query.limit + 1);
  if (after !== undefined) select = select.where('id', '>', after);
  if (query.nationality !== undefined) select = select.where((eb) => eb(eb.val(query.nationality), '=', eb.fn.any('nationalities')));
  return toPage(await select.execute(), query.limit, (row) => row.id, toPerson);
}
