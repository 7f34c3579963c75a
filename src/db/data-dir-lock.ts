import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync, accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../core/errors.js';

/**
 * PGlite is a single-process database: two processes writing one data
 * directory would corrupt it. A lock file with the owner's pid keeps a second
 * server out; a lock left by a dead process is taken over.
 */
export function ensureWritableDirectory(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    throw new AppError('data_dir_unwritable', `data directory ${dir} is not writable: ${(error as Error).message}`, { dir });
  }
}

export function acquireDataDirLock(dir: string): () => void {
  ensureWritableDirectory(dir);
  const lockPath = join(dir, 'waypoint.lock');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new AppError('data_dir_unwritable', `cannot create ${lockPath}: ${(error as Error).message}`, { dir });
      }
      const ownerPid = Number(readFileSync(lockPath, 'utf8').trim());
      if (ownerPid && ownerPid !== process.pid && isProcessAlive(ownerPid)) {
        throw new AppError('data_dir_locked', `data directory ${dir} is in use by process ${ownerPid}; stop it or use another WAYPOINT_DATA_DIR`, { dir, ownerPid });
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new AppError('data_dir_locked', `could not lock data directory ${dir}`, { dir });
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
