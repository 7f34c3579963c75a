import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import type { Command } from 'commander';
import { createBackup } from '../../services/backup/create-backup.js';
import { restoreBackup } from '../../services/backup/restore-backup.js';
import { ExitError } from '../cli-error.js';
import { readConfig } from '../config.js';
import { openRuntime } from '../runtime.js';

export function registerBackupCommands(program: Command): void {
  program
    .command('backup <file>')
    .description('Write a consistent snapshot of the whole database (gzip JSON Lines; restores into PGlite or PostgreSQL)')
    .action(async (file: string) => {
      const runtime = await openRuntime(readConfig());
      try {
        await runtime.services.sealer.flush();
        const summary = await createBackup(runtime.database, createWriteStream(file), new Date().toISOString());
        process.stdout.write(`backup: ${summary.totalRows} rows in ${Object.keys(summary.tables).length} tables to ${file}\n`);
      } finally {
        await runtime.close();
      }
    });
  program
    .command('restore <file>')
    .description('Load a backup into this database in one transaction (refuses a non-empty database without --force); then run `waypoint audit verify`')
    .option('--force', 'replace the data of a non-empty database')
    .action(async (file: string, options: { force?: boolean }) => {
      if (!existsSync(file)) throw new ExitError(1, `restore: ${file} does not exist`);
      const runtime = await openRuntime(readConfig());
      try {
        const summary = await restoreBackup(runtime.database, createReadStream(file), { force: options.force === true });
        process.stdout.write(`restore: ${summary.totalRows} rows in ${Object.keys(summary.tables).length} tables from a ${summary.header.engine} backup of ${summary.header.createdAt}; counts and hashes match\n`);
      } finally {
        await runtime.close();
      }
    });
}
