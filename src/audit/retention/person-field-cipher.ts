import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { AppError } from '../../core/errors.js';

/** Prefix of a sealed field. Warning: stored format; a new layout needs a new prefix. */
const SEALED_PREFIX = 'wp1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Encrypts one personal field with the person's data key (AES-256-GCM, a
 * random 96-bit nonce, the person id as associated data so a ciphertext moved
 * to another person does not decrypt). Output: `wp1:` + base64(iv ‖ tag ‖ ciphertext).
 *
 * @example const sealed = sealPersonField(key, person.id, person.givenNames);
 */
export function sealPersonField(key: Uint8Array, personId: string, plaintext: string): string {
  requireKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(personId, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return SEALED_PREFIX + Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64');
}

/**
 * Decrypts a field sealed by sealPersonField. Throws AppError
 * `validation_failed` for a malformed, altered or misattributed ciphertext.
 *
 * @example openPersonField(key, person.id, row.given_names_sealed) === 'Amal'
 */
export function openPersonField(key: Uint8Array, personId: string, sealed: string): string {
  requireKey(key);
  const bytes = sealed.startsWith(SEALED_PREFIX) ? Buffer.from(sealed.slice(SEALED_PREFIX.length), 'base64') : Buffer.alloc(0);
  if (bytes.length < IV_BYTES + TAG_BYTES) throw new AppError('validation_failed', 'not a sealed person field');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(personId, 'utf8'));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    throw new AppError('validation_failed', `sealed field does not open with the key of person ${personId}`, { personId });
  }
}

function requireKey(key: Uint8Array): void {
  if (key.length !== 32) throw new AppError('validation_failed', `a person data key has 32 bytes, not ${key.length}`);
}
