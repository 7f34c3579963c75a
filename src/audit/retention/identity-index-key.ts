import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../core/errors.js';

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
  const path = join(keyDir, IDENTITY_INDEX_KEY_FILE);
  let text = await readIfExists(path);
  if (text === null) {
    await createKeyFile(keyDir, path);
    text = await readIfExists(path);
    if (text === null) throw new AppError('data_dir_unwritable', `the identity index key ${path} vanished after creation`);
  }
  if (process.platform !== 'win32') {
    const { mode } = await stat(path);
    if ((mode & 0o077) !== 0) throw new AppError('signing_key_invalid', `${path} has mode ${(mode & 0o777).toString(8)}; it must be readable by its owner only (chmod 600)`, { path });
  }
  const hex = text.trim();
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new AppError('signing_key_invalid', `${path} must hold 64 lowercase hex characters`, { path });
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}

async function createKeyFile(keyDir: string, path: string): Promise<void> {
  try {
    await mkdir(keyDir, { recursive: true, mode: 0o700 });
    const temporaryPath = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temporaryPath, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    try {
      await link(temporaryPath, path);
    } catch (error) {
      // Another process published its key first: keep theirs.
      if (!(error instanceof Error && (error as NodeJS.ErrnoException).code === 'EEXIST')) throw error;
    } finally {
      await unlink(temporaryPath);
    }
  } catch (error) {
    throw new AppError('data_dir_unwritable', `cannot create the identity index key in ${keyDir}: ${(error as Error).message}`, { keyDir });
  }
}

async function readIfExists(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new AppError('signing_key_invalid', `cannot read ${path}: ${(error as Error).message}`, { path });
  }
}
