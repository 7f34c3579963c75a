import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadOrCreateIdentityIndexKey, IDENTITY_INDEX_KEY_FILE } from './retention/identity-index-key.js';
import { loadOrCreateOwnerOnlyKeyFile } from './owner-only-key-file.js';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'waypoint-key-file-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('loadOrCreateOwnerOnlyKeyFile', () => {
  it('creates the file 0600 in a new 0700 directory once, and reads it back on the next start', async () => {
    const keyDir = join(root, 'data', 'keys');
    let created = 0;
    const create = () => `secret-${(created += 1)}\n`;
    expect(await loadOrCreateOwnerOnlyKeyFile(keyDir, 'test.key', 'test key', create)).toBe('secret-1\n');
    expect(await loadOrCreateOwnerOnlyKeyFile(keyDir, 'test.key', 'test key', create)).toBe('secret-1\n');
    expect(created).toBe(1);
    expect((await stat(keyDir)).mode & 0o777).toBe(0o700);
    expect((await stat(join(keyDir, 'test.key'))).mode & 0o777).toBe(0o600);
  });

  it('gives concurrent first starts one and the same text', async () => {
    let created = 0;
    const texts = await Promise.all([1, 2, 3, 4].map(() => loadOrCreateOwnerOnlyKeyFile(root, 'test.key', 'test key', () => `secret-${(created += 1)}`)));
    expect(new Set(texts).size).toBe(1);
  });

  it('refuses a file others can read, naming the mode', async () => {
    await writeFile(join(root, 'test.key'), 'secret', { mode: 0o600 });
    await chmod(join(root, 'test.key'), 0o644);
    await expect(loadOrCreateOwnerOnlyKeyFile(root, 'test.key', 'test key', () => 'other')).rejects.toMatchObject({
      code: 'signing_key_invalid',
      message: `${join(root, 'test.key')} has mode 644; it must be readable by its owner only (chmod 600)`,
    });
  });

  it('reports a directory it cannot create as data_dir_unwritable, naming the key', async () => {
    await writeFile(join(root, 'file'), 'x');
    await expect(loadOrCreateOwnerOnlyKeyFile(join(root, 'file', 'keys'), 'test.key', 'test key', () => 'secret')).rejects.toMatchObject({
      code: 'data_dir_unwritable',
      message: expect.stringMatching(/^cannot create the test key in /) as unknown,
    });
  });
});

describe('loadOrCreateIdentityIndexKey', () => {
  it('creates 32 random bytes as 64 hex characters and loads the same key again', async () => {
    const key = await loadOrCreateIdentityIndexKey(root);
    expect(key).toHaveLength(32);
    expect((await readFile(join(root, IDENTITY_INDEX_KEY_FILE), 'utf8')).trim()).toBe(Buffer.from(key).toString('hex'));
    expect(Buffer.from(await loadOrCreateIdentityIndexKey(root)).equals(Buffer.from(key))).toBe(true);
  });

  it('refuses a file that is not 64 lowercase hex characters', async () => {
    await writeFile(join(root, IDENTITY_INDEX_KEY_FILE), 'ABC\n', { mode: 0o600 });
    await expect(loadOrCreateIdentityIndexKey(root)).rejects.toMatchObject({ code: 'signing_key_invalid', message: `${join(root, IDENTITY_INDEX_KEY_FILE)} must hold 64 lowercase hex characters` });
  });
});
