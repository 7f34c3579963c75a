import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database.js';

/** The CLI as a user runs it: the built entry point in a child process (npm test builds first). */
const CLI = resolve(import.meta.dirname, '../../dist/cli/main.js');

function waypoint(args: string[], env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { env: { ...process.env, LOG_LEVEL: 'silent', ...env }, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Child processes on a loaded 2-core machine can take a while to start; these are not timing tests.
describe('waypoint CLI', { timeout: 240_000 }, () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'waypoint-cli-'));
  });
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('seeds the demo idempotently and verifies the audit chain', () => {
    const env = { WAYPOINT_DATA_DIR: dataDir };
    const first = waypoint(['seed', '--demo'], env);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/^seed: 10 users, 13 agreements, 40 people, 40 cases created$/m);
    expect(waypoint(['seed', '--demo'], env).stdout).toMatch(/^seed: 0 users, 0 agreements, 0 people, 0 cases created$/m);
    const verify = waypoint(['audit', 'verify'], env);
    expect(verify.status).toBe(0);
    expect(verify.stdout).toMatch(/^audit: OK \d+ entries, head [0-9a-f]{64}$/m);
  });

  it('exits 1 naming the first bad seq when an entry was edited', async () => {
    const database = await openDatabase({ kind: 'pglite', dataDir });
    await sql`alter table audit_log_rows disable trigger user; update audit_log_rows set leaf = replace(leaf, '"action":"', '"action":"forged.') where seq = 1; alter table audit_log_rows enable trigger user`.execute(database.db);
    await database.close();
    const verify = waypoint(['audit', 'verify'], { WAYPOINT_DATA_DIR: dataDir });
    expect(verify.status).toBe(1);
    expect(verify.stderr.trim()).toMatch(/^audit: TAMPERED at seq 1: /);
  });

  it('exits 2 when verification cannot run', () => {
    const verify = waypoint(['audit', 'verify'], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(verify.status).toBe(2);
    expect(verify.stderr.trim().split('\n')).toHaveLength(1);
    expect(verify.stderr).toMatch(/^audit: could not run: database_unavailable: cannot reach PostgreSQL/);
  });

  it('gives one line and a non-zero exit for bad configuration', () => {
    const unreachable = waypoint(['migrate'], { DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:1/none' });
    expect(unreachable.status).toBe(1);
    expect(unreachable.stderr.trim().split('\n')).toHaveLength(1);
    expect(unreachable.stderr).not.toContain('secret');

    // Root can write anywhere, so the unwritable directory is one whose parent is a regular file.
    writeFileSync(join(dataDir, 'not-a-directory'), 'x');
    const unwritable = waypoint(['migrate'], { WAYPOINT_DATA_DIR: join(dataDir, 'not-a-directory', 'data') });
    expect(unwritable.status).toBe(1);
    expect(unwritable.stderr).toMatch(/^waypoint: data_dir_unwritable: /);

    const noWhat = waypoint(['seed'], { WAYPOINT_DATA_DIR: dataDir });
    expect(noWhat.status).toBe(2);
  });

  it('keeps a second process out of a data directory in use', async () => {
    const lockedDir = mkdtempSync(join(tmpdir(), 'waypoint-lock-'));
    const server: ChildProcess = spawn(process.execPath, [CLI, 'serve', '--port', '0'], { env: { ...process.env, WAYPOINT_DATA_DIR: lockedDir, LOG_LEVEL: 'silent' }, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      await new Promise<void>((resolvePromise, reject) => {
        server.stdout?.on('data', (chunk: Buffer) => {
          if (chunk.toString().includes('serving')) resolvePromise();
        });
        server.once('exit', (code) => reject(new Error(`server exited early with ${String(code)}`)));
      });
      const second = waypoint(['migrate'], { WAYPOINT_DATA_DIR: lockedDir });
      expect(second.status).toBe(1);
      expect(second.stderr).toMatch(/^waypoint: data_dir_locked: data directory .* is in use by process \d+/);
    } finally {
      server.kill('SIGTERM');
      await new Promise((resolvePromise) => server.once('exit', resolvePromise));
      rmSync(lockedDir, { recursive: true, force: true });
    }
  });
});
