import { createHash, generateKeyPairSync } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describePublicKey, loadOrCreateSigningKey, parsePublicKey, PRIVATE_KEY_FILE, PUBLIC_KEY_FILE } from './signing-key.js';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'waypoint-keys-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('loadOrCreateSigningKey', () => {
  it('creates an owner-only Ed25519 key in a new owner-only directory, with the public key beside it', async () => {
    const keyDir = join(root, 'data', 'keys');
    const key = await loadOrCreateSigningKey(keyDir);

    expect(key.privateKey.asymmetricKeyType).toBe('ed25519');
    expect((await stat(keyDir)).mode & 0o777).toBe(0o700);
    expect((await stat(join(keyDir, PRIVATE_KEY_FILE))).mode & 0o777).toBe(0o600);
    expect(await readFile(join(keyDir, PRIVATE_KEY_FILE), 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(await readFile(join(keyDir, PUBLIC_KEY_FILE), 'utf8')).toBe(key.pem);
    expect(key.pem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    expect(key.rawBase64).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(key.keyId).toBe(createHash('sha256').update(Buffer.from(key.rawBase64, 'base64')).digest('hex'));
  });

  it('loads the same key on the next start', async () => {
    const first = await loadOrCreateSigningKey(root);
    const second = await loadOrCreateSigningKey(root);
    expect(second.keyId).toBe(first.keyId);
  });

  it('gives concurrent first starts one and the same key', async () => {
    const keys = await Promise.all([1, 2, 3, 4].map(() => loadOrCreateSigningKey(join(root, 'keys'))));
    expect(new Set(keys.map((key) => key.keyId)).size).toBe(1);
  });

  it('rewrites a missing public key file from the private key', async () => {
    const key = await loadOrCreateSigningKey(root);
    await rm(join(root, PUBLIC_KEY_FILE));
    await loadOrCreateSigningKey(root);
    expect(await readFile(join(root, PUBLIC_KEY_FILE), 'utf8')).toBe(key.pem);
  });

  it('refuses a key that others can read', async () => {
    await loadOrCreateSigningKey(root);
    await chmod(join(root, PRIVATE_KEY_FILE), 0o640);
    await expect(loadOrCreateSigningKey(root)).rejects.toMatchObject({ code: 'signing_key_invalid' });
  });

  it('refuses a private key of another type', async () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    await writeFile(join(root, PRIVATE_KEY_FILE), privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
    await expect(loadOrCreateSigningKey(root)).rejects.toMatchObject({ code: 'signing_key_invalid' });
  });

  it('refuses a file that is not a key', async () => {
    await writeFile(join(root, PRIVATE_KEY_FILE), 'not a key', { mode: 0o600 });
    await expect(loadOrCreateSigningKey(root)).rejects.toMatchObject({ code: 'signing_key_invalid' });
  });

  it('reports an unwritable key directory as data_dir_unwritable', async () => {
    await writeFile(join(root, 'file'), 'x');
    await expect(loadOrCreateSigningKey(join(root, 'file', 'keys'))).rejects.toMatchObject({ code: 'data_dir_unwritable' });
  });
});

describe('parsePublicKey', () => {
  it('reads the published PEM and the raw base64 form to the same key', async () => {
    const key = await loadOrCreateSigningKey(root);
    expect(describePublicKey(parsePublicKey(key.pem)).keyId).toBe(key.keyId);
    expect(describePublicKey(parsePublicKey(`  ${key.rawBase64}\n`)).keyId).toBe(key.keyId);
  });

  it('reads the RFC 8032 test key from its raw bytes', () => {
    const raw = Buffer.from('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', 'hex').toString('base64');
    expect(describePublicKey(parsePublicKey(raw)).rawBase64).toBe(raw);
  });

  it.each([
    ['empty', ''],
    ['short base64', 'AAAA'],
    ['33 bytes', Buffer.alloc(33).toString('base64')],
    ['broken PEM', '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----'],
    ['P-256 key', generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'pem', type: 'spki' }).toString()],
  ])('rejects %s with validation_failed', (_name, text) => {
    expect(() => parsePublicKey(text)).toThrow(expect.objectContaining({ code: 'validation_failed' }));
  });
});
