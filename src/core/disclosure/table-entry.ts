import type { CountTable } from './count-table.js';
import { tableMargins } from './count-table.js';

/**
 * Where a published number sits: an inner cell, a row total, a column total or
 * the grand total. Suppression and the audit treat all four alike, because a
 * small total discloses as much as a small cell.
 *
 * WARNING: stored inside report releases and their audit results; renaming a
 * `kind` breaks stored releases.
 */
export type TableEntry =
  | { readonly kind: 'cell'; readonly row: number; readonly column: number }
  | { readonly kind: 'rowTotal'; readonly row: number }
  | { readonly kind: 'columnTotal'; readonly column: number }
  | { readonly kind: 'grandTotal' };

/**
 * The table bordered by its margins: an (rows + 1) × (columns + 1) grid in which
 * grid[row][columns] is the row total, grid[rows][column] the column total and
 * grid[rows][columns] the grand total. Every grid line then obeys one rule —
 * its inner entries sum to its last entry — which is exactly what an attacker
 * can exploit, so both suppression and audit work on this grid.
 */
export interface BorderedGrid {
  readonly rowCount: number;
  readonly columnCount: number;
  readonly values: readonly (readonly number[])[];
}

/** @example borderedGrid(createCountTable(['a'], ['x'], [[4]])).values // [[4, 4], [4, 4]] */
export function borderedGrid(table: CountTable): BorderedGrid {
  const margins = tableMargins(table);
  const values = table.cells.map((row, rowIndex) => [...row, margins.rowTotals[rowIndex] ?? 0]);
  values.push([...margins.columnTotals, margins.grandTotal]);
  return { rowCount: table.rowLabels.length, columnCount: table.columnLabels.length, values };
}

/** Grid coordinates of an entry (see BorderedGrid). */
export interface GridPosition {
  readonly gridRow: number;
  readonly gridColumn: number;
}

/** @example entryAt(2, 3, { gridRow: 2, gridColumn: 1 }) // { kind: 'columnTotal', column: 1 } */
export function entryAt(rowCount: number, columnCount: number, position: GridPosition): TableEntry {
  const isTotalRow = position.gridRow === rowCount;
  const isTotalColumn = position.gridColumn === columnCount;
  if (isTotalRow && isTotalColumn) return { kind: 'grandTotal' };
  if (isTotalRow) return { kind: 'columnTotal', column: position.gridColumn };
  if (isTotalColumn) return { kind: 'rowTotal', row: position.gridRow };
  return { kind: 'cell', row: position.gridRow, column: position.gridColumn };
}

/** Human-readable name of an entry, for audit messages and the report. */
export function describeEntry(entry: TableEntry, table: Pick<CountTable, 'rowLabels' | 'columnLabels'>): string {
  switch (entry.kind) {
    case 'cell':
      return `${table.rowLabels[entry.row] ?? '?'} × ${table.columnLabels[entry.column] ?? '?'}`;
    case 'rowTotal':
      return `total of ${table.rowLabels[entry.row] ?? '?'}`;
    case 'columnTotal':
      return `total of ${table.columnLabels[entry.column] ?? '?'}`;
    case 'grandTotal':
      return 'grand total';
  }
}
