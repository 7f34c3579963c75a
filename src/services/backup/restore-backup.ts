import { createHash } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { sql } from 'kysely';
import { AppError } from '../../core/errors.js';
import type { Database } from '../../db/database.js';
import type { Tx } from '../../db/schema.js';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader, type BackupTrailer, type TableDigest } from './backup-format.js';
import { appliedMigrations, listBackedUpTables, readTableRows, type BackedUpTable } from './database-tables.js';

export interface RestoreSummary {
  readonly header: BackupHeader;
  readonly tables: Readonly<Record<string, TableDigest>>;
  readonly totalRows: number;
}

/** Tables a freshly migrated database already fills (reference data): they do not make it "non-empty". */
const REFERENCE_TABLES = new Set(['countries']);
const INSERT_BATCH = 1_000;

/**
 * Restores a backup written by createBackup into this database, in one
 * transaction: either the whole backup is loaded and checked, or nothing
 * changes. Refuses a database holding data unless `force` (then it is
 * replaced). Refuses a backup of another schema, a truncated file, and any
 * table whose reloaded rows do not hash to the backup's trailer.
 *
 * The audit log is restored verbatim, sealed entries with their seq and
 * hashes, so the chain verifies afterwards; nothing is re-sealed. The guard
 * triggers of the append-only tables (audit_log, audit_checkpoints,
 * person_keys, …) refuse TRUNCATE by design, so user triggers are disabled
 * only for the load, inside this transaction (ALTER TABLE is transactional:
 * no other session ever sees them off, and a failed restore leaves them on).
 * Foreign keys stay enforced: tables load parents first.
 *
 * @example await restoreBackup(database, createReadStream('waypoint.backup.jsonl.gz'), { force: false });
 */
export async function restoreBackup(database: Pick<Database, 'db'>, input: Readable, options: { readonly force: boolean }): Promise<RestoreSummary> {
  const lines = createInterface({ input: input.pipe(createGunzip()), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const next = async (): Promise<string | undefined> => {
    try {
      const result = await lines.next();
      return result.done === true ? undefined : result.value;
    } catch (error) {
      throw new AppError('backup_invalid', `the backup file cannot be read: ${(error as Error).message}`, {});
    }
  };
  const header = parseHeader(await next());
  return database.db.transaction().execute(async (trx) => {
    await sql`set local timezone = 'UTC'`.execute(trx);
    const migrations = await appliedMigrations(trx);
    if (JSON.stringify(migrations) !== JSON.stringify(header.migrations)) {
      throw new AppError('backup_invalid', `the backup's schema (${header.migrations.length} migrations, last ${header.migrations.at(-1) ?? 'none'}) differs from this database's (${migrations.length}, last ${migrations.at(-1) ?? 'none'}); restore with the matching Waypoint version`, {});
    }
    const tables = await listBackedUpTables(trx);
    if (!options.force) await assertEmpty(trx, tables);
    for (const table of tables) await sql`alter table ${sql.table(table.name)} disable trigger user`.execute(trx);
    await sql`truncate ${sql.join(tables.map((table) => sql.table(table.name)))}`.execute(trx);

    const byName = new Map(tables.map((table) => [table.name, table]));
    const loaded: Record<string, { rows: number; hash: ReturnType<typeof createHash> }> = {};
    // The rows read but not yet inserted, all of one table (the file holds each table's rows together).
    const pending: { table: BackedUpTable | null; rows: string[] } = { table: null, rows: [] };
    const flush = async () => {
      const table = pending.table;
      if (table === null || pending.rows.length === 0) return;
      const columns = sql.join(table.columns.map((column) => sql.ref(column)));
      await sql`insert into ${sql.table(table.name)} (${columns}) overriding system value
        select ${columns} from jsonb_populate_recordset(null::${sql.table(table.name)}, ${`[${pending.rows.join(',')}]`}::jsonb)`.execute(trx);
      pending.rows = [];
    };
    let trailer: BackupTrailer | null = null;
    for (let line = await next(); line !== undefined; line = await next()) {
      if (line.startsWith('{"trailer":')) {
        trailer = (JSON.parse(line) as { trailer: BackupTrailer }).trailer;
        break;
      }
      const match = /^\{"t":"([a-z0-9_]+)","r":/.exec(line);
      const table = match === null ? undefined : byName.get(match[1] ?? '');
      if (match === null || table === undefined) throw new AppError('backup_invalid', `unexpected line in backup: ${line.slice(0, 60)}`, {});
      const row = line.slice(match[0].length, -1);
      if (pending.table !== table) {
        await flush();
        pending.table = table;
      }
      const digest = (loaded[table.name] ??= { rows: 0, hash: createHash('sha256') });
      digest.rows += 1;
      digest.hash.update(`${row}\n`);
      pending.rows.push(row);
      if (pending.rows.length >= INSERT_BATCH) await flush();
    }
    await flush();
    if (trailer === null) throw new AppError('backup_invalid', 'the backup file is truncated (no trailer with counts and hashes); nothing was restored', {});

    const fileDigests = Object.fromEntries(Object.entries(loaded).map(([name, d]) => [name, { rows: d.rows, sha256: d.hash.digest('hex') }]));
    // Re-read what was loaded: the database must now hold exactly the rows the backup's trailer describes.
    const restored: Record<string, TableDigest> = {};
    let totalRows = 0;
    for (const table of tables) {
      const hash = createHash('sha256');
      let rows = 0;
      for await (const page of readTableRows(trx, table)) {
        for (const row of page) hash.update(`${row}\n`);
        rows += page.length;
      }
      restored[table.name] = { rows, sha256: hash.digest('hex') };
      totalRows += rows;
      const expected = trailer.tables[table.name] ?? { rows: 0, sha256: createHash('sha256').digest('hex') };
      const inFile = fileDigests[table.name] ?? { rows: 0, sha256: expected.sha256 };
      if (expected.rows !== rows || expected.sha256 !== restored[table.name]?.sha256 || inFile.rows !== expected.rows) {
        throw new AppError('backup_invalid', `table ${table.name}: the backup lists ${expected.rows} rows, the file held ${inFile.rows} and ${rows} were restored, or their hashes differ; nothing was restored`, { table: table.name });
      }
    }
    for (const name of Object.keys(trailer.tables)) {
      if (!byName.has(name)) throw new AppError('backup_invalid', `the backup holds table ${name}, which this database does not have`, { table: name });
    }
    for (const [name, position] of Object.entries(trailer.sequences)) {
      await sql`select setval(${name}::regclass, ${position.lastValue}, ${position.isCalled})`.execute(trx);
    }
    for (const table of tables) await sql`alter table ${sql.table(table.name)} enable trigger user`.execute(trx);
    return { header, tables: restored, totalRows };
  });
}

function parseHeader(line: string | undefined): BackupHeader {
  let header: Partial<BackupHeader> | null = null;
  try {
    header = line === undefined ? null : (JSON.parse(line) as Partial<BackupHeader>);
  } catch {
    header = null;
  }
  if (header?.format !== BACKUP_FORMAT || !Array.isArray(header.migrations)) throw new AppError('backup_invalid', 'not a Waypoint backup file (no header line)', {});
  if (header.version !== BACKUP_VERSION) throw new AppError('backup_invalid', `backup format version ${String(header.version)} is not supported (this build reads ${BACKUP_VERSION})`, {});
  return header as BackupHeader;
}

async function assertEmpty(trx: Tx, tables: readonly BackedUpTable[]): Promise<void> {
  const holding: string[] = [];
  for (const table of tables) {
    if (REFERENCE_TABLES.has(table.name)) continue;
    const { rows } = await sql<{ any: boolean }>`select exists (select 1 from ${sql.table(table.name)}) as any`.execute(trx);
    if (rows[0]?.any === true) holding.push(table.name);
  }
  if (holding.length > 0) {
    throw new AppError('restore_target_not_empty', `the database is not empty (${holding.slice(0, 3).join(', ')}${holding.length > 3 ? ', …' : ''} hold rows); restore with --force to replace everything`, { tables: holding });
  }
}
