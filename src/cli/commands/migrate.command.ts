import type { Command } from 'commander';
import { migrateDown, migrateToLatest } from '../../db/migrator.js';
import { readConfig } from '../config.js';
import { openRuntime } from '../runtime.js';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('Apply pending schema migrations (or revert the newest with --down)')
    .option('--down', 'revert the newest migration instead')
    .action(async (options: { down?: boolean }) => {
      const runtime = await openRuntime(readConfig(), { migrate: false });
      try {
        const names = options.down ? await migrateDown(runtime.database.db) : await migrateToLatest(runtime.database.db);
        process.stdout.write(names.length === 0 ? 'migrate: nothing to do\n' : `migrate: ${options.down ? 'reverted' : 'applied'} ${names.join(', ')}\n`);
      } finally {
        await runtime.close();
      }
    });
}
