import { sql, type Kysely } from 'kysely';
import { AppError } from '../../core/errors.js';
import { toInstant, type Clock } from '../../core/time.js';
import type { DB } from '../../db/schema.js';
import { MerkleFrontier } from '../merkle/merkle-frontier.js';
import { toHex } from '../merkle/merkle-hash.js';
import type { SigningKey } from '../signing/signing-key.js';
import { signTreeHead, verifyTreeHead } from '../signing/tree-head.js';
import type { CheckpointPolicy } from './checkpoint-policy.js';
import { insertCheckpoint, latestStoredCheckpoint, type StoredCheckpoint } from './checkpoint-store.js';
import { sealedTreeSize, verifiedLeafHashBatches } from './sealed-entries.js';

/** Advisory-lock key that makes checkpointing single-writer across processes (the sealer uses 727_001). */
const CHECKPOINT_LOCK_KEY = 727_002;

/**
 * Signs tree heads over the sealed audit log. Each new checkpoint resumes from
 * the previous one's stored frontier and appends only the leaves sealed since,
 * so its cost is proportional to the new entries, not the whole log. Before
 * trusting the previous checkpoint it checks that checkpoint's signature and
 * that its frontier gives its root; before signing it re-checks every new
 * entry's hash and chain link. If anything does not add up it throws AppError
 * `audit_log_inconsistent` and signs nothing: a signature must never cover
 * tampered history.
 *
 * @example
 *   const checkpointer = new Checkpointer(db, await loadOrCreateSigningKey(keyDir), systemClock, readCheckpointPolicy(process.env));
 *   const sealer = new AuditSealer(db, onError, () => checkpointer.maybeCheckpoint());
 */
export class Checkpointer {
  private latest: StoredCheckpoint | null | undefined = undefined;
  private running: Promise<StoredCheckpoint | null> | null = null;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly key: SigningKey,
    private readonly clock: Clock,
    private readonly policy: CheckpointPolicy,
  ) {}

  /**
   * Signs a new head if there are new sealed entries and either `everyEntries`
   * of them have accumulated or `everySeconds` have passed since the last head
   * (the first head is signed as soon as there is one entry). Returns the new
   * checkpoint or null. Cheap when nothing is due: one indexed max(seq).
   */
  async maybeCheckpoint(): Promise<StoredCheckpoint | null> {
    const size = await sealedTreeSize(this.db);
    this.latest ??= await latestStoredCheckpoint(this.db);
    const latest = this.latest;
    const checkpointedSize = latest?.head.size ?? 0;
    if (size <= checkpointedSize) return null;
    const elapsedMs = latest === null ? Number.POSITIVE_INFINITY : this.clock.now().getTime() - Date.parse(latest.head.timestamp);
    if (size - checkpointedSize < this.policy.everyEntries && elapsedMs < this.policy.everySeconds * 1000) return null;
    return this.checkpointNow();
  }

  /** Signs a head over every sealed entry now, unless the latest head already covers them all (then null). */
  async checkpointNow(): Promise<StoredCheckpoint | null> {
    // Calls that overlap (sealer loop and server timer) share one run.
    this.running ??= this.signNewHead().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async signNewHead(): Promise<StoredCheckpoint | null> {
    const stored = await this.db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${CHECKPOINT_LOCK_KEY})`.execute(trx);
      const previous = await latestStoredCheckpoint(trx);
      const size = await sealedTreeSize(trx);
      if (size <= (previous?.head.size ?? 0)) {
        this.latest = previous;
        return null;
      }
      const frontier = previous === null ? new MerkleFrontier() : this.trustedFrontier(previous);
      for await (const batch of verifiedLeafHashBatches(trx, frontier.size, size)) for (const leaf of batch) frontier.append(leaf);
      const head = signTreeHead({ size, rootHash: toHex(frontier.root()), timestamp: toInstant(this.clock.now()) }, this.key.privateKey);
      return insertCheckpoint(trx, head, this.key.keyId, frontier.toJSON());
    });
    if (stored !== null) this.latest = stored;
    return stored;
  }

  private trustedFrontier(previous: StoredCheckpoint): MerkleFrontier {
    if (!verifyTreeHead(previous.head, this.key.publicKey)) {
      throw new AppError('audit_log_inconsistent', `checkpoint ${previous.id} (size ${previous.head.size}) is not signed by this server's key`, { checkpointId: previous.id });
    }
    let frontier: MerkleFrontier;
    try {
      frontier = MerkleFrontier.fromJSON(previous.frontier);
    } catch {
      throw new AppError('audit_log_inconsistent', `checkpoint ${previous.id} has a malformed frontier`, { checkpointId: previous.id });
    }
    if (frontier.size !== previous.head.size || toHex(frontier.root()) !== previous.head.rootHash) {
      throw new AppError('audit_log_inconsistent', `checkpoint ${previous.id} has a frontier that does not give its signed root`, { checkpointId: previous.id });
    }
    return frontier;
  }
}
