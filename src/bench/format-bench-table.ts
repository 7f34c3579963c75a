import type { BenchRow } from './bench-row.js';

/**
 * The benchmark table as fixed-width text: metric, value, baseline, ratio, goal, result.
 *
 * @example process.stdout.write(formatBenchTable(report.rows));
 */
export function formatBenchTable(rows: readonly BenchRow[]): string {
  const header = ['metric', 'value', 'baseline', 'ratio', 'goal', 'result'];
  const lines = rows.map((row) =>
    row.unavailable !== undefined
      ? [row.metric, 'not available', '', '', row.goal, row.unavailable]
      : [
          row.metric,
          `${figure(row.value)} ${row.unit}`,
          row.baseline === null ? row.baselineLabel : `${figure(row.baseline)} ${row.unit} (${row.baselineLabel})`,
          row.ratio === null ? '' : `${(row.ratio * 100).toFixed(0)}%`,
          row.goal,
          row.pass === null ? '' : row.pass ? 'pass' : 'FAIL',
        ],
  );
  const widths = header.map((_, column) => Math.max(...[header, ...lines].map((line) => (line[column] ?? '').length)));
  const render = (line: readonly string[]): string => line.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  return [render(header), render(widths.map((w) => '-'.repeat(w))), ...lines.map(render)].join('\n') + '\n';
}

function figure(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US');
  if (Math.abs(value) >= 1) return value.toFixed(1);
  return value.toPrecision(2);
}
