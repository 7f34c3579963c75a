import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { AppError } from '../../core/errors.js';

/**
 * Version byte of a wrapped person data key. Warning: stored format
 * (`person_keys.key`, and every backup); a new layout needs a new version
 * byte, a CHECK that admits it (migration 20261130T0500_wrapped_person_keys)
 * and a branch in unwrapPersonDataKey.
 */
export const PERSON_KEY_WRAP_VERSION = 1;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const DATA_KEY_BYTES = 32;
/** A data key as stored before wrapping existed (unwrapped, 32 bytes). */
export const LEGACY_PERSON_KEY_BYTES = DATA_KEY_BYTES;
/** version ‖ nonce ‖ tag ‖ ciphertext. */
export const WRAPPED_PERSON_KEY_BYTES = 1 + NONCE_BYTES + TAG_BYTES + DATA_KEY_BYTES;

/**
 * Wraps a person's data key under the key-encryption key (KEK, kept outside
 * the database): AES-256-GCM with a random 96-bit nonce, the person id as
 * associated data so a wrapped key copied to another person's row does not
 * open. Output (61 bytes): version 0x01 ‖ nonce ‖ tag ‖ ciphertext.
 *
 * @example const stored = wrapPersonDataKey(ctx.personKeyEncryptionKey, personId, randomBytes(32));
 */
export function wrapPersonDataKey(kek: Uint8Array, personId: string, dataKey: Uint8Array): Buffer {
  requireKeyLength(kek, 'the person key-encryption key');
  requireKeyLength(dataKey, 'a person data key');
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', kek, nonce);
  cipher.setAAD(Buffer.from(personId, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return Buffer.concat([Buffer.of(PERSON_KEY_WRAP_VERSION), nonce, cipher.getAuthTag(), ciphertext]);
}

/**
 * The data key inside a wrapped key, in memory only. Throws AppError
 * `signing_key_invalid` when the KEK does not open it (a wrong key file, or
 * the wrapped key moved to another person or altered) and for an unknown
 * format: never a garbage key.
 *
 * @example const key = unwrapPersonDataKey(ctx.personKeyEncryptionKey, row.id, row.wrappedPersonKey);
 */
export function unwrapPersonDataKey(kek: Uint8Array, personId: string, wrapped: Uint8Array): Uint8Array {
  requireKeyLength(kek, 'the person key-encryption key');
  if (!isWrappedPersonKey(wrapped)) {
    throw new AppError('signing_key_invalid', `the stored key of person ${personId} is not a wrapped data key (${wrapped.length} bytes, version ${wrapped[0] ?? 'none'})`, { personId });
  }
  const bytes = Buffer.from(wrapped.buffer, wrapped.byteOffset, wrapped.byteLength);
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, bytes.subarray(1, 1 + NONCE_BYTES));
    decipher.setAAD(Buffer.from(personId, 'utf8'));
    decipher.setAuthTag(bytes.subarray(1 + NONCE_BYTES, 1 + NONCE_BYTES + TAG_BYTES));
    return Uint8Array.from(Buffer.concat([decipher.update(bytes.subarray(1 + NONCE_BYTES + TAG_BYTES)), decipher.final()]));
  } catch {
    throw new AppError('signing_key_invalid', `the person key-encryption key does not open the data key of person ${personId} (wrong keys/person-keys.kek?)`, { personId });
  }
}

/** Whether stored key bytes are in the wrapped format this module writes (not a legacy unwrapped key). */
export function isWrappedPersonKey(stored: Uint8Array): boolean {
  return stored.length === WRAPPED_PERSON_KEY_BYTES && stored[0] === PERSON_KEY_WRAP_VERSION;
}

/**
 * A fresh data key and its wrapped form, for a writer that seals a new person.
 *
 * @example const { dataKey, wrapped } = newWrappedPersonDataKey(kek, id); sealPersonalFields(dataKey, id, fields);
 */
export function newWrappedPersonDataKey(kek: Uint8Array, personId: string): { readonly dataKey: Uint8Array; readonly wrapped: Buffer } {
  const dataKey = randomBytes(DATA_KEY_BYTES);
  return { dataKey, wrapped: wrapPersonDataKey(kek, personId, dataKey) };
}

/** Data keys for a batch of new people (newPersonKeyBatch). */
export interface NewPersonKeyBatch {
  /** The data key of the person at `index` of the batch, to seal their fields with. */
  dataKey(index: number): Uint8Array;
  /** Each key wrapped under the KEK, as hex, in the batch's order: what `person_keys.key` stores. */
  readonly wrappedHex: readonly string[];
}

/**
 * Fresh data keys for many new people at once (one random draw for the batch), for the bulk writers
 * (import, the scale seeder), with their wrapped forms in the order of `personIds`.
 *
 * @example const keys = newPersonKeyBatch(kek, personIds); sealPersonalFields(keys.dataKey(0), personIds[0], fields);
 */
export function newPersonKeyBatch(kek: Uint8Array, personIds: readonly string[]): NewPersonKeyBatch {
  const keyBytes = randomBytes(DATA_KEY_BYTES * personIds.length);
  const dataKey = (index: number): Uint8Array => keyBytes.subarray(DATA_KEY_BYTES * index, DATA_KEY_BYTES * (index + 1));
  return { dataKey, wrappedHex: personIds.map((personId, index) => wrapPersonDataKey(kek, personId, dataKey(index)).toString('hex')) };
}

function requireKeyLength(key: Uint8Array, what: string): void {
  if (key.length !== 32) throw new AppError('validation_failed', `${what} has 32 bytes, not ${key.length}`);
}
