import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { systemPrincipal } from '../../core/principal.js';
import { renderReportCsv, renderTransparencyCsv } from '../../core/reports/index.js';
import { buildProgramStatistics } from '../../services/reports/build-program-statistics.js';
import { previewTransparencyReport } from '../../services/reports/preview-transparency-report.js';
import { renderTransparencyPdf } from '../../services/reports/render-transparency-pdf.js';
import { readConfig } from '../config.js';
import { ExitError } from '../cli-error.js';
import { openRuntime } from '../runtime.js';

const FORMATS = ['json', 'csv', 'pdf'] as const;
type ReportFormat = (typeof FORMATS)[number];

interface ReportOptions {
  readonly format: string;
  readonly from?: string;
  readonly to?: string;
  readonly out?: string;
  readonly threshold?: string;
  readonly roundingBase?: string;
  readonly groupBy?: string;
}

function integerOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new ExitError(2, `waypoint report: ${name} ${value} is not a whole number`);
  return Number(value);
}

/**
 * `waypoint report program|transparency --format json|csv|pdf --from YYYY-MM-DD --to YYYY-MM-DD [--out file]`
 * Program statistics (json|csv) act as the CLI operator; the transparency
 * report (json|csv|pdf) is the live preview under disclosure control
 * (--threshold ≥ 3, --rounding-base). Releases are stored through the API.
 *
 * @example waypoint report transparency --format pdf --from 2026-01-01 --to 2026-12-31 --out report.pdf
 */
export function registerReportCommand(program: Command): void {
  program
    .command('report <kind>')
    .description('Program statistics or the public transparency report: program|transparency')
    .option('--format <format>', `output format (${FORMATS.join(', ')})`, 'json')
    .option('--from <date>', 'first day, YYYY-MM-DD')
    .option('--to <date>', 'last day, YYYY-MM-DD')
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--threshold <n>', 'transparency: disclosure threshold (default 5, at least 3)')
    .option('--rounding-base <n>', 'transparency: round published numbers to multiples of n')
    .option('--group-by <grouping>', 'program: month or quarter', 'month')
    .action(async (kind: string, options: ReportOptions) => {
      if (kind !== 'program' && kind !== 'transparency') throw new ExitError(2, `waypoint report: ${kind} is not program or transparency`);
      if (!(FORMATS as readonly string[]).includes(options.format)) throw new ExitError(2, `waypoint report: --format ${options.format} is not one of ${FORMATS.join(', ')}`);
      const format = options.format as ReportFormat;
      if (kind === 'program' && format === 'pdf') throw new ExitError(2, 'waypoint report: pdf is available for the transparency report only');
      if (options.groupBy !== undefined && options.groupBy !== 'month' && options.groupBy !== 'quarter') throw new ExitError(2, `waypoint report: --group-by ${options.groupBy} is not month or quarter`);
      const threshold = integerOption('--threshold', options.threshold);
      const roundingBase = integerOption('--rounding-base', options.roundingBase);
      const runtime = await openRuntime(readConfig());
      let output: string | Uint8Array;
      try {
        if (kind === 'program') {
          const statistics = await buildProgramStatistics(runtime.services, systemPrincipal(runtime.config.operatorActor), { from: options.from, to: options.to, grouping: options.groupBy === 'quarter' ? 'quarter' : 'month' });
          output = format === 'csv' ? renderReportCsv(statistics.tables) : `${JSON.stringify(statistics, null, 2)}\n`;
        } else {
          const { report, check } = await previewTransparencyReport(runtime.services, { from: options.from, to: options.to, threshold, roundingBase });
          output =
            format === 'pdf'
              ? await renderTransparencyPdf(report)
              : format === 'csv'
                ? renderTransparencyCsv(report)
                : `${JSON.stringify({ report, disclosureCheck: { ok: check.ok, parameters: check.parameters } }, null, 2)}\n`;
        }
      } finally {
        await runtime.close();
      }
      if (options.out !== undefined) await writeFile(options.out, output);
      else process.stdout.write(output);
    });
}
