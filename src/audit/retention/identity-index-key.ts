import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { AppError } from '../../core/errors.js';
import { loadOrCreateOwnerOnlyKeyFile } from '../owner-only-key-file.js';

/** File name inside the key directory (`<dataDir>/keys`, beside the audit signing key). */
export const IDENTITY_INDEX_KEY_FILE = 'person-identity-index.key';

/**
 * Loads the 256-bit key of the people's blind index (`people.identity_digest`)
 * from `keyDir`, creating it on first use. It lives outside the database, as
 * the audit signing key does, so a database dump alone cannot test guessed
 * names and birth dates against the digests. Stored as 64 hex characters,
 * mode 0600; two processes starting at once get the same key (link(2)
 * publishes it, the loser reads the winner's).
 * Losing the file does not lose data: the digests can be rebuilt from the
 * sealed fields under a new key (backfillIdentityDigests).
 *
 * Throws AppError `signing_key_invalid` for a malformed or group/world-readable
 * file, `data_dir_unwritable` if it cannot be created.
 *
 * @example const indexKey = await loadOrCreateIdentityIndexKey(join(dataDir, 'keys'));
 */
export async function loadOrCreateIdentityIndexKey(keyDir: string): Promise<Uint8Array> {
  const text = await loadOrCreateOwnerOnlyKeyFile(keyDir, IDENTITY_INDEX_KEY_FILE, 'identity index key', () => `${randomBytes(32).toString('hex')}\n`);
  const hex = text.trim();
  const path = join(keyDir, IDENTITY_INDEX_KEY_FILE);
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new AppError('signing_key_invalid', `${path} must hold 64 lowercase hex characters`, { path });
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}
