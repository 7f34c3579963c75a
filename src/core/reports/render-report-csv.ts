import { csvRecord } from '../import/csv-writer.js';
import type { ReportTable } from './report-table.js';

/**
 * CSV of report tables, one section per table: a `# <id>: <title>` line, the
 * header, the rows, then an empty line. Fields go through the import module's
 * formula-safe writer (a label starting with `=`, `+`, `-` or `@` is quoted
 * and prefixed with `'`), so a hold reason or country name cannot become a
 * spreadsheet formula.
 *
 * @example renderReportCsv([{ id: 't', title: 'T', columns: ['a'], rows: [[1]] }]) === '# t: T\r\na\r\n1\r\n\r\n'
 */
export function renderReportCsv(tables: readonly ReportTable[]): string {
  return tables
    .map((table) => {
      const lines = [csvRecord([`# ${table.id}: ${table.title}`]), csvRecord(table.columns), ...table.rows.map((row) => csvRecord(row))];
      if (table.note !== undefined) lines.push(csvRecord([`# note: ${table.note}`]));
      return `${lines.join('')}\r\n`;
    })
    .join('');
}
