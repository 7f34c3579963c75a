import { AppError } from '../core/errors.js';
import { sqlState } from './transaction.js';

/**
 * Turns constraint violations into domain errors. Services validate first;
 * this is the backstop for races (two requests creating the same thing) and
 * for invariants that live only in the database.
 */
export function translateDatabaseError(error: unknown, context: { resource: string }): unknown {
  const state = sqlState(error);
  const detail = (error as { detail?: string; constraint?: string } | null) ?? {};
  switch (state) {
    case '23505':
      return new AppError('duplicate', `${context.resource} already exists`, { constraint: detail.constraint ?? null });
    case '23503':
      return new AppError('validation_failed', `${context.resource} refers to a record that does not exist`, { constraint: detail.constraint ?? null });
    case '23514':
      return new AppError('validation_failed', `${context.resource} violates ${detail.constraint ?? 'a check constraint'}`, { constraint: detail.constraint ?? null });
    case undefined:
    default:
      return error;
  }
}
