import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { systemPrincipal } from '../../core/principal.js';
import { importCable } from '../../services/documents/import-cable.js';
import { NO_LINKS } from '../../services/documents/store-document.js';
import { readConfig } from '../config.js';
import { openRuntime } from '../runtime.js';

/**
 * `waypoint import cable <file> [--distribution LIST…] [--releasable-to CC…]`: parses and stores a
 * telegram; a malformed one exits with every error and its line, nothing stored.
 *
 * @example waypoint import cable demo/cables/2025-06-02-state-assurances-instructions.txt --distribution KIGALI-NODIS
 */
export function registerImportCableCommand(program: Command): void {
  const importCommand = program.commands.find((command) => command.name() === 'import') ?? program.command('import').description('Import records from files');
  importCommand
    .command('cable <file>')
    .description('Import a cable (telegram text) with its portion marks')
    .option('--distribution <names...>', 'named distribution for NODIS/EXDIS', [])
    .option('--releasable-to <countries...>', 'receiving states it is released to', [])
    .action(async (file: string, options: { distribution: string[]; releasableTo: string[] }) => {
      const runtime = await openRuntime(readConfig());
      try {
        const result = await importCable(runtime.services, systemPrincipal(runtime.config.operatorActor), {
          text: readFileSync(file, 'utf8'),
          filename: basename(file),
          distribution: options.distribution,
          releasableTo: options.releasableTo,
          links: NO_LINKS,
        });
        process.stdout.write(`imported ${result.document.id} ${result.document.classification} ${result.paragraphCount} paragraphs sha256 ${result.attachment?.sha256 ?? '-'}\n`);
      } finally {
        await runtime.close();
      }
    });
}
