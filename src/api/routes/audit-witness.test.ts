import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppInstance } from '../app-instance.js';
import { buildServer } from '../server.js';
import { TEST_DATABASE_KINDS, type TestDatabase } from '../../test-support/databases.js';
import { createTestContext, ManualClock, type TestContext } from '../../test-support/test-app.js';
import { describePublicKey, type SigningKey } from '../../audit/signing/signing-key.js';
import { readWitnessState } from '../../audit/witness/witness-state-file.js';
import { resetSchema, tamper, temporaryKey, writeSealedEntries } from '../../audit/checkpoints/audit-fixture.test-support.js';
import { exportLatestCheckpoint } from '../../audit/checkpoints/checkpoint-export.js';
import { Checkpointer } from '../../audit/checkpoints/checkpointer.js';
import { runWitnessRound } from '../../audit/checkpoints/run-witness.js';
import type { FetchJson } from '../../audit/checkpoints/witness-source.js';

const SERVER = 'https://waypoint.test';

describe.each(TEST_DATABASE_KINDS)('a witness against the audit routes on %s', (kind) => {
  let context: TestContext;
  let database: TestDatabase;
  let key: SigningKey;
  let disposeKey: () => Promise<void>;
  let app: AppInstance;
  let directory: string;
  let statePath: string;
  let checkpointer: Checkpointer;
  let clock: ManualClock;

  /** fetch over app.inject: the witness talks HTTP without a socket. */
  const fetchJson: FetchJson = async (url) => {
    const parsed = new URL(url);
    const response = await app.inject({ method: 'GET', url: `${parsed.pathname}${parsed.search}` });
    return { ok: response.statusCode < 300, status: response.statusCode, json: () => Promise.resolve(response.json<unknown>()) };
  };

  async function grow(count: number): Promise<void> {
    await writeSealedEntries(database, count);
    clock.advanceHours(1);
    await checkpointer.checkpointNow();
  }

  beforeAll(async () => {
    context = await createTestContext(kind);
    database = context.database;
    ({ key, dispose: disposeKey } = await temporaryKey());
    app = await buildServer({ services: context.services, databaseKind: kind, resolvePrincipal: () => Promise.resolve(context.operator), logger: false, auditKey: key });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await context.dispose();
    await disposeKey();
  });
  beforeEach(async () => {
    await resetSchema(database);
    directory = await mkdtemp(join(tmpdir(), 'waypoint-witness-'));
    statePath = join(directory, 'witness.json');
    clock = new ManualClock();
    checkpointer = new Checkpointer(database.db, key, clock, { everyEntries: 1000, everySeconds: 60 });
    return () => rm(directory, { recursive: true, force: true });
  });

  it('accepts the first head and pins the key, then sees it unchanged, then accepts growth', async () => {
    await grow(5);
    const first = await runWitnessRound({ from: SERVER, statePath, fetchJson });
    expect(first).toMatchObject({ kind: 'accepted', previous: null, presented: { size: 5 } });
    expect((await readWitnessState(statePath)).logPublicKey).toBe(key.rawBase64);
    expect(await runWitnessRound({ from: SERVER, statePath, fetchJson })).toMatchObject({ kind: 'unchanged', presented: { size: 5 } });
    await grow(6);
    await grow(2);
    expect(await runWitnessRound({ from: SERVER, statePath, fetchJson })).toMatchObject({ kind: 'accepted', previous: { size: 5 }, presented: { size: 13 } });
    expect((await readWitnessState(statePath)).checkpoints.map((head) => head.size)).toEqual([5, 13]);
  });

  it('reports a rollback with both heads when entries and checkpoints were truncated, and keeps its state', async () => {
    await grow(8);
    await runWitnessRound({ from: SERVER, statePath, fetchJson });
    await tamper(database, 'audit_log_rows', sql`delete from audit_log_rows where seq > 3`);
    await tamper(database, 'audit_checkpoints', sql`delete from audit_checkpoints`);
    await grow(2);
    const outcome = await runWitnessRound({ from: SERVER, statePath, fetchJson });
    expect(outcome).toMatchObject({ kind: 'rollback', reason: 'smaller_size', seen: { size: 8 }, presented: { size: 5 } });
    expect((await readWitnessState(statePath)).checkpoints.map((head) => head.size)).toEqual([8]);
  });

  it('reports a fork when history was rewritten behind a larger head', async () => {
    await grow(4);
    await runWitnessRound({ from: SERVER, statePath, fetchJson });
    await tamper(database, 'audit_log_rows', sql`delete from audit_log_rows`);
    await tamper(database, 'audit_checkpoints', sql`delete from audit_checkpoints`);
    await writeSealedEntries(database, 3, 'other');
    await grow(3);
    const outcome = await runWitnessRound({ from: SERVER, statePath, fetchJson });
    expect(outcome).toMatchObject({ kind: 'fork', seen: { size: 4 }, presented: { size: 6 } });
  });

  it('rejects a log that presents another key than the pinned one', async () => {
    await grow(2);
    const other = describePublicKey(generateKeyPairSync('ed25519').publicKey).rawBase64;
    expect(await runWitnessRound({ from: SERVER, statePath, fetchJson, pinnedKey: other })).toMatchObject({ kind: 'rejected', reason: 'key_changed' });
    expect((await readWitnessState(statePath)).checkpoints).toEqual([]);
  });

  it('works offline from export files, finding the proof from the size it last saw', async () => {
    const exportPath = join(directory, 'checkpoint.json');
    await grow(3);
    await writeFile(exportPath, JSON.stringify(await exportLatestCheckpoint(database.db, key.rawBase64)));
    expect(await runWitnessRound({ from: exportPath, statePath, pinnedKey: key.pem })).toMatchObject({ kind: 'accepted', presented: { size: 3 } });
    await grow(4);
    await grow(7);
    const exported = await exportLatestCheckpoint(database.db, key.rawBase64);
    expect(exported.proofs.map((proof) => proof.from)).toEqual([3, 7]);
    await writeFile(exportPath, JSON.stringify(exported));
    expect(await runWitnessRound({ from: exportPath, statePath, pinnedKey: key.pem })).toMatchObject({ kind: 'accepted', previous: { size: 3 }, presented: { size: 14 } });
  });

  it('cannot judge an unreadable source', async () => {
    await expect(runWitnessRound({ from: join(directory, 'missing.json'), statePath })).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(runWitnessRound({ from: SERVER, statePath, fetchJson })).rejects.toMatchObject({ code: 'validation_failed', details: { status: 404 } });
  });
});
