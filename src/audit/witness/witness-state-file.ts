import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { AppError } from '../../core/errors.js';
import { emptyWitnessState, witnessStateSchema, type WitnessState } from './witness-state.js';

/**
 * Reads a witness state file; a file that does not exist yet is the empty
 * state. Throws AppError `witness_state_invalid` for anything unreadable or of
 * the wrong shape: a witness must never silently start over, which would
 * forget the heads it has to hold the log to.
 *
 * @example const state = await readWitnessState('/var/lib/oversight/waypoint-witness.json');
 */
export async function readWitnessState(path: string): Promise<WitnessState> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyWitnessState();
    throw new AppError('witness_state_invalid', `cannot read witness state ${path}: ${(error as Error).message}`, { path });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AppError('witness_state_invalid', `witness state ${path} is not JSON: ${(error as Error).message}`, { path });
  }
  const parsed = witnessStateSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new AppError('witness_state_invalid', `witness state ${path} has the wrong shape: ${issues}`, { path });
  }
  return parsed.data;
}

/**
 * Writes the state atomically (temporary file, then rename), so a crash
 * mid-write leaves the previous state intact rather than a torn file.
 *
 * @example if (outcome.kind === 'accepted') await writeWitnessState(path, outcome.state);
 */
export async function writeWitnessState(path: string, state: WitnessState): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporaryPath = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temporaryPath, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o644 });
  await rename(temporaryPath, path);
}
