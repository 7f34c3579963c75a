import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import pg from 'pg';
import { createAuthorizer } from '../../access/authorizer.js';
import { AuditSealer } from '../../audit/sealer.js';
import { openDatabase, type Database } from '../../db/database.js';
import { migrateToLatest } from '../../db/migrator.js';
import { seedDemo } from '../../services/demo/seed-demo.js';
import { measureImportVsCopy } from '../../services/import/measure-import-vs-copy.js';
import { csvRecord } from '../../core/import/csv-writer.js';
import { systemPrincipal } from '../../core/principal.js';
import { importCases, type ImportProgress } from '../../services/import/import-cases.js';
import { DEFAULT_IMPORT_SIZE_LIMIT } from '../../services/import/import-source.js';
import { AppError } from '../../core/errors.js';
import { ExitError } from '../cli-error.js';
import { readConfig } from '../config.js';
import { progressLine, type ProgressLine } from '../progress-line.js';
import { openRuntime, systemClock } from '../runtime.js';

/** A progress bar with rows/s and ETA on a terminal; plain lines (for logs) otherwise. */
function progressPrinter(totalBytes: number, isTty: boolean, progress: ProgressLine): (progress: ImportProgress) => void {
  const started = Date.now();
  return (state) => {
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    const rate = Math.round(state.rowsRead / seconds);
    const fraction = totalBytes > 0 ? Math.min(state.bytesRead / totalBytes, 1) : 0;
    const eta = fraction > 0 ? Math.round(seconds / fraction - seconds) : 0;
    const counts = `${state.rowsRead} rows · ${state.imported} imported · ${state.skipped} already imported · ${state.rejected} rejected · ${rate} rows/s`;
    if (isTty) {
      const width = 30;
      const filled = Math.round(fraction * width);
      progress.update(`[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round(fraction * 100)}% ${counts} · ETA ${eta}s`);
    } else {
      progress.update(`import: ${Math.round(fraction * 100)}% ${counts}`, fraction === 1);
    }
  };
}

export function registerImportCommand(program: Command): void {
  // `import` is shared with `import cable` (documents): join it if it exists.
  const importCommand = program.commands.find((command) => command.name() === 'import') ?? program.command('import').description('Import records from files (cases: docs/IMPORT.md)');
  importCommand
    .command('cases <file>')
    .description('Import people and their cases from CSV or JSON Lines (.jsonl/.ndjson); re-running a file imports nothing twice')
    .option('--mode <mode>', 'all-or-nothing | valid-rows', 'valid-rows')
    .option('--report <file>', 'write every rejected row (line, column, reason, message) to this CSV file')
    .option('--agency <agency>', 'owning agency of the imported cases', '')
    .option('--max-bytes <n>', 'refuse larger files', String(DEFAULT_IMPORT_SIZE_LIMIT))
    .action(async (file: string, options: { mode: string; report?: string; agency: string; maxBytes: string }) => {
      if (options.mode !== 'all-or-nothing' && options.mode !== 'valid-rows') throw new ExitError(2, 'import cases: --mode must be all-or-nothing or valid-rows');
      const sizeLimit = Number(options.maxBytes);
      const size = statSync(file).size;
      if (size > sizeLimit) throw new AppError('import_too_large', `${file} is ${size} bytes, over the import limit of ${sizeLimit} bytes`, { limit: sizeLimit });
      const report = options.report === undefined ? null : createWriteStream(options.report);
      report?.write(csvRecord(['line', 'column', 'reason', 'message']));
      const runtime = await openRuntime(readConfig());
      const progress = progressLine(process.stderr.isTTY);
      try {
        const result = await importCases(runtime.services, systemPrincipal('cli'), createReadStream(file), {
          format: /\.(jsonl|ndjson)$/i.test(file) ? 'jsonl' : 'csv',
          mode: options.mode,
          fileName: basename(file),
          sizeLimit,
          agency: options.agency,
          onProgress: progressPrinter(size, process.stderr.isTTY, progress),
          onRejected: (problem) => report?.write(csvRecord([problem.line, problem.column, problem.reason, problem.message])),
        });
        progress.done();
        process.stdout.write(
          `import ${result.runId}: ${result.status}; ${result.rowsRead} rows read, ${result.imported} imported, ${result.skipped} already imported, ${result.rejected} rejected (sha256 ${result.fileSha256})\n`,
        );
        if (result.rejected > 0) throw new ExitError(1, `import: ${result.rejected} rows rejected${options.report === undefined ? ' (use --report <file> for the list)' : `; see ${options.report}`}`);
      } finally {
        progress.done();
        await runtime.close();
        await new Promise<void>((resolve) => (report === null ? resolve() : report.end(resolve)));
      }
    });
  importCommand
    .command('measure')
    .description('Import generated valid rows into a throwaway database and COPY the same rows: prints import rows/s, COPY rows/s and the ratio (issue goal: ≥ 25%)')
    .option('--rows <n>', 'rows to import and copy', '100000')
    .action(async (options: { rows: string }) => {
      const rows = Number(options.rows);
      if (!Number.isInteger(rows) || rows < 1) throw new ExitError(2, 'import measure: --rows must be a positive integer');
      const result = await withThrowawayDatabase(process.env.DATABASE_URL?.trim() || undefined, async (database) => {
        const sealer = new AuditSealer(database.db);
        // A throwaway database: its blind index and its wrapped person keys need no lasting keys.
        const services = { db: database.db, clock: systemClock, sealer, authorizer: await createAuthorizer({ clock: systemClock }), identityIndexKey: randomBytes(32), personKeyEncryptionKey: randomBytes(32) };
        try {
          await seedDemo(services, systemPrincipal('cli'));
          return await measureImportVsCopy(services, database, rows);
        } finally {
          await sealer.stop();
        }
      });
      process.stdout.write(
        [
          `import measure (${process.env.DATABASE_URL ? 'postgres' : 'pglite'}, ${result.rows} rows)`,
          `import:                        ${result.importRowsPerSecond} rows/s`,
          `COPY into a scratch table:     ${result.copyRowsPerSecond} rows/s`,
          `ratio:                         ${(result.ratio * 100).toFixed(1)}% (goal ≥ 25%)`,
          `COPY into people/cases/import_rows (rolled back): ${result.copyIntoTablesRowsPerSecond} rows/s; import is ${((result.importRowsPerSecond / result.copyIntoTablesRowsPerSecond) * 100).toFixed(0)}% of it`,
          '',
        ].join('\n'),
      );
    });
}

/**
 * An in-memory PGlite, or with a PostgreSQL URL a `waypoint_measure_<random>`
 * database created on that server and dropped afterwards: the measurement
 * writes 2 × rows people and cases, never into a database in use.
 */
async function withThrowawayDatabase<T>(serverUrl: string | undefined, work: (database: Database) => Promise<T>): Promise<T> {
  if (serverUrl === undefined) {
    const database = await openDatabase({ kind: 'pglite', dataDir: null });
    try {
      await migrateToLatest(database.db);
      return await work(database);
    } finally {
      await database.close();
    }
  }
  const name = `waypoint_measure_${randomBytes(6).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  try {
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 4 });
    try {
      await migrateToLatest(database.db);
      return await work(database);
    } finally {
      await database.close();
    }
  } finally {
    await admin(`drop database if exists ${name} with (force)`);
  }
}
