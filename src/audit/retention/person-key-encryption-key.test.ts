import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from '../../test-support/databases.js';
import { wrapLegacyPersonKeys } from '../../services/people/wrap-legacy-person-keys.js';
import { resetSchema } from '../checkpoints/audit-fixture.test-support.js';
import { loadOrCreatePersonKeyEncryptionKey, PERSON_KEY_ENCRYPTION_KEY_FILE } from './person-key-encryption-key.js';
import { personDataKey, readPersonDataKey } from './person-keys.js';

describe.each(TEST_DATABASE_KINDS)('the person key-encryption key at start-up on %s', { timeout: 120_000 }, (kind) => {
  let database: TestDatabase;
  let keyDir: string;
  let personId: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind, { migrate: false });
  });
  afterAll(() => database.dispose());
  beforeEach(async () => {
    await resetSchema(database);
    keyDir = join(await mkdtemp(join(tmpdir(), 'waypoint-kek-')), 'keys');
    personId = (await database.db.insertInto('people').values({ personal_data: 'wp1:placeholder' }).returning('id').executeTakeFirstOrThrow()).id;
  });
  afterEach(() => rm(join(keyDir, '..'), { recursive: true, force: true }));

  const path = () => join(keyDir, PERSON_KEY_ENCRYPTION_KEY_FILE);

  it('creates a 0600 key file on first start and reads the same key afterwards', async () => {
    const kek = await loadOrCreatePersonKeyEncryptionKey(keyDir, database.db);
    expect(kek.length).toBe(32);
    expect((await stat(path())).mode & 0o777).toBe(0o600);
    expect((await readFile(path(), 'utf8')).trim()).toBe(Buffer.from(kek).toString('hex'));
    const dataKey = await database.db.transaction().execute((trx) => personDataKey(trx, kek, personId));
    const again = await loadOrCreatePersonKeyEncryptionKey(keyDir, database.db);
    expect(Buffer.from(await readPersonDataKey(database.db, again, personId)).equals(Buffer.from(dataKey))).toBe(true);
  });

  it('refuses to start when the key file is missing but wrapped keys exist, and creates no new key', async () => {
    const kek = await loadOrCreatePersonKeyEncryptionKey(keyDir, database.db);
    await database.db.transaction().execute((trx) => personDataKey(trx, kek, personId));
    await rm(path());
    await expect(loadOrCreatePersonKeyEncryptionKey(keyDir, database.db)).rejects.toMatchObject({
      code: 'signing_key_invalid',
      message: `${path()} is missing but the database holds wrapped person keys: restore the key file (refusing to create a new one)`,
    });
    await expect(stat(path())).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses to start with a key file that does not open the stored keys', async () => {
    const kek = await loadOrCreatePersonKeyEncryptionKey(keyDir, database.db);
    await database.db.transaction().execute((trx) => personDataKey(trx, kek, personId));
    await writeFile(path(), `${'ab'.repeat(32)}\n`, { mode: 0o600 });
    await expect(loadOrCreatePersonKeyEncryptionKey(keyDir, database.db)).rejects.toMatchObject({
      code: 'signing_key_invalid',
      message: `${path()} does not open the person keys stored in this database (a key file from another data directory?)`,
    });
    await writeFile(path(), 'not hex\n', { mode: 0o600 });
    await expect(loadOrCreatePersonKeyEncryptionKey(keyDir, database.db)).rejects.toMatchObject({ code: 'signing_key_invalid', message: `${path()} must hold 64 lowercase hex characters` });
  });

  it('wraps legacy unwrapped keys at start-up exactly once, keeping their data keys', async () => {
    const legacy = Buffer.alloc(32, 9);
    await sql`insert into person_keys (person_id, key) values (${personId}::uuid, ${legacy})`.execute(database.db);
    // Legacy keys alone do not hold the KEK back: there is nothing wrapped to protect yet.
    const kek = await loadOrCreatePersonKeyEncryptionKey(keyDir, database.db);
    expect(await wrapLegacyPersonKeys(database.db, kek)).toBe(1);
    expect(await wrapLegacyPersonKeys(database.db, kek)).toBe(0);
    const { rows } = await sql<{ unwrapped: number }>`select count(*)::int as unwrapped from person_keys where octet_length(key) = 32`.execute(database.db);
    expect(rows[0]?.unwrapped).toBe(0);
    expect(Buffer.from(await readPersonDataKey(database.db, kek, personId)).equals(legacy)).toBe(true);
    // The next start checks the KEK against the now wrapped key.
    expect(Buffer.from(await loadOrCreatePersonKeyEncryptionKey(keyDir, database.db)).equals(Buffer.from(kek))).toBe(true);
  });

  it('starts on a database not yet migrated (waypoint migrate), creating the key', async () => {
    await sql`drop schema public cascade; create schema public`.execute(database.db);
    expect((await loadOrCreatePersonKeyEncryptionKey(keyDir, database.db)).length).toBe(32);
  });
});
