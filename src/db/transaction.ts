import type { Kysely } from 'kysely';
import { AppError, isAppError } from '../core/errors.js';
import type { DB, Tx } from './schema.js';

/** SQLSTATEs where retrying the whole transaction is the right answer. */
const RETRYABLE_SQLSTATES = new Set(['40001', '40P01']); // serialization_failure, deadlock_detected
const CONNECTION_SQLSTATES = new Set(['08000', '08003', '08006', '57P01', '57P03']);

export function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Runs one use case in one transaction. Deadlocks and serialization failures
 * are retried (the transaction was rolled back, so nothing is half-written);
 * after the last attempt, or when the connection is gone, the caller gets a
 * clean `database_unavailable` (HTTP 503) instead of a hung request.
 *
 * @example
 *   const caseRow = await inTransaction(db, (trx) => openCase(trx, input));
 */
export async function inTransaction<T>(db: Kysely<DB>, work: (trx: Tx) => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.transaction().execute(work);
    } catch (error) {
      if (isAppError(error)) throw error;
      const state = sqlState(error);
      if (state !== undefined && RETRYABLE_SQLSTATES.has(state)) {
        if (attempt < attempts) {
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
          continue;
        }
        throw new AppError('database_unavailable', `transaction kept conflicting after ${attempts} attempts`, { sqlState: state });
      }
      if ((state !== undefined && CONNECTION_SQLSTATES.has(state)) || isConnectionError(error)) {
        throw new AppError('database_unavailable', `database connection lost: ${(error as Error).message}`);
      }
      throw error;
    }
  }
}

/** A driver error that means the connection is gone (no SQLSTATE: the socket closed or never opened). */
export function isConnectionError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return /ECONNREFUSED|ECONNRESET|Connection terminated|not queryable|timeout exceeded when trying to connect/i.test(message);
}
