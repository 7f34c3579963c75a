#!/usr/bin/env node
import '../access/v8-workarounds.js';
import { Command, CommanderError } from 'commander';
import { describeFailure } from './cli-error.js';
import { registerAgreementsCommand } from './commands/agreements.command.js';
import { registerReportCommand } from './commands/report.command.js';
import { registerAuditCommand } from './commands/audit.command.js';
import { registerBenchCommand } from './commands/bench.command.js';
import { registerDecisionsCommand } from './commands/decisions.command.js';
import { registerRulesCommand } from './commands/rules.command.js';
import { registerMigrateCommand } from './commands/migrate.command.js';
import { registerSeedCommand } from './commands/seed.command.js';
import { registerServeCommand } from './commands/serve.command.js';
import { registerUsersCommand } from './commands/users.command.js';
import { registerImportCommand } from './commands/import-cases.command.js';
import { registerExportCommand } from './commands/export.command.js';
import { registerBackupCommands } from './commands/backup.command.js';
import { registerImportCableCommand } from './commands/import-cable.command.js';
import { registerDocumentsCommand } from './commands/documents.command.js';
import { registerTransfersCommand } from './commands/transfers.command.js';
import { registerPeopleCommand } from './commands/people.command.js';

/** The `waypoint` command. Every failure is one line on stderr and a non-zero exit. */
export function buildProgram(): Command {
  const program = new Command('waypoint')
    .description('Waypoint: third-country relocation case system with safeguards as code and a tamper-evident log')
    .version('0.1.0')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)');
  registerServeCommand(program);
  registerMigrateCommand(program);
  registerSeedCommand(program);
  registerAuditCommand(program);
  registerAgreementsCommand(program);
  registerReportCommand(program);
  registerRulesCommand(program);
  registerDecisionsCommand(program);
  registerUsersCommand(program);
  registerImportCommand(program);
  registerExportCommand(program);
  registerBackupCommands(program);
  registerBenchCommand(program);
  // After registerImportCommand: `import cable` joins the existing `import` command.
  registerImportCableCommand(program);
  registerDocumentsCommand(program);
  registerTransfersCommand(program);
  registerPeopleCommand(program);
  return program;
}

async function main(): Promise<void> {
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    const { line, exitCode } = describeFailure(error);
    process.stderr.write(`${line}\n`);
    process.exitCode = exitCode;
  }
}

await main();
