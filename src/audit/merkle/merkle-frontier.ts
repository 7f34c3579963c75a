import { AppError } from '../../core/errors.js';
import { emptyRootHash, fromHex, leafHashLatin1, MERKLE_HASH_BYTES, nodeHashLatin1, type MerkleHash } from './merkle-hash.js';

/** Persistable form of a frontier: the tree size and its perfect-subtree roots, largest first, in hex. */
export interface MerkleFrontierJson {
  readonly size: number;
  readonly hashes: readonly string[];
}

/**
 * A streaming RFC 9162 tree-hash accumulator (a "compact range" starting at
 * leaf 0). It holds one hash per set bit of the size — the roots of the
 * perfect subtrees the leaves so far decompose into — so a root over millions
 * of leaves needs O(log n) memory, and a checkpointer can persist the frontier
 * (toJSON) and resume from it instead of re-reading the whole log.
 *
 * Because MTH is defined over a list, a frontier fed leaves start..end-1 of a
 * larger log yields MTH(D[start:end]): that is how proof siblings are computed.
 *
 * @example
 *   const frontier = new MerkleFrontier();
 *   for (const content of entries) frontier.append(auditLeafHash(content));
 *   const head = { size: frontier.size, rootHash: toHex(frontier.root()) };
 */
export class MerkleFrontier {
  #size: number;
  /**
   * Perfect-subtree roots, leftmost (largest) first; one per set bit of #size. Held as 32-character
   * latin1 strings (see sha256Latin1): verify folds one node per entry, and string hashes cost a
   * third of Buffer ones.
   */
  readonly #hashes: string[];

  constructor() {
    this.#size = 0;
    this.#hashes = [];
  }

  /**
   * Restores a frontier saved with toJSON. Throws AppError `validation_failed`
   * when the hash count does not match the size (a truncated or edited save).
   */
  static fromJSON(json: MerkleFrontierJson): MerkleFrontier {
    if (!Number.isSafeInteger(json.size) || json.size < 0) {
      throw new AppError('validation_failed', `frontier size ${json.size} is not a non-negative safe integer`);
    }
    if (json.hashes.length !== countSetBits(json.size)) {
      throw new AppError('validation_failed', `a frontier of size ${json.size} holds ${countSetBits(json.size)} hashes, not ${json.hashes.length}`);
    }
    const frontier = new MerkleFrontier();
    frontier.#size = json.size;
    for (const hex of json.hashes) frontier.#hashes.push(latin1Of(fromHex(hex)));
    return frontier;
  }

  /** Number of leaves appended so far. */
  get size(): number {
    return this.#size;
  }

  /** Appends one leaf by its leaf hash (see leafHash / auditLeafHash). Amortised O(1) node hashes. */
  append(hashOfLeaf: MerkleHash): void {
    if (hashOfLeaf.length !== MERKLE_HASH_BYTES) {
      throw new AppError('validation_failed', `a leaf hash has ${MERKLE_HASH_BYTES} bytes, not ${hashOfLeaf.length}`);
    }
    this.appendLatin1(latin1Of(hashOfLeaf));
  }

  /**
   * Appends one leaf by its leaf hash as a 32-character latin1 string (sha256Latin1 of 0x00 ‖
   * leaf): verify's path, with no Buffer per entry.
   */
  appendLatin1(hashOfLeaf: string): void {
    // A shorter string would be padded by stale bytes of the shared node input: refuse it.
    if (hashOfLeaf.length !== MERKLE_HASH_BYTES) {
      throw new AppError('validation_failed', `a leaf hash has ${MERKLE_HASH_BYTES} bytes, not ${hashOfLeaf.length}`);
    }
    let merged = hashOfLeaf;
    // Each trailing 1-bit of the old size is a perfect subtree of the same height as `merged`: join them.
    for (let remaining = this.#size; remaining % 2 === 1; remaining = (remaining - 1) / 2) {
      const left = this.#hashes.pop();
      if (left === undefined) throw new AppError('internal', 'frontier lost a subtree hash');
      merged = nodeHashLatin1(left, merged);
    }
    this.#hashes.push(merged);
    this.#size += 1;
  }

  /** Appends one leaf by its raw bytes. */
  appendLeafBytes(leafBytes: Uint8Array): void {
    this.appendLatin1(leafHashLatin1(leafBytes));
  }

  /** MTH of all leaves appended so far; SHA-256("") for an empty tree. Does not change the frontier. */
  root(): MerkleHash {
    const last = this.#hashes.length - 1;
    let root = this.#hashes[last];
    if (root === undefined) return emptyRootHash();
    // The rightmost (smallest) subtree sits deepest; fold leftwards as RFC 9162's split at 2^k does.
    for (let index = last - 1; index >= 0; index -= 1) root = nodeHashLatin1(this.#hashes[index] as string, root);
    return Buffer.from(root, 'latin1');
  }

  toJSON(): MerkleFrontierJson {
    return { size: this.#size, hashes: this.#hashes.map((hash) => Buffer.from(hash, 'latin1').toString('hex')) };
  }
}

/**
 * MTH over a sequence of leaf hashes, streaming.
 *
 * @example toHex(merkleRootOfLeafHashes([])) === 'e3b0c442…b855'
 */
export function merkleRootOfLeafHashes(leafHashes: Iterable<MerkleHash>): MerkleHash {
  const frontier = new MerkleFrontier();
  for (const hashOfLeaf of leafHashes) frontier.append(hashOfLeaf);
  return frontier.root();
}

function latin1Of(hash: Uint8Array): string {
  return Buffer.from(hash.buffer, hash.byteOffset, hash.byteLength).toString('latin1');
}

/** Popcount that stays exact above 2^32, where JavaScript bit operators would truncate. */
function countSetBits(value: number): number {
  let count = 0;
  for (let remaining = value; remaining > 0; remaining = Math.floor(remaining / 2)) count += remaining % 2;
  return count;
}
