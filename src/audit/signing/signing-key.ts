import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../core/errors.js';
import { loadOrCreateOwnerOnlyKeyFile, readKeyFileIfExists } from '../owner-only-key-file.js';

/** File names inside the key directory (e.g. `<dataDir>/keys`). */
export const PRIVATE_KEY_FILE = 'audit-ed25519.pem';
export const PUBLIC_KEY_FILE = 'audit-ed25519.pub.pem';

/** How the public half is published (e.g. at /api/audit/key) and pinned by witnesses. */
export interface PublicKeyDescription {
  /** SPKI PEM. */
  readonly pem: string;
  /** The 32 raw key bytes in base64, the compact form a witness pins. */
  readonly rawBase64: string;
  /** Lowercase hex SHA-256 of the raw key bytes: a fingerprint to compare by eye or name a key by. */
  readonly keyId: string;
}

export interface SigningKey extends PublicKeyDescription {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
}

/**
 * Loads the server's Ed25519 audit key from `keyDir`, creating it on first
 * use. The key lives outside the database so that someone who can rewrite
 * the database cannot also re-sign history. The private key is PKCS#8 PEM with
 * mode 0600 in a 0700 directory; the public key is written beside it as PEM.
 *
 * Two processes starting at once get the same key: the private file is
 * published with link(2), which fails if it already exists, and the loser reads
 * the winner's key.
 *
 * Throws AppError `signing_key_invalid` if the file is not an Ed25519 private key
 * or other users can read it, and `data_dir_unwritable` if it cannot be created.
 *
 * @example const key = await loadOrCreateSigningKey(join(dataDir, 'keys'));
 */
export async function loadOrCreateSigningKey(keyDir: string): Promise<SigningKey> {
  const privatePath = join(keyDir, PRIVATE_KEY_FILE);
  const pem = await loadOrCreateOwnerOnlyKeyFile(keyDir, PRIVATE_KEY_FILE, 'signing key', () => generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString());
  const privateKey = parsePrivateKey(pem, privatePath);
  const publicKey = createPublicKey(privateKey);
  const description = describePublicKey(publicKey);
  await writePublicKeyFile(join(keyDir, PUBLIC_KEY_FILE), description.pem);
  return { privateKey, publicKey, ...description };
}

/**
 * PEM, raw base64 and fingerprint of an Ed25519 public key.
 *
 * @example describePublicKey(key.publicKey).rawBase64 // 44 characters
 */
export function describePublicKey(publicKey: KeyObject): PublicKeyDescription {
  requireEd25519(publicKey, 'public key');
  const jwk = publicKey.export({ format: 'jwk' });
  const raw = Buffer.from(jwk.x ?? '', 'base64url');
  return {
    pem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    rawBase64: raw.toString('base64'),
    keyId: createHash('sha256').update(raw).digest('hex'),
  };
}

/**
 * Parses a published Ed25519 public key given as SPKI PEM or as 32 raw bytes
 * in base64 — what a witness reads from /api/audit/key or a config file.
 * Throws AppError `validation_failed` on anything else.
 *
 * @example const publicKey = parsePublicKey(await readFile('audit-ed25519.pub.pem', 'utf8'));
 */
export function parsePublicKey(text: string): KeyObject {
  const trimmed = text.trim();
  let key: KeyObject;
  try {
    if (trimmed.startsWith('-----BEGIN PUBLIC KEY-----')) {
      key = createPublicKey(trimmed);
    } else {
      const raw = /^[A-Za-z0-9+/]{43}=$/.test(trimmed) ? Buffer.from(trimmed, 'base64') : Buffer.alloc(0);
      if (raw.length !== 32) throw new Error('not 32 raw bytes in base64');
      key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
    }
  } catch (error) {
    throw new AppError('validation_failed', `not an Ed25519 public key (PEM or raw base64): ${(error as Error).message}`);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new AppError('validation_failed', `public key is ${key.asymmetricKeyType ?? 'unknown'}, not ed25519`);
  return key;
}

async function writePublicKeyFile(path: string, pem: string): Promise<void> {
  if ((await readKeyFileIfExists(path)) === pem) return;
  const temporaryPath = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporaryPath, pem, { mode: 0o644 });
    await rename(temporaryPath, path);
  } catch (error) {
    throw new AppError('data_dir_unwritable', `cannot write the public key ${path}: ${(error as Error).message}`, { path });
  }
}

function parsePrivateKey(pem: string, path: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch (error) {
    throw new AppError('signing_key_invalid', `${path} is not a PEM private key: ${(error as Error).message}`, { path });
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new AppError('signing_key_invalid', `${path} holds a ${key.asymmetricKeyType ?? 'unknown'} key, not ed25519`, { path });
  }
  return key;
}

function requireEd25519(key: KeyObject, what: string): void {
  if (key.asymmetricKeyType !== 'ed25519') throw new AppError('validation_failed', `${what} is ${key.asymmetricKeyType ?? 'unknown'}, not ed25519`);
}
