import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { identityDigest } from '../../audit/retention/sealed-person.js';
import { canonicalHash, sha256Hex } from '../../audit/sha256.js';
import type { Person } from '../../core/person.js';
import { sealedPeopleQuery, toSealedPersonRow } from '../../db/repositories/person.repository.js';
import { openPersonRecord } from '../people/open-person.js';
import { validateImportRow, type RowProblem } from '../../core/import/import-row.js';
import { seedDemo } from '../demo/seed-demo.js';
import { createTestContext, type TestContext } from '../../test-support/test-app.js';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.js';
import { generateImportCsv } from './generated-import-file.js';
import { importCases, type ImportOptions } from './import-cases.js';
import { transitionCase } from '../cases/transition-case.js';
import { erasePerson } from '../people/erase-person.js';
import { ImportReferences, type ResolvedRow } from './import-references.js';
import { importRowDigest, importRowHash } from './import-row-digest.js';
import { keyLegacyImportRows } from './key-legacy-import-rows.js';
import { readImportSource } from './import-source.js';

/** The chunks as a byte stream, as a file read would deliver them. */
function bytesOf(chunks: Iterable<string | Uint8Array>): Readable {
  return Readable.from([...chunks].map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk)));
}

describe.each(TEST_DATABASE_KINDS)('importCases on %s', { timeout: 240_000 }, (kind) => {
  let context: TestContext;
  const count = async (table: 'people' | 'cases' | 'import_rows') => Number((await context.services.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const run = async (chunks: Iterable<string | Uint8Array>, options: Partial<ImportOptions> = {}) => {
    const problems: RowProblem[] = [];
    const result = await importCases(context.services, context.operator, bytesOf(chunks), { format: 'csv', mode: 'valid-rows', agency: 'ICE (demo)', onRejected: (p) => problems.push(p), ...options });
    return { result, problems };
  };

  const importedPerson = async (externalId: string): Promise<Person> => {
    const person = openPersonRecord(toSealedPersonRow(await sealedPeopleQuery(context.services.db).where('people.external_id', '=', externalId).executeTakeFirstOrThrow()), context.services.personKeyEncryptionKey);
    if (person.erased) throw new Error(`${externalId} is erased`);
    return person;
  };

  /** The rows of a CSV file as the import resolves them (all must be valid). */
  const resolvedRows = async (chunks: Iterable<string | Uint8Array>): Promise<ResolvedRow[]> => {
    const references = await ImportReferences.load(context.services.db);
    const rows: ResolvedRow[] = [];
    for await (const item of readImportSource(bytesOf(chunks), 'csv', { bytes: 0, sha256: null })) {
      const validated = 'raw' in item ? validateImportRow(item.line, item.raw) : null;
      const resolved = validated?.ok ? references.resolve(validated.row) : null;
      if (!resolved?.ok) throw new Error(`line ${item.line} must be valid`);
      rows.push(resolved.row);
    }
    return rows;
  };

  beforeAll(async () => {
    context = await createTestContext(kind);
    await seedDemo(context.services, context.operator);
  });
  afterAll(async () => {
    await context.dispose();
  });

  it('imports 9,900 of 10,000 rows, reports the 100 bad ones by line and reason, and re-imports nothing', async () => {
    const file = generateImportCsv({ rows: 10_000, badEvery: 100, prefix: 'BIG' });
    const peopleBefore = await count('people');
    const casesBefore = await count('cases');
    const started = Date.now();
    const { result, problems } = await run(file.chunks());
    const seconds = (Date.now() - started) / 1000;
    expect(result).toMatchObject({ status: 'completed', rowsRead: 10_000, imported: 9_900, rejected: 100, skipped: 0 });
    // Format problems are reported as rows are read, duplicates when their batch is written: compare in line order.
    expect(problems.map((p) => ({ line: p.line, reason: p.reason, column: p.column })).sort((a, b) => a.line - b.line)).toEqual(file.planted);
    expect(await count('people')).toBe(peopleBefore + 9_900);
    expect(await count('cases')).toBe(casesBefore + 9_900);
    expect(seconds).toBeLessThan(60);

    const again = await run(file.chunks());
    expect(again.result).toMatchObject({ status: 'completed', rowsRead: 10_000, imported: 0, skipped: 9_900, rejected: 100, fileSha256: result.fileSha256 });
    expect(again.problems.map((p) => p.line).sort((a, b) => a - b)).toEqual(file.planted.map((p) => p.line));
    expect(await count('cases')).toBe(casesBefore + 9_900);

    const audit = await context.services.db.selectFrom('audit_log').select(['action', 'details']).where('resource_id', '=', result.runId).orderBy('id').execute();
    // One entry per 5,000-row batch, each naming its lines and hashing exactly the rows and case ids import_rows holds for them.
    expect(audit.map((entry) => entry.action)).toEqual(['import.batch', 'import.batch', 'import.run']);
    expect(audit.slice(0, 2).reduce((sum, entry) => sum + Number(entry.details.cases), 0)).toBe(9_900);
    for (const entry of audit.slice(0, 2)) {
      const rows = await context.services.db
        .selectFrom('import_rows')
        .select(['case_id', 'row_digest'])
        .where('run_id', '=', result.runId)
        .where('line', '>=', Number(entry.details.firstLine))
        .where('line', '<=', Number(entry.details.lastLine))
        .orderBy('line')
        .execute();
      expect(rows).toHaveLength(Number(entry.details.cases));
      expect(entry.details.caseIdsSha256).toBe(sha256Hex(rows.map((row) => row.case_id).join('\n')));
      expect(entry.details.rowsSha256).toBe(sha256Hex(rows.map((row) => row.row_digest).join('\n')));
    }
  });

  it('imports nothing in all-or-nothing mode when one row is bad, and everything when none is', async () => {
    const casesBefore = await count('cases');
    const bad = generateImportCsv({ rows: 1_500, badEvery: 1_500, prefix: 'AON' });
    const { result, problems } = await run(bad.chunks(), { mode: 'all-or-nothing' });
    expect(result).toMatchObject({ status: 'rolled_back', imported: 0, rejected: 1 });
    expect(problems).toEqual([{ line: 752, column: 'birth_date', reason: 'invalid_date', message: '"1990-02-30": must be an RFC 3339 full-date, YYYY-MM-DD' }]);
    expect(await count('cases')).toBe(casesBefore);
    const runRow = await context.services.db.selectFrom('import_runs').select(['status', 'rows_rejected']).where('id', '=', result.runId).executeTakeFirstOrThrow();
    expect(runRow).toEqual({ status: 'rolled_back', rows_rejected: 1 });

    const good = generateImportCsv({ rows: 1_500, prefix: 'AON2' });
    expect((await run(good.chunks(), { mode: 'all-or-nothing' })).result).toMatchObject({ status: 'completed', imported: 1_500 });
    expect(await count('cases')).toBe(casesBefore + 1_500);
  });

  it('refuses a file that is not UTF-8, a bad header, and a file over the size limit', async () => {
    const header = 'external_id,given_names,family_name,case_external_id\n';
    const latin1 = Buffer.concat([Buffer.from(header), Buffer.from('L-1,Jos'), Buffer.from([0xe9]), Buffer.from(',Demo,LC-1\n')]);
    await expect(run([latin1])).rejects.toMatchObject({ code: 'import_encoding_invalid' });
    // A multi-byte character split across chunks is fine.
    const split = Buffer.from(`${header}U-1,José,Démo,UC-1\n`);
    const at = split.indexOf(0xc3) + 1;
    expect((await run([split.subarray(0, at), split.subarray(at)])).result).toMatchObject({ imported: 1 });
    await expect(run(['external_id,given_names,shoe_size\n'])).rejects.toMatchObject({
      code: 'import_header_invalid',
      message: 'missing required column(s): family_name, case_external_id; unknown column(s): shoe_size',
    });
    await expect(run([header, 'S-1,A,B,SC-1\n'], { sizeLimit: 60 })).rejects.toMatchObject({ code: 'import_too_large' });
    const failed = await context.services.db.selectFrom('import_runs').select('failure').where('status', '=', 'failed').orderBy('started_at').execute();
    expect(failed.map((row) => row.failure?.split(':')[0])).toEqual(['import_encoding_invalid', 'import_header_invalid', 'import_too_large']);
  });

  it('stores aliases with quotes, backslashes, braces and commas exactly as given', async () => {
    const header = 'external_id,given_names,family_name,aliases,case_external_id\n';
    const ok = await run([header, 'Q-2,Ana,Quote,"He said ""hi"";back\\slash;{brace};a, b",QC-2\n']);
    expect(ok.result).toMatchObject({ imported: 1, rejected: 0 });
    const person = await importedPerson('Q-2');
    expect(person.aliases).toEqual(['He said "hi"', 'back\\slash', '{brace}', 'a, b']);
  });

  it('keys the unkeyed hashes stored before migration 20261130T0400 at start-up, then skips those rows on re-run (both earlier formats)', async () => {
    const file = generateImportCsv({ rows: 20, prefix: 'LEGACY' });
    const first = await run(file.chunks());
    expect(first.result).toMatchObject({ imported: 20 });
    // What earlier releases stored: the first one canonical JSON of the resolved row without its line, the second importRowHash — both unkeyed.
    const resolved = await resolvedRows(file.chunks());
    for (const [index, row] of resolved.entries()) {
      const { line: _line, ...content } = row;
      const legacy = index % 2 === 0 ? canonicalHash(content) : importRowHash(row);
      await context.services.db.updateTable('import_rows').set({ row_digest: null, legacy_row_sha256: legacy }).where('case_external_id', '=', row.caseExternalId).execute();
    }
    expect(await keyLegacyImportRows(context.services.db, context.services.identityIndexKey)).toBe(20);
    expect(await keyLegacyImportRows(context.services.db, context.services.identityIndexKey)).toBe(0);
    const stored = await context.services.db.selectFrom('import_rows').select(['row_digest', 'legacy_row_sha256']).where('run_id', '=', first.result.runId).execute();
    expect(stored.filter((row) => row.legacy_row_sha256 !== null || row.row_digest === null)).toEqual([]);
    expect((await run(file.chunks())).result).toMatchObject({ imported: 0, skipped: 20, rejected: 0 });
  });

  it('stores a row digest keyed with the identity index key, not the SHA-256 of the row; the same row again is skipped, changed content is a conflict', async () => {
    const header = 'external_id,given_names,family_name,birth_date,nationalities,case_external_id\n';
    const line = 'DIGEST-1,Layla,Digestrow,1990-04-05,SV,DIGESTC-1\n';
    const first = await run([header, line]);
    expect(first.result).toMatchObject({ imported: 1 });
    const [row] = await resolvedRows([header, line]);
    if (row === undefined) throw new Error('one row');
    const stored = await context.services.db.selectFrom('import_rows').select(['row_digest', 'legacy_row_sha256']).where('case_external_id', '=', 'DIGESTC-1').executeTakeFirstOrThrow();
    const { line: _line, ...content } = row;
    expect(stored).toEqual({ row_digest: importRowDigest(context.services.identityIndexKey, importRowHash(row)), legacy_row_sha256: null });
    // Nothing a dump reader could compute from a guessed row matches it.
    expect([importRowHash(row), canonicalHash(content), sha256Hex(line), sha256Hex(line.trim())]).not.toContain(stored.row_digest);
    expect(importRowDigest(randomBytes(32), importRowHash(row))).not.toBe(stored.row_digest);

    expect((await run([header, line])).result).toMatchObject({ imported: 0, skipped: 1, rejected: 0 });
    const changed = await run([header, 'DIGEST-1,Layla,Digestrow,1990-04-06,SV,DIGESTC-1\n']);
    expect(changed.result).toMatchObject({ imported: 0, skipped: 0, rejected: 1 });
    expect(changed.problems.map((p) => [p.column, p.reason])).toEqual([['case_external_id', 'duplicate_external_id'], ['external_id', 'duplicate_external_id']]);
  });

  it('clears the digests of an erased person\'s import rows with the key, and refuses to import their row again (person_erased)', async () => {
    const header = 'external_id,given_names,family_name,birth_date,nationalities,case_external_id\n';
    const line = 'ERASE-1,Nadia,Erasedrow,1985-07-08,HN,ERASEC-1\n';
    expect((await run([header, line, 'KEEP-1,Karim,Keptrow,1986-01-02,HN,KEEPC-1\n'])).result).toMatchObject({ imported: 2 });
    const imported = await context.services.db.selectFrom('import_rows').select(['person_id', 'case_id']).where('case_external_id', '=', 'ERASEC-1').executeTakeFirstOrThrow();
    await transitionCase(context.services, context.operator, imported.case_id, { transition: 'close', closeOutcome: 'withdrawn' });
    await erasePerson(context.services, context.operator, imported.person_id, { legalBasis: 'gdpr-art17' });

    const digests = await context.services.db.selectFrom('import_rows').select(['case_external_id', 'row_digest', 'legacy_row_sha256']).where('case_external_id', 'in', ['ERASEC-1', 'KEEPC-1']).orderBy('case_external_id').execute();
    expect(digests.map((row) => [row.case_external_id, row.row_digest === null, row.legacy_row_sha256])).toEqual([['ERASEC-1', true, null], ['KEEPC-1', false, null]]);

    // The same row again: not "already imported" (nothing recognises it any more) but refused, and nothing is created.
    const peopleBefore = await count('people');
    const again = await run([header, line, 'KEEP-1,Karim,Keptrow,1986-01-02,HN,KEEPC-1\n']);
    expect(again.result).toMatchObject({ imported: 0, skipped: 1, rejected: 1 });
    expect(again.problems).toEqual([
      { line: 2, column: 'case_external_id', reason: 'duplicate_external_id', message: 'a case with external id "ERASEC-1" already exists' },
      { line: 2, column: 'external_id', reason: 'person_erased', message: 'the person with external id "ERASE-1" was erased; their data may not be imported again' },
    ]);
    // Under a new case external id too: the person external id is enough to refuse.
    const newCase = await run([header, 'ERASE-1,Nadia,Erasedrow,1985-07-08,HN,ERASEC-2\n']);
    expect(newCase.problems.map((p) => [p.column, p.reason])).toEqual([['external_id', 'person_erased']]);
    expect(await count('people')).toBe(peopleBefore);
  });

  it('reads JSON Lines with the same columns', async () => {
    const lines = [
      JSON.stringify({ external_id: 'J-1', given_names: 'Ana', family_name: 'Jsonl', case_external_id: 'JC-1', nationalities: ['SV', 'GT'], birth_date: '1991-01-01' }),
      JSON.stringify({ external_id: 'J-2', given_names: 'Ben', family_name: 'Jsonl', case_external_id: 'JC-2', languages: 'xx' }),
      '{not json',
    ].join('\n');
    const { result, problems } = await run([lines], { format: 'jsonl' });
    expect(result).toMatchObject({ imported: 1, rejected: 2 });
    expect(problems.map((p) => [p.line, p.column, p.reason])).toEqual([[2, 'languages', 'unknown_language'], [3, '*', 'malformed_line']]);
    const person = await importedPerson('J-1');
    expect({ nationalities: person.nationalities, birthDate: person.birthDate }).toEqual({ nationalities: ['SV', 'GT'], birthDate: '1991-01-01' });
  });

  it('stores imported people sealed: the raw row holds ciphertext and a blind index, never the name', async () => {
    const header = 'external_id,given_names,family_name,birth_date,nationalities,case_external_id\n';
    expect((await run([header, 'SEAL-1,Zainab,Sealedrow,1984-03-09,SV,SEALC-1\n'])).result).toMatchObject({ imported: 1, rejected: 0 });
    const raw = await sql<Record<string, unknown>>`select * from people where external_id = 'SEAL-1'`.execute(context.services.db);
    const row = raw.rows[0] ?? {};
    expect(Object.keys(row).sort()).toEqual(['created_at', 'external_id', 'id', 'identity_digest', 'is_demo', 'personal_data', 'updated_at', 'version']);
    expect(String(row.personal_data)).toMatch(/^wp1:[A-Za-z0-9+/]+=*$/);
    expect(JSON.stringify(raw.rows)).not.toMatch(/Zainab|Sealedrow|1984-03-09/);
    expect(Buffer.from(row.identity_digest as Uint8Array).equals(identityDigest(context.services.identityIndexKey, { givenNames: 'Zainab', familyName: 'Sealedrow', birthDate: '1984-03-09' }))).toBe(true);
    expect(await importedPerson('SEAL-1')).toMatchObject({ givenNames: 'Zainab', familyName: 'Sealedrow', birthDate: '1984-03-09', nationalities: ['SV'], erased: false });
  });

  it('finds the same person again through the blind index on a later import (other external ids, other case and spelling of case and spaces)', async () => {
    const header = 'external_id,given_names,family_name,birth_date,nationalities,case_external_id\n';
    expect((await run([header, 'BLIND-1,Omar,Blindindex,1979-12-01,HN,BLINDC-1\n'])).result).toMatchObject({ imported: 1 });
    const again = await run([header, 'BLIND-2, omar ,BLINDINDEX,1979-12-01,HN,BLINDC-2\nBLIND-3,Omar,Blindindex,1979-12-02,HN,BLINDC-3\n']);
    expect(again.result).toMatchObject({ imported: 1, rejected: 1 });
    expect(again.problems).toEqual([{ line: 2, column: '*', reason: 'duplicate_person', message: 'a person with the same name, birth date and nationality already exists' }]);
  });
});
