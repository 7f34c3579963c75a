import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../test-support/test-app.js';
import { createTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from '../../test-support/databases.js';
import { merkleRootOfLeafHashes } from '../merkle/merkle-frontier.js';
import { fromHex, toHex } from '../merkle/merkle-hash.js';
import type { SigningKey } from '../signing/signing-key.js';
import { verifyTreeHead } from '../signing/tree-head.js';
import { editSealedEntry, resetSchema, tamper, temporaryKey, writeSealedEntries } from './audit-fixture.test-support.js';
import { readCheckpointPolicy } from './checkpoint-policy.js';
import { allStoredCheckpoints, latestStoredCheckpoint } from './checkpoint-store.js';
import { Checkpointer } from './checkpointer.js';

async function allLeafHashes(database: TestDatabase): Promise<string[]> {
  const rows = await database.db.selectFrom('audit_log').select('hash').where('seq', 'is not', null).orderBy('seq').execute();
  return rows.map((row) => row.hash ?? '');
}

describe('readCheckpointPolicy', () => {
  it('defaults to 1000 entries and 60 seconds', () => {
    expect(readCheckpointPolicy({})).toEqual({ everyEntries: 1000, everySeconds: 60 });
  });

  it('reads both variables', () => {
    expect(readCheckpointPolicy({ WAYPOINT_CHECKPOINT_ENTRIES: '5', WAYPOINT_CHECKPOINT_SECONDS: ' 30 ' })).toEqual({ everyEntries: 5, everySeconds: 30 });
  });

  it.each(['0', '-1', '1.5', 'ten', '1e3'])('refuses %j', (value) => {
    expect(() => readCheckpointPolicy({ WAYPOINT_CHECKPOINT_ENTRIES: value })).toThrow(expect.objectContaining({ code: 'validation_failed' }));
  });
});

describe.each(TEST_DATABASE_KINDS)('Checkpointer on %s', (kind) => {
  let database: TestDatabase;
  let key: SigningKey;
  let disposeKey: () => Promise<void>;
  let clock: ManualClock;
  let checkpointer: Checkpointer;

  beforeAll(async () => {
    database = await createTestDatabase(kind, { migrate: false });
    ({ key, dispose: disposeKey } = await temporaryKey());
  });
  afterAll(async () => {
    await database.dispose();
    await disposeKey();
  });
  beforeEach(async () => {
    await resetSchema(database);
    clock = new ManualClock(new Date('2026-01-15T12:00:00.000Z'));
    checkpointer = new Checkpointer(database.db, key, clock, { everyEntries: 5, everySeconds: 60 });
  });

  it('signs nothing for an empty log', async () => {
    expect(await checkpointer.maybeCheckpoint()).toBeNull();
    expect(await checkpointer.checkpointNow()).toBeNull();
  });

  it('signs the first entry at once, then waits for N entries or T seconds', async () => {
    await writeSealedEntries(database, 1);
    const first = await checkpointer.maybeCheckpoint();
    expect(first?.head).toMatchObject({ size: 1, timestamp: '2026-01-15T12:00:00.000Z' });

    await writeSealedEntries(database, 3);
    expect(await checkpointer.maybeCheckpoint()).toBeNull();
    clock.set('2026-01-15T12:00:59.999Z');
    expect(await checkpointer.maybeCheckpoint()).toBeNull();
    clock.set('2026-01-15T12:01:00.000Z');
    expect((await checkpointer.maybeCheckpoint())?.head.size).toBe(4);

    await writeSealedEntries(database, 4);
    expect(await checkpointer.maybeCheckpoint()).toBeNull();
    await writeSealedEntries(database, 1);
    expect((await checkpointer.maybeCheckpoint())?.head.size).toBe(9);
    expect(await checkpointer.maybeCheckpoint()).toBeNull();
  });

  it('extends the stored frontier to the same root as hashing every leaf, signed by the key', async () => {
    for (const count of [1, 2, 5, 8, 1, 13]) {
      await writeSealedEntries(database, count);
      await checkpointer.checkpointNow();
    }
    const leaves = (await allLeafHashes(database)).map(fromHex);
    const checkpoints = await allStoredCheckpoints(database.db);
    expect(checkpoints.map((checkpoint) => checkpoint.head.size)).toEqual([1, 3, 8, 16, 17, 30]);
    for (const checkpoint of checkpoints) {
      expect(checkpoint.head.rootHash).toBe(toHex(merkleRootOfLeafHashes(leaves.slice(0, checkpoint.head.size))));
      expect(verifyTreeHead(checkpoint.head, key.publicKey)).toBe(true);
      expect(checkpoint.keyId).toBe(key.keyId);
      expect(checkpoint.frontier.size).toBe(checkpoint.head.size);
    }
  });

  it('shares one run between overlapping calls', async () => {
    await writeSealedEntries(database, 3);
    const [a, b] = await Promise.all([checkpointer.checkpointNow(), checkpointer.checkpointNow()]);
    expect(a?.id).toBe(b?.id);
    expect((await allStoredCheckpoints(database.db)).length).toBe(1);
  });

  it('keeps checkpoints append-only through the trigger', async () => {
    await writeSealedEntries(database, 2);
    await checkpointer.checkpointNow();
    await expect(sql`update audit_checkpoints set tree_size = 1`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_checkpoints`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_checkpoints`.execute(database.db)).rejects.toThrow(/append-only/);
  });

  it('refuses to sign over an entry edited after sealing', async () => {
    await writeSealedEntries(database, 3);
    await checkpointer.checkpointNow();
    await writeSealedEntries(database, 3);
    await editSealedEntry(database, 5);
    await expect(checkpointer.checkpointNow()).rejects.toMatchObject({ code: 'audit_log_inconsistent', details: { seq: 5 } });
    expect((await latestStoredCheckpoint(database.db))?.head.size).toBe(3);
  });

  it('refuses to extend a checkpoint whose frontier or signature was replaced', async () => {
    await writeSealedEntries(database, 3);
    await checkpointer.checkpointNow();
    await writeSealedEntries(database, 1);
    await tamper(database, 'audit_checkpoints', sql`update audit_checkpoints set frontier = '{"size":3,"hashes":["${sql.raw('0'.repeat(64))}","${sql.raw('1'.repeat(64))}"]}'`);
    const fresh = new Checkpointer(database.db, key, clock, { everyEntries: 1, everySeconds: 60 });
    await expect(fresh.checkpointNow()).rejects.toMatchObject({ code: 'audit_log_inconsistent', details: { checkpointId: 1 } });
    await tamper(database, 'audit_checkpoints', sql`update audit_checkpoints set root_hash = ${'2'.repeat(64)}`);
    await expect(fresh.checkpointNow()).rejects.toMatchObject({ code: 'audit_log_inconsistent', message: "checkpoint 1 (size 3) is not signed by this server's key" });
  });
});
