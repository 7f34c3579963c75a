import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { appendAudit } from '../../audit/audit-log.js';
import { openDatabase } from '../../db/database.js';
import { migrateToLatest } from '../../db/migrator.js';
import { ExitError } from '../cli-error.js';
import { registerAuditCommand } from './audit.command.js';

/**
 * The audit commands in-process, against a PGlite data directory, as an
 * operator and an oversight witness would run them. stdout is captured, not replaced.
 */
describe('waypoint audit commands', () => {
  let root: string;
  let dataDir: string;
  let previousDataDir: string | undefined;
  let previousDatabaseUrl: string | undefined;

  async function run(...args: string[]): Promise<{ stdout: string; exit: ExitError | null }> {
    const program = new Command('waypoint').exitOverride();
    registerAuditCommand(program);
    const chunks: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      chunks.push(chunk.toString());
      return true;
    });
    try {
      await program.parseAsync(['node', 'waypoint', ...args]);
      return { stdout: chunks.join(''), exit: null };
    } catch (error) {
      if (error instanceof ExitError) return { stdout: chunks.join(''), exit: error };
      throw error;
    } finally {
      spy.mockRestore();
    }
  }

  async function withDatabase(work: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<void>): Promise<void> {
    const database = await openDatabase({ kind: 'pglite', dataDir });
    try {
      await migrateToLatest(database.db);
      await work(database.db);
    } finally {
      await database.close();
    }
  }

  async function writeEntries(count: number, at: string): Promise<void> {
    await withDatabase(async (db) => {
      await db.transaction().execute(async (trx) => {
        for (let index = 0; index < count; index += 1) {
          await appendAudit(trx, { actor: 'user:alice', action: index === 0 ? 'case.read' : 'case.update', resourceType: 'case', resourceId: 'c-1', details: index === 0 ? { fieldGroups: ['identity'] } : {}, at });
        }
      });
    });
  }

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'waypoint-audit-cli-'));
    dataDir = join(root, 'data');
    previousDataDir = process.env.WAYPOINT_DATA_DIR;
    previousDatabaseUrl = process.env.DATABASE_URL;
    process.env.WAYPOINT_DATA_DIR = dataDir;
    delete process.env.DATABASE_URL;
  });
  afterAll(async () => {
    if (previousDataDir === undefined) delete process.env.WAYPOINT_DATA_DIR;
    else process.env.WAYPOINT_DATA_DIR = previousDataDir;
    if (previousDatabaseUrl !== undefined) process.env.DATABASE_URL = previousDatabaseUrl;
    await rm(root, { recursive: true, force: true });
  });

  it('signs, exports, witnesses, verifies, reports, then catches a truncation only the witness can see', { timeout: 240_000 }, async () => {
    const witnessState = join(root, 'oversight', 'witness.json');
    const exportFile = join(root, 'checkpoint.json');

    expect((await run('audit', 'checkpoint', 'create')).stdout).toBe('checkpoint: nothing new to sign\n');
    await writeEntries(4, '2026-01-10T10:00:00.000Z');
    expect((await run('audit', 'checkpoint', 'create')).stdout).toMatch(/^checkpoint: signed size 4 root [0-9a-f]{64} signed \S+Z\n$/);
    await writeEntries(3, '2026-01-11T10:00:00.000Z');
    expect((await run('audit', 'checkpoint', 'create')).stdout).toMatch(/^checkpoint: signed size 7 /);

    await run('audit', 'checkpoint', 'export', '--out', exportFile);
    const key = join(dataDir, 'keys', 'audit-ed25519.pub.pem');
    expect((await run('audit', 'witness', '--from', exportFile, '--state', witnessState, '--key', key)).stdout).toMatch(/^witness: accepted size 7 .* \(first head; key pinned\)\n$/);
    expect((await run('audit', 'witness', '--from', exportFile, '--state', witnessState)).stdout).toMatch(/^witness: unchanged size 7 /);

    const verified = await run('audit', 'verify', '--witness', witnessState);
    expect(verified.exit).toBeNull();
    expect(verified.stdout.split('\n')).toEqual([
      expect.stringMatching(/^audit: OK 7 entries, head [0-9a-f]{64}$/),
      expect.stringMatching(/^audit: 2 checkpoints verified, latest size 7 root [0-9a-f]{64} signed \S+$/),
      'audit: contains the witness head of size 7',
      '',
    ]);

    const report = await run('audit', 'report', '--resource', 'case:c-1', '--from', '2026-01-11T00:00:00Z', '--to', '2026-01-12T00:00:00Z');
    expect(report.stdout.split('\n').slice(0, 2)).toEqual([
      'access to case:c-1 from 2026-01-11T00:00:00Z to 2026-01-12T00:00:00Z: 3 entries',
      '  user:alice: 1 reads, 2 changes, saw identity',
    ]);

    await withDatabase(async (db) => {
      await sql`alter table audit_log_rows disable trigger user; delete from audit_log_rows where seq > 5; alter table audit_log_rows enable trigger user`.execute(db);
      await sql`alter table audit_checkpoints disable trigger user; delete from audit_checkpoints where tree_size > 5; alter table audit_checkpoints enable trigger user`.execute(db);
    });
    expect((await run('audit', 'verify')).exit).toBeNull();
    const caught = await run('audit', 'verify', '--witness', witnessState);
    expect(caught.exit?.exitCode).toBe(1);
    expect(caught.exit?.message).toMatch(/^audit: TAMPERED against the witness \(first missing seq 6\): the witness head of size 7 signed at \S+ covers 7 entries but the log has 5/);
  });

  it('exits 1 at the checkpoint when newest entries under it are deleted', { timeout: 120_000 }, async () => {
    dataDir = join(root, 'data-truncated');
    process.env.WAYPOINT_DATA_DIR = dataDir;
    await writeEntries(3, '2026-01-12T10:00:00.000Z');
    await run('audit', 'checkpoint', 'create');
    await withDatabase(async (db) => {
      await sql`alter table audit_log_rows disable trigger user; delete from audit_log_rows where seq = 3; alter table audit_log_rows enable trigger user`.execute(db);
    });
    const result = await run('audit', 'verify');
    expect(result.exit?.exitCode).toBe(1);
    expect(result.exit?.message).toBe('audit: TAMPERED at checkpoint 1 (first missing seq 3): checkpoint 1 (size 3) is signed over 3 entries but the log has 2: entries 3..3 were removed');
  });

  it('exits 2 when it cannot judge: unreadable witness file, missing export', async () => {
    const badState = join(root, 'bad.json');
    await writeFile(badState, '{not json');
    const verify = await run('audit', 'verify', '--witness', badState);
    expect(verify.exit?.exitCode).toBe(2);
    expect(verify.exit?.message).toMatch(/^audit: could not run: witness_state_invalid: /);
    const witness = await run('audit', 'witness', '--from', join(root, 'none.json'), '--state', join(root, 'w2.json'));
    expect(witness.exit?.exitCode).toBe(2);
    expect(witness.exit?.message).toMatch(/^witness: could not run: validation_failed: cannot read checkpoint export /);
  });

  it('refuses a malformed resource reference with exit 2', async () => {
    const result = await run('audit', 'report', '--resource', 'case', '--from', '2026-01-01T00:00:00Z', '--to', '2026-01-02T00:00:00Z');
    expect(result.exit?.exitCode).toBe(2);
  });
});
