import { AppError } from '../../core/errors.js';
import { describePublicKey, parsePublicKey } from '../signing/signing-key.js';
import { witnessCheckpoint, type WitnessOutcome } from '../witness/witness-checkpoint.js';
import { readWitnessState, writeWitnessState } from '../witness/witness-state-file.js';
import { latestCheckpoint } from '../witness/witness-state.js';
import { readWitnessInput, type FetchJson } from './witness-source.js';

export interface WitnessRound {
  /** A server URL or a checkpoint export file. */
  readonly from: string;
  /** The witness's own state file (created on the first round). */
  readonly statePath: string;
  /** A key pinned out of band (PEM or raw base64). Without it the first key seen is pinned. */
  readonly pinnedKey?: string;
  readonly fetchJson?: FetchJson;
}

/**
 * One witness round: read the state, fetch the newest head and proof, judge
 * with witnessCheckpoint, and save the state only when the head was accepted
 * or unchanged — a rollback or fork leaves the evidence-bearing state as it
 * was. Throws AppError (`validation_failed`, `witness_state_invalid`) when it
 * cannot judge at all.
 *
 * @example const outcome = await runWitnessRound({ from: 'https://waypoint.example.org', statePath: 'witness.json' });
 */
export async function runWitnessRound(round: WitnessRound): Promise<WitnessOutcome> {
  const state = await readWitnessState(round.statePath);
  const input = await readWitnessInput(round.from, latestCheckpoint(state)?.size ?? null, round.fetchJson);
  const presentedKey = parsePublicKey(input.publicKeyText);
  if (round.pinnedKey !== undefined) {
    const pinned = describePublicKey(parsePublicKey(round.pinnedKey)).rawBase64;
    const presented = describePublicKey(presentedKey).rawBase64;
    if (pinned !== presented) {
      return { kind: 'rejected', reason: 'key_changed', message: `the log presents key ${presented}, not the pinned ${pinned}`, presented: input.head };
    }
    if (state.logPublicKey !== null && state.logPublicKey !== pinned) {
      throw new AppError('witness_state_invalid', `the state file pinned ${state.logPublicKey}, but --key is ${pinned}`, { path: round.statePath });
    }
  }
  const outcome = witnessCheckpoint(state, input.head, input.consistencyProof, presentedKey);
  if (outcome.kind === 'accepted' || outcome.kind === 'unchanged') await writeWitnessState(round.statePath, outcome.state);
  return outcome;
}
