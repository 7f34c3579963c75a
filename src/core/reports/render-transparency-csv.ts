import { publishedValueText } from './published-value-text.js';
import type { ReportTable } from './report-table.js';
import { renderReportCsv } from './render-report-csv.js';
import type { TransparencyReport } from './transparency-report.js';

/**
 * The published tables as report tables: one row per country with its
 * quarters and total, a last row of quarter totals; suppressed numbers as "–".
 *
 * @example transparencyReportTables(report)[0]?.columns // ['country', '2026-Q1', 'total']
 */
export function transparencyReportTables(report: TransparencyReport): ReportTable[] {
  return report.tables.map(({ id, title, unit, table }) => ({
    id,
    title: `${title} (${unit})`,
    columns: ['country', ...table.columnLabels, 'total'],
    rows: [
      ...table.rowLabels.map((label, row) => [label, ...(table.cells[row] ?? []).map(publishedValueText), publishedValueText(table.rowTotals[row])]),
      ['total', ...table.columnTotals.map(publishedValueText), publishedValueText(table.grandTotal)],
    ],
  }));
}

/**
 * CSV of the public report: a header section with the period, version and
 * method statement, then one section per table.
 *
 * @example renderTransparencyCsv(report).startsWith('# report: ')
 */
export function renderTransparencyCsv(report: TransparencyReport): string {
  const about: ReportTable = {
    id: 'report',
    title: report.title,
    columns: ['field', 'value'],
    rows: [
      ['period_from', report.period.from],
      ['period_to', report.period.to],
      ['version', report.version === null ? 'preview' : report.version],
      ['generated_at', report.generatedAt],
      ['threshold', report.parameters.threshold],
      ['rounding_base', report.parameters.roundingBase],
      ['method', report.method],
      ...report.notes.map((note) => ['note', note]),
    ],
  };
  return renderReportCsv([about, ...transparencyReportTables(report)]);
}
