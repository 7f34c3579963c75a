import type { Kysely } from 'kysely';
import type { Authorizer } from '../access/authorizer.js';
import type { AuditSealer } from '../audit/sealer.js';
import type { Clock } from '../core/time.js';
import type { DB, Tx } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';

/** What every use case needs from the outside world, injected once at start. */
export interface ServiceContext {
  readonly db: Kysely<DB>;
  readonly clock: Clock;
  readonly sealer: AuditSealer;
  /** The one policy decision point (Cedar), loaded once at start. */
  readonly authorizer: Authorizer;
  /**
   * Key of the people's blind index (identity_digest), kept outside the
   * database beside the audit key (`<dataDir>/keys`, loadOrCreateIdentityIndexKey).
   */
  readonly identityIndexKey: Uint8Array;
  /**
   * Key-encryption key (KEK) that wraps every person's data key in
   * person_keys, kept outside the database (`<dataDir>/keys/person-keys.kek`,
   * loadOrCreatePersonKeyEncryptionKey); keys are unwrapped only in memory.
   */
  readonly personKeyEncryptionKey: Uint8Array;
}

/**
 * The one write path: guard and writes and the audit entry in one
 * transaction, then side effects (sealing the audit chain) after commit.
 *
 * @example
 *   return runWrite(ctx, async (trx) => { ...; await appendAudit(trx, event); return row; });
 */
export async function runWrite<T>(ctx: ServiceContext, work: (trx: Tx) => Promise<T>): Promise<T> {
  const result = await inTransaction(ctx.db, work);
  ctx.sealer.schedule();
  return result;
}

export function nowInstant(ctx: Pick<ServiceContext, 'clock'>): string {
  return ctx.clock.now().toISOString();
}
