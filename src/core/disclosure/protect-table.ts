import type { CountTable } from './count-table.js';
import type { DisclosureOptions } from './disclosure-parameters.js';
import { resolveDisclosureParameters } from './disclosure-parameters.js';
import { planSuppression } from './plan-suppression.js';
import type { PublishedTable, PublishedValue } from './published-table.js';
import { roundToBase } from './round-to-base.js';
import { borderedGrid } from './table-entry.js';

/**
 * Statistical disclosure control for one count table:
 * 1. zeros are always published (exactly, also under rounding);
 * 2. every non-zero cell or total below the threshold is suppressed (primary);
 * 3. further cells/totals are suppressed (complementary, smallest values first)
 *    until the exact audit finds no suppressed entry an attacker can pin down
 *    from the published numbers, and every primary entry stays uncertain over
 *    at least `threshold` values;
 * 4. optionally every published number is rounded independently to `base`.
 *
 * Throws `threshold_too_low` (threshold < 3) or `validation_failed`.
 *
 * @example
 *   const published = protectTable(createCountTable(['RW', 'UG'], ['Q1', 'Q2'], [[3, 40], [12, 30]]));
 *   published.cells[0]?.[0] // { status: 'suppressed' }
 */
export function protectTable(table: CountTable, options: DisclosureOptions = {}): PublishedTable {
  const parameters = resolveDisclosureParameters(options);
  const grid = borderedGrid(table);
  const plan = planSuppression(grid, parameters.threshold);
  const publish = (gridRow: number, gridColumn: number): PublishedValue => {
    if (plan.suppressed[gridRow]?.[gridColumn] === true) return { status: 'suppressed' };
    const value = grid.values[gridRow]?.[gridColumn] ?? 0;
    const shown = parameters.roundingBase === null ? value : roundToBase(value, parameters.roundingBase);
    return { status: 'published', value: shown };
  };
  const rowIndexes = table.rowLabels.map((_, index) => index);
  const columnIndexes = table.columnLabels.map((_, index) => index);
  return {
    rowLabels: [...table.rowLabels],
    columnLabels: [...table.columnLabels],
    cells: rowIndexes.map((row) => columnIndexes.map((column) => publish(row, column))),
    rowTotals: rowIndexes.map((row) => publish(row, grid.columnCount)),
    columnTotals: columnIndexes.map((column) => publish(grid.rowCount, column)),
    grandTotal: publish(grid.rowCount, grid.columnCount),
    parameters,
  };
}
