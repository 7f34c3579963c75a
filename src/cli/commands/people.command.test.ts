import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDENTITY_INDEX_KEY_FILE } from '../../audit/retention/identity-index-key.js';
import { PERSON_KEY_ENCRYPTION_KEY_FILE } from '../../audit/retention/person-key-encryption-key.js';
import { createDemoDataDir, runCommand, type DemoDataDir } from '../../test-support/cli-harness.js';
import { readConfig } from '../config.js';
import { openRuntime } from '../runtime.js';
import { registerPeopleCommand } from './people.command.js';

const run = (args: string[]): Promise<string> => runCommand(registerPeopleCommand, ['people', ...args]);

describe('waypoint people erase', { timeout: 240_000 }, () => {
  let dataDir: DemoDataDir;
  let personId: string;
  let withOpenCaseId: string;
  beforeAll(async () => {
    dataDir = await createDemoDataDir('people');
    const runtime = await openRuntime(readConfig());
    try {
      const db = runtime.database.db;
      withOpenCaseId = (await db.selectFrom('people').select('id').where('external_id', '=', 'DEMO-001').executeTakeFirstOrThrow()).id;
      // Only a person whose every case is closed may be erased.
      personId = (
        await db
          .selectFrom('people')
          .select('id')
          .where((eb) => eb.not(eb.exists(eb.selectFrom('cases').select('cases.id').whereRef('cases.person_id', '=', 'people.id').where('cases.state', '!=', 'closed'))))
          .orderBy('external_id')
          .executeTakeFirstOrThrow()
      ).id;
    } finally {
      await runtime.close();
    }
  });
  afterAll(() => dataDir.dispose());

  it('keeps the blind index key outside the database, beside the audit key, readable by its owner only', () => {
    expect(statSync(join(dataDir.path, 'keys', IDENTITY_INDEX_KEY_FILE)).mode & 0o777).toBe(0o600);
  });

  it('keeps the person key-encryption key beside it, and refuses to start without it once keys are wrapped', async () => {
    const kekPath = join(dataDir.path, 'keys', PERSON_KEY_ENCRYPTION_KEY_FILE);
    expect(statSync(kekPath).mode & 0o777).toBe(0o600);
    const saved = readFileSync(kekPath);
    rmSync(kekPath);
    try {
      const refusal: unknown = await openRuntime(readConfig()).then(
        (runtime) => runtime.close(),
        (error: unknown) => error,
      );
      expect(refusal).toMatchObject({ code: 'signing_key_invalid' });
      expect((refusal as Error).message).toBe(`${kekPath} is missing but the database holds wrapped person keys: restore the key file (refusing to create a new one)`);
      expect(existsSync(kekPath)).toBe(false);
    } finally {
      writeFileSync(kekPath, saved, { mode: 0o600 });
    }
    const runtime = await openRuntime(readConfig());
    await runtime.close();
  });

  it('erases a person with a legal basis code, refuses free text and a second erasure', async () => {
    await expect(run(['erase', personId, '--legal-basis', 'asked by email'])).rejects.toMatchObject({ exitCode: 2 });
    await expect(run(['erase', 'not-a-uuid', '--legal-basis', 'gdpr-art17'])).rejects.toMatchObject({ exitCode: 2 });
    await expect(run(['erase', withOpenCaseId, '--legal-basis', 'gdpr-art17'])).rejects.toMatchObject({ code: 'person_has_open_cases' });
    expect(await run(['erase', personId, '--legal-basis', 'gdpr-art17'])).toBe(`person ${personId} erased (gdpr-art17): data key destroyed\n`);
    await expect(run(['erase', personId, '--legal-basis', 'gdpr-art17'])).rejects.toMatchObject({ code: 'person_erased' });
    const runtime = await openRuntime(readConfig());
    try {
      const key = await runtime.database.db.selectFrom('person_keys').select('key').where('person_id', '=', personId).executeTakeFirstOrThrow();
      expect(key.key).toBeNull();
      const erasure = await runtime.database.db.selectFrom('audit_log').select(['actor', 'details']).where('action', '=', 'person.erase').execute();
      expect(erasure).toEqual([{ actor: 'system:operator', details: { keyDestroyed: true, legalBasis: 'gdpr-art17' } }]);
    } finally {
      await runtime.close();
    }
  });
});
