import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../audit/audit-log.js';
import { temporaryKey } from '../../audit/checkpoints/audit-fixture.test-support.js';
import { Checkpointer } from '../../audit/checkpoints/checkpointer.js';
import { fromHex } from '../../audit/merkle/merkle-hash.js';
import { verifyConsistency } from '../../audit/merkle/verify-consistency.js';
import { verifyInclusion } from '../../audit/merkle/verify-inclusion.js';
import { parsePublicKey, type SigningKey } from '../../audit/signing/signing-key.js';
import { verifyTreeHead, type SignedTreeHead } from '../../audit/signing/tree-head.js';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.js';
import { createTestContext, type TestContext } from '../../test-support/test-app.js';
import type { AppInstance } from '../app-instance.js';
import { buildServer } from '../server.js';

interface CheckpointBody {
  id: number;
  keyId: string;
  head: SignedTreeHead;
}

describe.each(TEST_DATABASE_KINDS)('audit routes on %s', (kind) => {
  let context: TestContext;
  let app: AppInstance;
  let key: SigningKey;
  let disposeKey: () => Promise<void>;
  let checkpointer: Checkpointer;

  async function write(count: number, resourceId: string, action: string, details: Record<string, unknown>, at: string): Promise<void> {
    await context.database.db.transaction().execute(async (trx) => {
      for (let index = 0; index < count; index += 1) await appendAudit(trx, { actor: `user:${index % 2 === 0 ? 'alice' : 'bob'}`, action, resourceType: 'case', resourceId, details, at });
    });
    await context.services.sealer.flush();
  }

  beforeAll(async () => {
    context = await createTestContext(kind);
    ({ key, dispose: disposeKey } = await temporaryKey());
    checkpointer = new Checkpointer(context.database.db, key, context.clock, { everyEntries: 1000, everySeconds: 60 });
    app = await buildServer({ services: context.services, databaseKind: kind, resolvePrincipal: () => Promise.resolve(context.operator), logger: false, auditKey: key });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await context.dispose();
    await disposeKey();
  });

  it('answers 404 before the first checkpoint', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/audit/checkpoints/latest' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('publishes the key a witness pins', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/audit/key' });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ pem: string; rawBase64: string; keyId: string; algorithm: string; signingPurpose: string }>();
    expect(body).toEqual({ algorithm: 'Ed25519', pem: key.pem, rawBase64: key.rawBase64, keyId: key.keyId, signingPurpose: 'waypoint-tree-head/v1' });
    expect(parsePublicKey(body.pem).equals(key.publicKey)).toBe(true);
  });

  it('serves signed checkpoints and proofs that verify against them', async () => {
    await write(5, 'c-1', 'case.update', {}, '2026-01-10T00:00:00.000Z');
    await checkpointer.checkpointNow();
    await write(6, 'c-2', 'case.update', {}, '2026-01-10T00:00:00.000Z');
    await checkpointer.checkpointNow();

    const latest = (await app.inject({ method: 'GET', url: '/api/audit/checkpoints/latest' })).json<CheckpointBody>();
    expect(latest).toMatchObject({ id: 2, keyId: key.keyId, head: { size: 11 } });
    expect(verifyTreeHead(latest.head, key.publicKey)).toBe(true);

    const page = (await app.inject({ method: 'GET', url: '/api/audit/checkpoints?after=0&limit=1' })).json<{ items: CheckpointBody[]; nextAfter: number | null }>();
    expect(page.items.map((item) => item.head.size)).toEqual([5]);
    expect(page.nextAfter).toBe(1);
    const rest = (await app.inject({ method: 'GET', url: '/api/audit/checkpoints?after=1' })).json<{ items: CheckpointBody[]; nextAfter: number | null }>();
    expect(rest).toMatchObject({ items: [{ id: 2 }], nextAfter: null });
    const first = page.items[0] as CheckpointBody;

    const inclusion = await app.inject({ method: 'GET', url: '/api/audit/proof/inclusion?seq=3' });
    expect(inclusion.statusCode).toBe(200);
    const proof = inclusion.json<{ leafIndex: number; treeSize: number; leafHash: string; auditPath: string[] }>();
    expect(proof.treeSize).toBe(11);
    expect(verifyInclusion({ leafIndex: proof.leafIndex, treeSize: 11, leafHash: fromHex(proof.leafHash), proof: proof.auditPath.map(fromHex), rootHash: fromHex(latest.head.rootHash) })).toEqual({ ok: true });

    const consistency = (await app.inject({ method: 'GET', url: '/api/audit/proof/consistency?from=5&to=11' })).json<{ proof: string[] }>();
    expect(
      verifyConsistency({ size1: 5, root1: fromHex(first.head.rootHash), size2: 11, root2: fromHex(latest.head.rootHash), proof: consistency.proof.map(fromHex) }),
    ).toEqual({ ok: true });
  });

  it.each([
    ['seq beyond the tree size', '/api/audit/proof/inclusion?seq=6&treeSize=5'],
    ['tree size beyond the sealed entries', '/api/audit/proof/inclusion?seq=1&treeSize=999'],
    ['seq 0', '/api/audit/proof/inclusion?seq=0'],
    ['a seq that is not a number', '/api/audit/proof/inclusion?seq=abc'],
    ['from after to', '/api/audit/proof/consistency?from=9&to=5'],
    ['an unknown parameter', '/api/audit/proof/consistency?from=1&first=1'],
  ])('answers 400 validation_failed for %s', async (_name, url) => {
    const response = await app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'validation_failed' } });
  });

  it('reports who read or changed a record between two dates and what each saw', async () => {
    await write(1, 'c-9', 'case.read', { fieldGroups: ['identity', 'protection'], purpose: 'break-the-glass: medical emergency' }, '2026-01-20T09:00:00.000Z');
    await write(2, 'c-9', 'case.transition', { from: 'intake', to: 'designation_review' }, '2026-01-21T09:00:00.000Z');
    await write(1, 'c-9', 'case.read', { fieldGroups: ['identity'] }, '2026-02-05T09:00:00.000Z');
    const response = await app.inject({ method: 'GET', url: '/api/audit/access-report?resourceType=case&resourceId=c-9&from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z' });
    expect(response.statusCode).toBe(200);
    const report = response.json<{ entries: { actor: string; action: string; kind: string; fieldGroups: string[]; purpose: string | null }[]; actors: unknown[]; truncated: boolean }>();
    expect(report.entries.map(({ actor, action, kind: entryKind, fieldGroups, purpose }) => ({ actor, action, kind: entryKind, fieldGroups, purpose }))).toEqual([
      { actor: 'user:alice', action: 'case.read', kind: 'read', fieldGroups: ['identity', 'protection'], purpose: 'break-the-glass: medical emergency' },
      { actor: 'user:alice', action: 'case.transition', kind: 'change', fieldGroups: [], purpose: null },
      { actor: 'user:bob', action: 'case.transition', kind: 'change', fieldGroups: [], purpose: null },
    ]);
    expect(report.actors).toEqual([
      { actor: 'user:alice', reads: 1, changes: 1, fieldGroups: ['identity', 'protection'], firstAt: '2026-01-20T09:00:00.000Z', lastAt: '2026-01-21T09:00:00.000Z' },
      { actor: 'user:bob', reads: 0, changes: 1, fieldGroups: [], firstAt: '2026-01-21T09:00:00.000Z', lastAt: '2026-01-21T09:00:00.000Z' },
    ]);
    expect(report.truncated).toBe(false);
  });

  it('refuses an access report whose dates are reversed', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/audit/access-report?resourceType=case&resourceId=c-9&from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'validation_failed' } });
  });
});
