import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from '../test-support/databases.js';
import { knownMigrations, migrateToLatest, migrateToZero } from './migrator.js';

async function tableNames(database: TestDatabase): Promise<string[]> {
  const result = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
     where table_schema = 'public' and table_name not like 'kysely_%' order by table_name`.execute(database.db);
  return result.rows.map((row) => row.table_name);
}

describe.each(TEST_DATABASE_KINDS)('migrations on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind, { migrate: false });
  });
  afterAll(async () => {
    await database.dispose();
  });

  it('go up, down to nothing, and up again', async () => {
    expect(await migrateToLatest(database.db)).toEqual(knownMigrations());
    const tables = await tableNames(database);
    expect(tables).toEqual(expect.arrayContaining(['audit_log', 'cases', 'countries', 'people', 'agreements', 'agreement_terms', 'decisions', 'documents', 'transfers', 'users']));
    const countries = await database.db.selectFrom('countries').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(countries.n).toBe(250); // 249 assigned + XK

    await migrateToZero(database.db);
    expect(await tableNames(database)).toEqual([]);

    expect(await migrateToLatest(database.db)).toEqual(knownMigrations());
    expect(await tableNames(database)).toEqual(tables);
  });

  it('is a no-op when already at the latest version', async () => {
    expect(await migrateToLatest(database.db)).toEqual([]);
  });
});
