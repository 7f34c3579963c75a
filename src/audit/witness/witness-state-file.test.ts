import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describePublicKey } from '../signing/signing-key.js';
import { signTreeHead } from '../signing/tree-head.js';
import { emptyWitnessState, type WitnessState } from './witness-state.js';
import { readWitnessState, writeWitnessState } from './witness-state-file.js';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'waypoint-witness-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const key = generateKeyPairSync('ed25519');
const STATE: WitnessState = {
  version: 1,
  logPublicKey: describePublicKey(key.publicKey).rawBase64,
  checkpoints: [
    signTreeHead({ size: 0, rootHash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', timestamp: '2025-04-04T12:00:00.000Z' }, key.privateKey),
  ],
};

describe('readWitnessState', () => {
  it('starts empty when the file does not exist', async () => {
    expect(await readWitnessState(join(root, 'none.json'))).toEqual(emptyWitnessState());
  });

  it('reads back what writeWitnessState wrote, creating the directory and leaving no temporary file', async () => {
    const path = join(root, 'oversight', 'witness.json');
    await writeWitnessState(path, STATE);
    expect(await readWitnessState(path)).toEqual(STATE);
    expect(await readdir(join(root, 'oversight'))).toEqual(['witness.json']);
  });

  it('overwrites the previous state', async () => {
    const path = join(root, 'witness.json');
    await writeWitnessState(path, emptyWitnessState());
    await writeWitnessState(path, STATE);
    expect(await readWitnessState(path)).toEqual(STATE);
  });

  it.each([
    ['not JSON', '{"version":1,'],
    ['another version', JSON.stringify({ ...STATE, version: 2 })],
    ['a malformed key', JSON.stringify({ ...STATE, logPublicKey: 'abc' })],
    ['a malformed checkpoint', JSON.stringify({ ...STATE, checkpoints: [{ size: -1, rootHash: 'x', timestamp: 'now', signature: '' }] })],
    ['an unknown field', JSON.stringify({ ...STATE, note: 'x' })],
  ])('refuses a file with %s as witness_state_invalid', async (_name, text) => {
    const path = join(root, 'witness.json');
    await writeFile(path, text);
    await expect(readWitnessState(path)).rejects.toMatchObject({ code: 'witness_state_invalid' });
  });

  it('refuses a path it cannot read as witness_state_invalid', async () => {
    await expect(readWitnessState(root)).rejects.toMatchObject({ code: 'witness_state_invalid' });
  });
});
