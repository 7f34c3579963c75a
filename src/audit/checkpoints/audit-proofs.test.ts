import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from '../../test-support/databases.js';
import { consistencyProof, inclusionProof, subtreeHashesOf } from '../merkle/build-proofs.js';
import { merkleRootOfLeafHashes } from '../merkle/merkle-frontier.js';
import { fromHex, toHex } from '../merkle/merkle-hash.js';
import { verifyConsistency } from '../merkle/verify-consistency.js';
import { verifyInclusion } from '../merkle/verify-inclusion.js';
import { resetSchema, tamper, writeSealedEntries } from './audit-fixture.test-support.js';
import { auditConsistencyProof, auditInclusionProof } from './audit-proofs.js';
import { AuditSubtreeHashes } from './audit-subtree-hashes.js';
import { sealedTreeSize } from './sealed-entries.js';

const ENTRIES = 13;

describe.each(TEST_DATABASE_KINDS)('audit proofs from the database on %s', (kind) => {
  let database: TestDatabase;
  let leaves: Uint8Array[];

  beforeAll(async () => {
    database = await createTestDatabase(kind, { migrate: false });
    await resetSchema(database);
    await writeSealedEntries(database, ENTRIES);
    const rows = await database.db.selectFrom('audit_log').select('hash').orderBy('seq').execute();
    leaves = rows.map((row) => fromHex(row.hash ?? ''));
  });
  afterAll(async () => {
    await database.dispose();
  });

  it.each([
    ['default cache', {}],
    ['tiny chunks and cache', { chunkLeaves: 2, minCachedLeaves: 2 }],
  ])('gives the in-memory proofs for every seq, size and size pair (%s)', async (_name, options) => {
    const hashes = new AuditSubtreeHashes(database.db, options);
    const memory = subtreeHashesOf(leaves);
    for (let treeSize = 1; treeSize <= ENTRIES; treeSize += 1) {
      const root = merkleRootOfLeafHashes(leaves.slice(0, treeSize));
      for (let seq = 1; seq <= treeSize; seq += 1) {
        const proof = await auditInclusionProof(hashes, ENTRIES, seq, treeSize);
        expect(proof.auditPath).toEqual(inclusionProof(seq - 1, treeSize, memory).map(toHex));
        expect(proof.leafHash).toBe(toHex(leaves[seq - 1] ?? new Uint8Array()));
        const verdict = verifyInclusion({ leafIndex: proof.leafIndex, treeSize, leafHash: fromHex(proof.leafHash), proof: proof.auditPath.map(fromHex), rootHash: root });
        expect(verdict).toEqual({ ok: true });
      }
      for (let from = 1; from <= treeSize; from += 1) {
        const proof = await auditConsistencyProof(hashes, ENTRIES, from, treeSize);
        expect(proof.proof).toEqual(consistencyProof(from, treeSize, memory).map(toHex));
        const oldRoot = merkleRootOfLeafHashes(leaves.slice(0, from));
        expect(verifyConsistency({ size1: from, root1: oldRoot, size2: treeSize, root2: root, proof: proof.proof.map(fromHex) })).toEqual({ ok: true });
      }
    }
  });

  it('caches perfect subtrees of the configured size and up', async () => {
    const hashes = new AuditSubtreeHashes(database.db, { chunkLeaves: 4, minCachedLeaves: 4 });
    await auditInclusionProof(hashes, ENTRIES, 13, 13);
    // Proof of leaf 13 in 13 reads [0,8) and [8,12): subtrees of 4 at 0, 4, 8 and of 8 at 0.
    expect(hashes.cachedSubtrees).toBe(4);
  });

  it.each([
    ['seq 0', 0, 5],
    ['seq beyond the tree size', 6, 5],
    ['tree size beyond the sealed entries', 1, ENTRIES + 1],
    ['tree size 0', 1, 0],
    ['fractional seq', 1.5, 5],
  ])('refuses %s with validation_failed', async (_name, seq, treeSize) => {
    await expect(auditInclusionProof(new AuditSubtreeHashes(database.db), ENTRIES, seq, treeSize)).rejects.toMatchObject({ code: 'validation_failed' });
  });

  it.each([
    ['from 0', 0, 5],
    ['from after to', 6, 5],
    ['to beyond the sealed entries', 1, ENTRIES + 1],
  ])('refuses a consistency proof %s with validation_failed', async (_name, from, to) => {
    await expect(auditConsistencyProof(new AuditSubtreeHashes(database.db), ENTRIES, from, to)).rejects.toMatchObject({ code: 'validation_failed' });
  });

  it('reports a deleted entry inside a range as audit_log_inconsistent', async () => {
    const other = await createTestDatabase(kind, { migrate: false });
    try {
      await resetSchema(other);
      await writeSealedEntries(other, 6);
      await tamper(other, 'audit_log_rows', sql`delete from audit_log_rows where seq = 2`);
      const size = await sealedTreeSize(other.db);
      expect(size).toBe(6);
      await expect(auditInclusionProof(new AuditSubtreeHashes(other.db), size, 5, 6)).rejects.toMatchObject({ code: 'audit_log_inconsistent', details: { seq: 2 } });
    } finally {
      await other.dispose();
    }
  });
});
