import type { Kysely } from 'kysely';
import { AppError } from '../../core/errors.js';
import type { DB } from '../../db/schema.js';
import type { LeafRange } from '../merkle/build-proofs.js';
import { nodeHash, type MerkleHash } from '../merkle/merkle-hash.js';
import { leafHashBatches } from './sealed-entries.js';

export interface SubtreeCacheOptions {
  /** Perfect subtrees of at least this many leaves are remembered (default 256). */
  readonly minCachedLeaves?: number;
  /** Leaves read from the database in one query when hashing a subtree (default 16384, a power of two). */
  readonly chunkLeaves?: number;
  /** Cap on remembered subtrees; the cache is cleared when it is reached (default 200 000, about 20 MB). */
  readonly maxCachedSubtrees?: number;
}

/**
 * MTH(D[start:end]) over the sealed audit log, for serving proofs.
 *
 * Cost: a range is split into perfect subtrees (as a frontier would); each is
 * hashed from the `hash` column, reading up to `chunkLeaves` leaves per query.
 * A proof for a tree of n leaves needs O(log n) ranges covering about n leaves
 * in all, so a cold proof reads O(n) hashes (32 bytes each; about 1 s per
 * million on PostgreSQL) and computes O(n) node hashes. Perfect subtrees of
 * `minCachedLeaves` or more are kept in memory; they never change in an
 * append-only log, so after the first proof the next costs O(log n) cached
 * lookups plus fewer than 2·minCachedLeaves leaf reads per range edge.
 *
 * @example
 *   const hashes = new AuditSubtreeHashes(db);
 *   const proof = await Promise.all(inclusionProofRanges(seq - 1, size).map((range) => hashes.rangeHash(range)));
 */
export class AuditSubtreeHashes {
  private readonly cache = new Map<string, MerkleHash>();
  private readonly minCachedLeaves: number;
  private readonly chunkLeaves: number;
  private readonly maxCachedSubtrees: number;

  constructor(
    private readonly db: Kysely<DB>,
    options: SubtreeCacheOptions = {},
  ) {
    this.minCachedLeaves = options.minCachedLeaves ?? 256;
    this.chunkLeaves = options.chunkLeaves ?? 16_384;
    this.maxCachedSubtrees = options.maxCachedSubtrees ?? 200_000;
  }

  /** Number of subtrees currently remembered (for tests and the benchmark). */
  get cachedSubtrees(): number {
    return this.cache.size;
  }

  /** MTH of leaves [start, end); the caller has checked end <= the sealed size. */
  async rangeHash(range: LeafRange): Promise<MerkleHash> {
    if (!Number.isSafeInteger(range.start) || !Number.isSafeInteger(range.end) || range.start < 0 || range.end <= range.start) {
      throw new AppError('validation_failed', `range [${range.start}, ${range.end}) is empty or negative`);
    }
    // Perfect pieces, largest first, exactly as MerkleFrontier decomposes a list.
    const pieces: MerkleHash[] = [];
    let offset = range.start;
    for (let size = highestPowerOfTwoAtMost(range.end - range.start); size >= 1; size /= 2) {
      if (offset + size <= range.end) {
        pieces.push(await this.perfectSubtreeHash(offset, size));
        offset += size;
      }
    }
    let root = pieces[pieces.length - 1] as MerkleHash;
    for (let index = pieces.length - 2; index >= 0; index -= 1) root = nodeHash(pieces[index] as MerkleHash, root);
    return root;
  }

  private async perfectSubtreeHash(start: number, size: number): Promise<MerkleHash> {
    const cached = this.cache.get(cacheKey(start, size));
    if (cached !== undefined) return cached;
    if (size > this.chunkLeaves) {
      const half = size / 2;
      const hash = nodeHash(await this.perfectSubtreeHash(start, half), await this.perfectSubtreeHash(start + half, half));
      this.remember(start, size, hash);
      return hash;
    }
    let level: MerkleHash[] = [];
    for await (const batch of leafHashBatches(this.db, start, start + size, this.chunkLeaves)) level.push(...batch);
    for (let width = 2; level.length > 1; width *= 2) {
      const next: MerkleHash[] = [];
      for (let index = 0; index < level.length; index += 2) {
        const hash = nodeHash(level[index] as MerkleHash, level[index + 1] as MerkleHash);
        this.remember(start + (index / 2) * width, width, hash);
        next.push(hash);
      }
      level = next;
    }
    return level[0] as MerkleHash;
  }

  private remember(start: number, size: number, hash: MerkleHash): void {
    if (size < this.minCachedLeaves) return;
    if (this.cache.size >= this.maxCachedSubtrees) this.cache.clear();
    this.cache.set(cacheKey(start, size), hash);
  }
}

function cacheKey(start: number, size: number): string {
  return `${start}/${size}`;
}

function highestPowerOfTwoAtMost(value: number): number {
  let power = 1;
  while (power * 2 <= value) power *= 2;
  return power;
}
