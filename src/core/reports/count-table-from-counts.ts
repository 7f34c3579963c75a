import type { CountTable } from '../disclosure/index.js';
import { createCountTable } from '../disclosure/index.js';

/**
 * A country × period count table from grouped counts. Counts for a label
 * outside the given rows or columns are dropped (e.g. a case without a
 * destination has no receiving country); repeated keys add up.
 *
 * @example countTableFromCounts(['RW'], ['2026-Q1'], [{ row: 'RW', column: '2026-Q1', count: 7 }]).cells // [[7]]
 */
export function countTableFromCounts(
  rowLabels: readonly string[],
  columnLabels: readonly string[],
  counts: readonly { readonly row: string | null; readonly column: string; readonly count: number }[],
): CountTable {
  const cells = rowLabels.map(() => columnLabels.map(() => 0));
  for (const { row, column, count } of counts) {
    const rowIndex = row === null ? -1 : rowLabels.indexOf(row);
    const columnIndex = columnLabels.indexOf(column);
    const cellRow = cells[rowIndex];
    if (cellRow === undefined || columnIndex < 0) continue;
    cellRow[columnIndex] = (cellRow[columnIndex] ?? 0) + count;
  }
  return createCountTable(rowLabels, columnLabels, cells);
}
