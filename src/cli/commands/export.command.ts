import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Command } from 'commander';
import { caseStateSchema } from '../../core/schemas/case.schema.js';
import { systemPrincipal } from '../../core/principal.js';
import { EXPORT_KINDS, exportRecords, type ExportFilters, type ExportKind } from '../../services/export/export-records.js';
import { ExitError } from '../cli-error.js';
import { readConfig } from '../config.js';
import { progressLine } from '../progress-line.js';
import { openRuntime } from '../runtime.js';

export function registerExportCommand(program: Command): void {
  program
    .command('export <kind>')
    .description(`Stream ${EXPORT_KINDS.join(' | ')} to a file as CSV (formula-safe) or JSON Lines; audited`)
    .requiredOption('--out <file>', 'output file')
    .option('--format <format>', 'csv | jsonl', 'csv')
    .option('--state <state>', 'cases in this state')
    .option('--destination-country <code>', 'cases proposed to this country')
    .option('--agreement-id <uuid>', 'cases under this agreement')
    .option('--person-id <uuid>', 'cases of this person')
    .action(async (kind: string, options: { out: string; format: string; state?: string; destinationCountry?: string; agreementId?: string; personId?: string }) => {
      if (!(EXPORT_KINDS as readonly string[]).includes(kind)) throw new ExitError(2, `export: kind must be one of ${EXPORT_KINDS.join(', ')}`);
      if (options.format !== 'csv' && options.format !== 'jsonl') throw new ExitError(2, 'export: --format must be csv or jsonl');
      const filters: ExportFilters = {
        ...(options.state !== undefined && { state: caseStateSchema.parse(options.state) }),
        ...(options.destinationCountry !== undefined && { destinationCountry: options.destinationCountry }),
        ...(options.agreementId !== undefined && { agreementId: options.agreementId }),
        ...(options.personId !== undefined && { personId: options.personId }),
      };
      const runtime = await openRuntime(readConfig());
      const progress = progressLine(process.stderr.isTTY);
      try {
        const out = createWriteStream(options.out);
        const started = Date.now();
        const summary = await exportRecords(runtime.services, systemPrincipal('cli'), kind as ExportKind, options.format, filters, out, {
          onProgress: (rows) => progress.update(`export ${kind}: ${rows} rows · ${Math.round(rows / Math.max((Date.now() - started) / 1000, 0.001))} rows/s`),
        });
        progress.done();
        out.end();
        await finished(out);
        process.stdout.write(`export ${kind}: ${summary.rows} rows to ${options.out} (sha256 ${summary.sha256})\n`);
      } finally {
        progress.done();
        await runtime.close();
      }
    });
}
