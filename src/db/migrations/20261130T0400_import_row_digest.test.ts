import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { transitionCase } from '../../services/cases/transition-case.js';
import { seedDemo } from '../../services/demo/seed-demo.js';
import { importCases } from '../../services/import/import-cases.js';
import { importRowDigest } from '../../services/import/import-row-digest.js';
import { keyLegacyImportRows } from '../../services/import/key-legacy-import-rows.js';
import { erasePerson } from '../../services/people/erase-person.js';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.js';
import { createTestContext, type TestContext } from '../../test-support/test-app.js';
import { migrateTo, migrateToLatest } from '../migrator.js';

const BEFORE = '20261130T0110_audit_derived_columns';
const CSV = 'external_id,given_names,family_name,birth_date,case_external_id\nMIG-1,Rana,Kept,1980-01-01,MIGC-1\nMIG-2,Sami,Erased,1981-02-02,MIGC-2\n';
const PLAIN = { 'MIGC-1': 'a'.repeat(64), 'MIGC-2': 'b'.repeat(64) };

describe.each(TEST_DATABASE_KINDS)('migration 20261130T0400_import_row_digest on %s', { timeout: 240_000 }, (kind) => {
  let context: TestContext;
  const importRows = async () =>
    (await sql<{ case_external_id: string; row_digest: string | null; legacy_row_sha256: string | null }>`
      select case_external_id, row_digest, legacy_row_sha256 from import_rows where case_external_id like 'MIGC-%' order by case_external_id`.execute(context.services.db)).rows;

  beforeAll(async () => {
    context = await createTestContext(kind);
    await seedDemo(context.services, context.operator);
    await importCases(context.services, context.operator, Readable.from([Buffer.from(CSV)]), { format: 'csv', mode: 'valid-rows', agency: 'ICE (demo)' });
    // The state before the migration: plain SHA-256 row hashes, one person erased (by the key alone, as before).
    await migrateTo(context.services.db, BEFORE);
    for (const [caseExternalId, hash] of Object.entries(PLAIN)) await sql`update import_rows set row_sha256 = ${hash} where case_external_id = ${caseExternalId}`.execute(context.services.db);
    await sql`update person_keys set key = null, destroyed_at = now() where person_id = (select id from people where external_id = 'MIG-2')`.execute(context.services.db);
    await migrateToLatest(context.services.db);
  });
  afterAll(async () => {
    await context.dispose();
  });

  it('moves the plain hashes aside for start-up to key, and drops those of erased people at once', async () => {
    expect(await importRows()).toEqual([
      { case_external_id: 'MIGC-1', row_digest: null, legacy_row_sha256: PLAIN['MIGC-1'] },
      { case_external_id: 'MIGC-2', row_digest: null, legacy_row_sha256: null },
    ]);
    await expect(sql`update import_rows set row_digest = ${'c'.repeat(64)} where case_external_id = 'MIGC-1'`.execute(context.services.db)).rejects.toThrow(/import_rows_one_digest/);
  });

  it('leaves start-up to replace each plain hash by its keyed digest, once', async () => {
    expect(await keyLegacyImportRows(context.services.db, context.services.identityIndexKey)).toBe(1);
    expect(await keyLegacyImportRows(context.services.db, context.services.identityIndexKey)).toBe(0);
    expect(await importRows()).toEqual([
      { case_external_id: 'MIGC-1', row_digest: importRowDigest(context.services.identityIndexKey, PLAIN['MIGC-1']), legacy_row_sha256: null },
      { case_external_id: 'MIGC-2', row_digest: null, legacy_row_sha256: null },
    ]);
  });

  it('goes down to one NOT NULL row_sha256 (keyed digests kept, cleared ones as zeros), and up again', async () => {
    await migrateTo(context.services.db, BEFORE);
    const down = (await sql<{ case_external_id: string; row_sha256: string }>`select case_external_id, row_sha256 from import_rows where case_external_id like 'MIGC-%' order by case_external_id`.execute(context.services.db)).rows;
    expect(down).toEqual([
      { case_external_id: 'MIGC-1', row_sha256: importRowDigest(context.services.identityIndexKey, PLAIN['MIGC-1']) },
      { case_external_id: 'MIGC-2', row_sha256: '0'.repeat(64) },
    ]);
    await migrateToLatest(context.services.db);
    expect((await importRows()).map((row) => row.legacy_row_sha256 !== null)).toEqual([true, false]);
  });

  it('has erasure clear the digest of every import row of the person in its transaction', async () => {
    await keyLegacyImportRows(context.services.db, context.services.identityIndexKey);
    const kept = await context.services.db.selectFrom('import_rows').select(['person_id', 'case_id']).where('case_external_id', '=', 'MIGC-1').executeTakeFirstOrThrow();
    await transitionCase(context.services, context.operator, kept.case_id, { transition: 'close', closeOutcome: 'withdrawn' });
    await erasePerson(context.services, context.operator, kept.person_id, { legalBasis: 'retention-expired' });
    expect(await importRows()).toEqual([
      { case_external_id: 'MIGC-1', row_digest: null, legacy_row_sha256: null },
      { case_external_id: 'MIGC-2', row_digest: null, legacy_row_sha256: null },
    ]);
  });
});
