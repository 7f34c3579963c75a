import { createHash } from 'node:crypto';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql } from 'kysely';
import type { Database } from '../../db/database.js';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader, type BackupTrailer, type TableDigest } from './backup-format.js';
import { appliedMigrations, listBackedUpTables, readSequences, readTableRows } from './database-tables.js';

export interface BackupSummary {
  readonly tables: Readonly<Record<string, TableDigest>>;
  readonly totalRows: number;
}

/**
 * Writes a consistent logical snapshot of the whole database to `out`
 * (gzip JSON Lines, see backup-format.ts): one REPEATABLE READ transaction
 * reads every table parents first, so the file is one instant of the
 * database even while others write. Works the same on PGlite and PostgreSQL,
 * and a backup of one restores into the other.
 *
 * @example await createBackup(database, createWriteStream('waypoint.backup.jsonl.gz'), new Date().toISOString());
 */
export async function createBackup(database: Pick<Database, 'db' | 'kind'>, out: Writable, createdAt: string): Promise<BackupSummary> {
  const gzip = createGzip();
  gzip.pipe(out);
  const write = async (value: unknown, raw?: string) => {
    if (!gzip.write(`${raw ?? JSON.stringify(value)}\n`)) await once(gzip, 'drain');
  };
  const summary = await database.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      await sql`set local timezone = 'UTC'`.execute(trx);
      const migrations = await appliedMigrations(trx);
      const header: BackupHeader = { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt, engine: database.kind, migrations };
      await write(header);
      const tables: Record<string, TableDigest> = {};
      let totalRows = 0;
      for (const table of await listBackedUpTables(trx)) {
        const hash = createHash('sha256');
        let rows = 0;
        const prefix = `{"t":${JSON.stringify(table.name)},"r":`;
        for await (const page of readTableRows(trx, table)) {
          for (const row of page) {
            hash.update(`${row}\n`);
            await write(null, `${prefix}${row}}`);
          }
          rows += page.length;
        }
        tables[table.name] = { rows, sha256: hash.digest('hex') };
        totalRows += rows;
      }
      const trailer: BackupTrailer = { tables, sequences: await readSequences(trx) };
      await write({ trailer });
      return { tables, totalRows };
    });
  gzip.end();
  await finished(out);
  return summary;
}
