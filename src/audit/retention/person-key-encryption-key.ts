import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { AppError } from '../../core/errors.js';
import type { Queryable } from '../../db/schema.js';
import { loadOrCreateOwnerOnlyKeyFile, readKeyFileIfExists } from '../owner-only-key-file.js';
import { unwrapPersonDataKey } from './person-key-wrap.js';
import { findAnyWrappedPersonKey } from './person-keys.js';

/** File name inside the key directory (`<dataDir>/keys`, beside the audit signing key and the identity index key). */
export const PERSON_KEY_ENCRYPTION_KEY_FILE = 'person-keys.kek';

/**
 * Loads the key-encryption key (KEK) that wraps every person's data key in
 * `person_keys` (person-key-wrap.ts), creating it on first start. It lives
 * outside the database so that a dump or backup alone holds only wrapped keys
 * and cannot open people's personal data. 64 hex characters, mode 0600, the
 * owner-only loader's race-free creation.
 *
 * Unlike the identity index key it cannot be rebuilt: losing it loses every
 * person's data. So it is created only while the database holds no wrapped
 * key, and a KEK that does not open a stored key is refused here, at start-up,
 * rather than failing on the first read.
 *
 * Throws AppError `signing_key_invalid` when the file is missing while wrapped
 * keys exist, malformed, group/world-readable, or does not open a stored key;
 * `data_dir_unwritable` if it cannot be created.
 *
 * @example const kek = await loadOrCreatePersonKeyEncryptionKey(join(dataDir, 'keys'), database.db);
 */
export async function loadOrCreatePersonKeyEncryptionKey(keyDir: string, db: Queryable): Promise<Uint8Array> {
  const path = join(keyDir, PERSON_KEY_ENCRYPTION_KEY_FILE);
  const sample = await findAnyWrappedPersonKey(db);
  // A fresh KEK over existing wrapped keys would make every person unreadable: refuse instead.
  if (sample !== undefined && (await readKeyFileIfExists(path)) === null) {
    throw new AppError('signing_key_invalid', `${path} is missing but the database holds wrapped person keys: restore the key file (refusing to create a new one)`, { path });
  }
  const text = await loadOrCreateOwnerOnlyKeyFile(keyDir, PERSON_KEY_ENCRYPTION_KEY_FILE, 'person key-encryption key', () => `${randomBytes(32).toString('hex')}\n`);
  const hex = text.trim();
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new AppError('signing_key_invalid', `${path} must hold 64 lowercase hex characters`, { path });
  const kek = Uint8Array.from(Buffer.from(hex, 'hex'));
  if (sample !== undefined) {
    try {
      unwrapPersonDataKey(kek, sample.personId, sample.wrapped);
    } catch {
      throw new AppError('signing_key_invalid', `${path} does not open the person keys stored in this database (a key file from another data directory?)`, { path });
    }
  }
  return kek;
}
