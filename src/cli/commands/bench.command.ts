import type { Command } from 'commander';
import { resolve } from 'node:path';
import { BENCH_NAMES, type BenchName } from '../../bench/bench-row.js';
import { BENCH_SCALES } from '../../bench/bench-scale.js';
import { formatBenchTable } from '../../bench/format-bench-table.js';
import { runBench } from '../../bench/run-bench.js';
import { ExitError } from '../cli-error.js';

/**
 * `waypoint bench [--only <name>] [--scale small|full] [--json]`: every hot path beside its
 * baseline measured in the same run; writes bench/results/latest.json. PGlite in a fresh
 * temporary directory by default; with DATABASE_URL, a throwaway database created on that server
 * and dropped at the end (also on Ctrl-C), so the database named is never written.
 */
export function registerBenchCommand(program: Command): void {
  program
    .command('bench')
    .description('Benchmark each hot path against its baseline in the same run; writes bench/results/latest.json')
    .option('--only <names>', `comma-separated benchmarks: ${BENCH_NAMES.join(', ')}`)
    .option('--scale <scale>', 'small (seconds, the default) or full (national scale, opt-in)', 'small')
    .option('--cases <n>', 'synthetic cases loaded before measuring (default: the scale\'s; the memory goal is stated at 1000000)')
    .option('--json', 'print the report as JSON instead of the table')
    .option('--out <file>', 'where to write the JSON report', 'bench/results/latest.json')
    .action(async (options: { only?: string; scale: string; cases?: string; json?: boolean; out: string }) => {
      if (options.scale !== 'small' && options.scale !== 'full') throw new ExitError(2, `waypoint bench: --scale is small or full, not ${options.scale}`);
      const cases = options.cases === undefined ? undefined : Number(options.cases);
      if (cases !== undefined && !(Number.isInteger(cases) && cases >= 0)) throw new ExitError(2, `waypoint bench: --cases is a whole number, not ${options.cases}`);
      const only = options.only === undefined ? undefined : options.only.split(',').map((name) => name.trim());
      const unknown = only?.filter((name) => !(BENCH_NAMES as readonly string[]).includes(name)) ?? [];
      if (unknown.length > 0) throw new ExitError(2, `waypoint bench: unknown benchmark ${unknown.join(', ')} (known: ${BENCH_NAMES.join(', ')})`);
      const report = await runBench({
        scale: cases === undefined ? BENCH_SCALES[options.scale] : { ...BENCH_SCALES[options.scale], backgroundCases: cases },
        ...(only !== undefined && { only: only as BenchName[] }),
        databaseUrl: process.env.DATABASE_URL?.trim() || undefined,
        resultsFile: resolve(options.out),
        onProgress: (line) => process.stderr.write(`${line}\n`),
      });
      if (options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else process.stdout.write(`waypoint bench (${report.database}, scale ${report.scale.name}, ${report.seconds.toFixed(1)} s)\n${formatBenchTable(report.rows)}`);
    });
}
