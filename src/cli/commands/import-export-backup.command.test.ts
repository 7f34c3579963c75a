import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { verifyChain } from '../../audit/audit-log.js';
import { PERSON_KEY_ENCRYPTION_KEY_FILE } from '../../audit/retention/person-key-encryption-key.js';
import { sealedPeopleQuery, toSealedPersonRow } from '../../db/repositories/person.repository.js';
import { openPersonRecord } from '../../services/people/open-person.js';
import { readConfig } from '../config.js';
import { openRuntime } from '../runtime.js';
import { registerBackupCommands } from './backup.command.js';
import { registerExportCommand } from './export.command.js';
import { registerImportCommand } from './import-cases.command.js';

/** Runs `waypoint ...` in process and returns what it printed on stdout. */
async function run(args: string[]): Promise<string> {
  const program = new Command('waypoint').exitOverride();
  registerImportCommand(program);
  registerExportCommand(program);
  registerBackupCommands(program);
  const printed: string[] = [];
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed.push(String(chunk));
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    await program.parseAsync(['node', 'waypoint', ...args]);
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return printed.join('');
}

describe('waypoint import | export | backup | restore', { timeout: 240_000 }, () => {
  let workDir: string;
  const previous = process.env.WAYPOINT_DATA_DIR;
  beforeAll(() => {
    workDir = mkdtempSync(join(tmpdir(), 'waypoint-io-'));
    process.env.WAYPOINT_DATA_DIR = join(workDir, 'first');
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.WAYPOINT_DATA_DIR;
    else process.env.WAYPOINT_DATA_DIR = previous;
    rmSync(workDir, { recursive: true, force: true });
  });

  it('imports with a report, exports, backs up and restores into a fresh data directory', async () => {
    const file = join(workDir, 'people.csv');
    const report = join(workDir, 'report.csv');
    writeFileSync(file, 'external_id,given_names,family_name,case_external_id,birth_date\nS-1,Ana,Smoke,=SC-1,1990-01-01\nS-2,Ben,Smoke,SC-2,1990-02-30\n');
    await expect(run(['import', 'cases', file, '--report', report])).rejects.toMatchObject({ exitCode: 1, message: `import: 1 rows rejected; see ${report}` });
    expect(readFileSync(report, 'utf8')).toBe('line,column,reason,message\r\n3,birth_date,invalid_date,"""1990-02-30"": must be an RFC 3339 full-date, YYYY-MM-DD"\r\n');
    await expect(run(['import', 'cases', file])).rejects.toMatchObject({ exitCode: 1 });

    const exported = join(workDir, 'cases.csv');
    expect(await run(['export', 'cases', '--format', 'csv', '--out', exported])).toMatch(/^export cases: 1 rows to /);
    expect(readFileSync(exported, 'utf8')).toContain(",'=SC-1,");

    const backup = join(workDir, 'waypoint.backup.gz');
    expect(await run(['backup', backup])).toMatch(/^backup: \d+ rows in \d+ tables to /);
    await expect(run(['restore', backup])).rejects.toMatchObject({ code: 'restore_target_not_empty' });

    process.env.WAYPOINT_DATA_DIR = join(workDir, 'second');
    expect(await run(['restore', backup])).toMatch(/counts and hashes match\n$/);
    // The backup holds person keys only wrapped under the first directory's KEK: here, with another, start-up refuses.
    const refusal: unknown = await openRuntime(readConfig()).then(
      (runtime) => runtime.close(),
      (error: unknown) => error,
    );
    expect(refusal).toMatchObject({ code: 'signing_key_invalid' });
    const kekPath = join(workDir, 'second', 'keys', PERSON_KEY_ENCRYPTION_KEY_FILE);
    expect((refusal as Error).message).toBe(`${kekPath} does not open the person keys stored in this database (a key file from another data directory?)`);
    copyFileSync(join(workDir, 'first', 'keys', PERSON_KEY_ENCRYPTION_KEY_FILE), kekPath);
    chmodSync(kekPath, 0o600);
    const runtime = await openRuntime(readConfig());
    try {
      expect(await verifyChain(runtime.database.db)).toMatchObject({ ok: true });
      const cases = await runtime.database.db.selectFrom('cases').select('external_id').execute();
      expect(cases).toEqual([{ external_id: '=SC-1' }]);
      const person = openPersonRecord(toSealedPersonRow(await sealedPeopleQuery(runtime.database.db).where('people.external_id', '=', 'S-1').executeTakeFirstOrThrow()), runtime.services.personKeyEncryptionKey);
      expect(person).toMatchObject({ givenNames: 'Ana', familyName: 'Smoke', erased: false });
    } finally {
      await runtime.close();
    }
  });

  it('measures import against COPY for the rows asked, in a throwaway database', async () => {
    const printed = await run(['import', 'measure', '--rows', '120']);
    expect(printed).toMatch(/^import measure \((pglite|postgres), 120 rows\)\n/);
    const rate = (label: string) => Number(new RegExp(`${label}\\s+(\\d+) rows/s`).exec(printed)?.[1]);
    const ratio = Number(/ratio:\s+([\d.]+)%/.exec(printed)?.[1]);
    expect(rate('import:')).toBeGreaterThan(0);
    expect(rate('COPY into a scratch table:')).toBeGreaterThan(0);
    expect(ratio).toBeCloseTo((rate('import:') / rate('COPY into a scratch table:')) * 100, 0);
    await expect(run(['import', 'measure', '--rows', '0'])).rejects.toMatchObject({ exitCode: 2 });
  });
});
