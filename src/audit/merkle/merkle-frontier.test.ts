import { describe, expect, it } from 'vitest';
import { MerkleFrontier, merkleRootOfLeafHashes } from './merkle-frontier.js';
import { fromHex, leafHash, nodeHash, toHex, type MerkleHash } from './merkle-hash.js';
import { VECTOR_LEAF_INPUTS_HEX, VECTOR_NODE_HASHES, VECTOR_ROOTS } from './rfc6962-vectors.test-data.js';

const vectorLeafHashes = VECTOR_LEAF_INPUTS_HEX.map((hex) => leafHash(Buffer.from(hex, 'hex')));
const node = (level: number, index: number): string => VECTOR_NODE_HASHES[level]?.[index] ?? 'missing';

/**
 * Level-by-level reduction, carrying an unpaired last node up unchanged: a
 * different algorithm that yields the same RFC 9162 root, used as an oracle.
 */
function rootByLevels(leafHashes: readonly MerkleHash[]): string {
  let level = [...leafHashes];
  while (level.length > 1) {
    const next: MerkleHash[] = [];
    for (let index = 0; index + 1 < level.length; index += 2) next.push(nodeHash(level[index] as MerkleHash, level[index + 1] as MerkleHash));
    if (level.length % 2 === 1) next.push(level[level.length - 1] as MerkleHash);
    level = next;
  }
  return toHex(level[0] ?? Buffer.alloc(0));
}

function syntheticLeafHashes(count: number): MerkleHash[] {
  const hashes: MerkleHash[] = [];
  const bytes = Buffer.alloc(4);
  for (let index = 0; index < count; index += 1) {
    bytes.writeUInt32BE(index);
    hashes.push(leafHash(bytes));
  }
  return hashes;
}

describe('MerkleFrontier', () => {
  it('yields the RFC 6962 vector root for every size 0..8', () => {
    const frontier = new MerkleFrontier();
    const roots = [toHex(frontier.root())];
    for (const hash of vectorLeafHashes) {
      frontier.append(hash);
      roots.push(toHex(frontier.root()));
    }
    expect(roots).toEqual(VECTOR_ROOTS);
  });

  it('keeps exactly the perfect-subtree roots of each size (the compact trees of the vectors)', () => {
    const expected = [
      [],
      [node(0, 0)],
      [node(1, 0)],
      [node(1, 0), node(0, 2)],
      [node(2, 0)],
      [node(2, 0), node(0, 4)],
      [node(2, 0), node(1, 2)],
      [node(2, 0), node(1, 2), node(0, 6)],
      [node(3, 0)],
    ];
    const frontier = new MerkleFrontier();
    const seen = [frontier.toJSON()];
    for (const hash of vectorLeafHashes) {
      frontier.append(hash);
      seen.push(frontier.toJSON());
    }
    expect(seen).toEqual(expected.map((hashes, size) => ({ size, hashes })));
  });

  it('appendLeafBytes hashes the leaf first', () => {
    const frontier = new MerkleFrontier();
    for (const hex of VECTOR_LEAF_INPUTS_HEX.slice(0, 5)) frontier.appendLeafBytes(Buffer.from(hex, 'hex'));
    expect(toHex(frontier.root())).toBe(VECTOR_ROOTS[5]);
  });

  it('resumes from a saved state with the same result as an uninterrupted run', () => {
    const leaves = syntheticLeafHashes(300);
    const straight = new MerkleFrontier();
    for (const hash of leaves) straight.append(hash);

    const first = new MerkleFrontier();
    for (const hash of leaves.slice(0, 123)) first.append(hash);
    const resumed = MerkleFrontier.fromJSON(JSON.parse(JSON.stringify(first)) as { size: number; hashes: string[] });
    for (const hash of leaves.slice(123)) resumed.append(hash);

    expect(resumed.size).toBe(300);
    expect(toHex(resumed.root())).toBe(toHex(straight.root()));
    expect(resumed.toJSON()).toEqual(straight.toJSON());
  });

  it('agrees with level-by-level reduction for every size up to 70', () => {
    const leaves = syntheticLeafHashes(70);
    const frontier = new MerkleFrontier();
    for (let size = 1; size <= 70; size += 1) {
      frontier.append(leaves[size - 1] as MerkleHash);
      expect(toHex(frontier.root()), `size ${size}`).toBe(rootByLevels(leaves.slice(0, size)));
    }
  });

  it('computes the root of 2^20 + 3 leaves holding only popcount(size) hashes', () => {
    // Identical leaves make every perfect subtree of height h the h-fold self-join of the leaf: a cheap oracle.
    const leaf = leafHash(Buffer.from('same', 'utf8'));
    const perfect: MerkleHash[] = [leaf];
    for (let height = 1; height <= 20; height += 1) {
      const below = perfect[height - 1] as MerkleHash;
      perfect.push(nodeHash(below, below));
    }
    const frontier = new MerkleFrontier();
    for (let index = 0; index < 2 ** 20 + 3; index += 1) frontier.append(leaf);
    expect(frontier.toJSON().hashes.length).toBe(3);
    const expected = nodeHash(perfect[20] as MerkleHash, nodeHash(perfect[1] as MerkleHash, leaf));
    expect(toHex(frontier.root())).toBe(toHex(expected));
  });

  it('does not change when the root is read', () => {
    const frontier = new MerkleFrontier();
    for (const hash of vectorLeafHashes.slice(0, 3)) frontier.append(hash);
    frontier.root();
    expect(toHex(frontier.root())).toBe(VECTOR_ROOTS[3]);
    expect(frontier.size).toBe(3);
  });

  it('rejects a leaf hash of the wrong length', () => {
    expect(() => new MerkleFrontier().append(Uint8Array.of(1, 2, 3))).toThrow(expect.objectContaining({ code: 'validation_failed' }));
    expect(() => new MerkleFrontier().appendLatin1('x'.repeat(31))).toThrow(expect.objectContaining({ code: 'validation_failed' }));
  });

  it('appendLatin1 (verify\'s string path) gives the same roots and saves as append', () => {
    const bytes = new MerkleFrontier();
    const strings = new MerkleFrontier();
    for (let index = 0; index < 37; index += 1) {
      const hash = leafHash(Uint8Array.of(index, 255 - index));
      bytes.append(hash);
      strings.appendLatin1(Buffer.from(hash).toString('latin1'));
      expect(toHex(strings.root())).toBe(toHex(bytes.root()));
    }
    expect(strings.toJSON()).toEqual(bytes.toJSON());
  });

  it.each([
    { size: 3, hashes: [node(1, 0)] },
    { size: 4, hashes: [node(2, 0), node(0, 4)] },
    { size: -1, hashes: [] },
    { size: 1.5, hashes: [node(0, 0)] },
    { size: 1, hashes: ['not hex'] },
  ])('fromJSON rejects an inconsistent save %#', (json) => {
    expect(() => MerkleFrontier.fromJSON(json)).toThrow(expect.objectContaining({ code: 'validation_failed' }));
  });
});

describe('merkleRootOfLeafHashes', () => {
  it('streams any iterable', () => {
    function* generate(): Generator<MerkleHash> {
      yield* vectorLeafHashes.slice(0, 6);
    }
    expect(toHex(merkleRootOfLeafHashes(generate()))).toBe(VECTOR_ROOTS[6]);
    expect(toHex(merkleRootOfLeafHashes([]))).toBe(VECTOR_ROOTS[0]);
  });

  it('of the full vector tree equals the stored top node', () => {
    expect(merkleRootOfLeafHashes(vectorLeafHashes)).toEqual(fromHex(node(3, 0)));
  });
});
