import { AppError } from '../../core/errors.js';

/** When the checkpointer signs a new tree head: after this many new sealed entries, or this long after the last head. */
export interface CheckpointPolicy {
  readonly everyEntries: number;
  readonly everySeconds: number;
}

export const DEFAULT_CHECKPOINT_POLICY: CheckpointPolicy = { everyEntries: 1000, everySeconds: 60 };

/**
 * Reads WAYPOINT_CHECKPOINT_ENTRIES (default 1000) and WAYPOINT_CHECKPOINT_SECONDS
 * (default 60). Throws AppError `validation_failed` for anything but a positive integer.
 *
 * @example readCheckpointPolicy({ WAYPOINT_CHECKPOINT_ENTRIES: '500' }) // { everyEntries: 500, everySeconds: 60 }
 */
export function readCheckpointPolicy(env: Readonly<Record<string, string | undefined>>): CheckpointPolicy {
  return {
    everyEntries: positiveInteger(env, 'WAYPOINT_CHECKPOINT_ENTRIES', DEFAULT_CHECKPOINT_POLICY.everyEntries),
    everySeconds: positiveInteger(env, 'WAYPOINT_CHECKPOINT_SECONDS', DEFAULT_CHECKPOINT_POLICY.everySeconds),
  };
}

function positiveInteger(env: Readonly<Record<string, string | undefined>>, name: string, fallback: number): number {
  const text = env[name]?.trim();
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!/^[0-9]+$/.test(text) || !Number.isSafeInteger(value) || value < 1) {
    throw new AppError('validation_failed', `${name} must be a positive integer, not ${JSON.stringify(text)}`);
  }
  return value;
}
