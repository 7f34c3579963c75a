import { z } from 'zod';
import { signedTreeHeadSchema, type SignedTreeHead } from '../signing/tree-head.js';

/**
 * What an outside witness remembers about one log, kept in its own JSON file
 * on its own machine. Warning: a stored format; bump `version` on change.
 */
export interface WitnessState {
  readonly version: 1;
  /** The log's public key (raw base64), pinned on the first checkpoint accepted. */
  readonly logPublicKey: string | null;
  /** Checkpoints accepted, oldest first; the last is the one new heads must extend. */
  readonly checkpoints: readonly SignedTreeHead[];
}

/**
 * How many accepted checkpoints the file keeps. Only the newest is needed to
 * check consistency; the rest is a readable record for the oversight body,
 * bounded so a witness polling every minute does not grow without end.
 */
export const WITNESS_HISTORY_LIMIT = 1000;

export const witnessStateSchema = z.strictObject({
  version: z.literal(1),
  logPublicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/).nullable(),
  checkpoints: z.array(signedTreeHeadSchema),
});

/**
 * A witness that has seen nothing yet: it will trust the first valid checkpoint it is shown.
 *
 * @example const state = await readWitnessState(path); // emptyWitnessState() when the file does not exist
 */
export function emptyWitnessState(): WitnessState {
  return { version: 1, logPublicKey: null, checkpoints: [] };
}

/** The checkpoint new heads are checked against, or null before the first. */
export function latestCheckpoint(state: WitnessState): SignedTreeHead | null {
  return state.checkpoints.at(-1) ?? null;
}
