import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../core/errors.js';

/**
 * Reads the secret key file `fileName` in `keyDir`, creating it first with
 * `create()`'s text if it does not exist, and returns its text. The one
 * handling of Waypoint's key files outside the database (the audit signing
 * key, the people's blind index key): the directory is created 0700, the
 * file 0600 through a private temporary file published with link(2), which
 * fails if the file already exists — so two processes starting at once get
 * the same key (the loser reads the winner's). A file that group or others
 * can read is refused: a key others can read is a key others may have
 * copied. Parsing the text is the caller's.
 *
 * Throws AppError `signing_key_invalid` for an unreadable or group/world-readable
 * file, `data_dir_unwritable` if it cannot be created. `keyName` ("signing
 * key", "identity index key") names the key in the messages.
 *
 * @example const text = await loadOrCreateOwnerOnlyKeyFile(keyDir, 'person-identity-index.key', 'identity index key', () => `${randomBytes(32).toString('hex')}\n`);
 */
export async function loadOrCreateOwnerOnlyKeyFile(keyDir: string, fileName: string, keyName: string, create: () => string): Promise<string> {
  const path = join(keyDir, fileName);
  let text = await readKeyFileIfExists(path);
  if (text === null) {
    await createKeyFile(keyDir, path, keyName, create);
    text = await readKeyFileIfExists(path);
    if (text === null) throw new AppError('data_dir_unwritable', `the ${keyName} ${path} vanished after creation`);
  }
  await requireOwnerOnly(path);
  return text;
}

/**
 * The text of a key file, or null when it (or a directory on its path) does
 * not exist. Throws AppError `signing_key_invalid` when it exists but cannot be read.
 *
 * @example const published = await readKeyFileIfExists(join(keyDir, 'audit-ed25519.pub.pem'));
 */
export async function readKeyFileIfExists(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    // ENOTDIR: a path component is a file; creation will then report the directory as unwritable.
    if (isErrno(error, 'ENOENT') || isErrno(error, 'ENOTDIR')) return null;
    throw new AppError('signing_key_invalid', `cannot read ${path}: ${(error as Error).message}`, { path });
  }
}

async function createKeyFile(keyDir: string, path: string, keyName: string, create: () => string): Promise<void> {
  try {
    await mkdir(keyDir, { recursive: true, mode: 0o700 });
    const text = create();
    const temporaryPath = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temporaryPath, text, { mode: 0o600, flag: 'wx' });
    try {
      await link(temporaryPath, path);
    } catch (error) {
      // Another process published its key first: keep theirs.
      if (!isErrno(error, 'EEXIST')) throw error;
    } finally {
      await unlink(temporaryPath);
    }
  } catch (error) {
    throw new AppError('data_dir_unwritable', `cannot create the ${keyName} in ${keyDir}: ${(error as Error).message}`, { keyDir });
  }
}

async function requireOwnerOnly(path: string): Promise<void> {
  if (process.platform === 'win32') return;
  const { mode } = await stat(path);
  if ((mode & 0o077) !== 0) {
    throw new AppError('signing_key_invalid', `${path} has mode ${(mode & 0o777).toString(8)}; it must be readable by its owner only (chmod 600)`, { path });
  }
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
