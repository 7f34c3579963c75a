import { AppError } from '../errors.js';

/**
 * A two-dimensional table of counts (e.g. receiving country × quarter). Cells
 * are non-negative integers; margins are derived, never supplied, so a table
 * can never carry totals that disagree with its cells.
 *
 * @example
 *   const table = createCountTable(['RW', 'UG'], ['2026-Q1', '2026-Q2'], [[3, 40], [12, 0]]);
 *   tableMargins(table).grandTotal === 55;
 */
export interface CountTable {
  readonly rowLabels: readonly string[];
  readonly columnLabels: readonly string[];
  /** cells[row][column] */
  readonly cells: readonly (readonly number[])[];
}

export interface TableMargins {
  readonly rowTotals: readonly number[];
  readonly columnTotals: readonly number[];
  readonly grandTotal: number;
}

/** Largest table the exact disclosure audit is sized for (the bound: 60 × 40). */
export const MAX_TABLE_ROWS = 60;
export const MAX_TABLE_COLUMNS = 40;

/**
 * Validates and freezes a count table.
 * Throws `validation_failed` for ragged rows, label/shape mismatch, duplicate
 * labels, sizes beyond 60 × 40, or cells that are not non-negative safe integers.
 *
 * @example createCountTable(['RW'], ['Q1'], [[7]])
 */
export function createCountTable(
  rowLabels: readonly string[],
  columnLabels: readonly string[],
  cells: readonly (readonly number[])[],
): CountTable {
  const problem = findShapeProblem(rowLabels, columnLabels, cells);
  if (problem !== null) {
    throw new AppError('validation_failed', `invalid count table: ${problem}`, { problem });
  }
  return Object.freeze({
    rowLabels: Object.freeze([...rowLabels]),
    columnLabels: Object.freeze([...columnLabels]),
    cells: Object.freeze(cells.map((row) => Object.freeze([...row]))),
  });
}

function findShapeProblem(
  rowLabels: readonly string[],
  columnLabels: readonly string[],
  cells: readonly (readonly number[])[],
): string | null {
  if (rowLabels.length === 0 || columnLabels.length === 0) return 'a table needs at least one row and one column';
  if (rowLabels.length > MAX_TABLE_ROWS) return `more than ${MAX_TABLE_ROWS} rows`;
  if (columnLabels.length > MAX_TABLE_COLUMNS) return `more than ${MAX_TABLE_COLUMNS} columns`;
  if (new Set(rowLabels).size !== rowLabels.length) return 'duplicate row label';
  if (new Set(columnLabels).size !== columnLabels.length) return 'duplicate column label';
  if (cells.length !== rowLabels.length) return 'row count differs from row labels';
  for (const row of cells) {
    if (row.length !== columnLabels.length) return 'a row has a different length from the column labels';
    for (const value of row) {
      if (!Number.isSafeInteger(value) || value < 0) return `cell value ${String(value)} is not a non-negative integer`;
    }
  }
  return null;
}

/**
 * Row totals, column totals and the grand total of a table.
 *
 * @example tableMargins(createCountTable(['a'], ['x', 'y'], [[1, 2]])).rowTotals // [3]
 */
export function tableMargins(table: CountTable): TableMargins {
  const rowTotals = table.cells.map((row) => row.reduce((sum, value) => sum + value, 0));
  const columnTotals = table.columnLabels.map((_, column) =>
    table.cells.reduce((sum, row) => sum + (row[column] ?? 0), 0),
  );
  const grandTotal = rowTotals.reduce((sum, value) => sum + value, 0);
  return { rowTotals, columnTotals, grandTotal };
}
