/**
 * Test support: an attacker who knows nothing clever, only enumerates every
 * table consistent with a publication. Shares no code with the linear program,
 * so agreement between the two is evidence, not tautology.
 */
import type { CountTable } from './count-table.js';
import { tableMargins } from './count-table.js';
import type { PublishedTable, PublishedValue } from './published-table.js';
import { roundToBase } from './round-to-base.js';

export interface BruteRange {
  min: number;
  max: number;
}

export interface BruteForceResult {
  /** key "row,column" in the bordered grid → observed range; null when the budget ran out. */
  ranges: Map<string, BruteRange> | null;
  /** true when suppressed cells were capped (grand total suppressed): maxima are lower bounds only. */
  capped: boolean;
}

function candidatesFor(shown: PublishedValue, threshold: number, base: number | null, cap: number): number[] {
  if (shown.status === 'suppressed') return Array.from({ length: cap }, (_, index) => index + 1);
  if (base === null) return [shown.value];
  // The strongest attacker: knows a published non-zero value is ≥ threshold, and its rounding.
  const values: number[] = [];
  for (let value = 0; value <= shown.value + base; value += 1) {
    if ((value === 0 || value >= threshold) && roundToBase(value, base) === shown.value) values.push(value);
  }
  return values;
}

function totalFits(shown: PublishedValue, sum: number, threshold: number, base: number | null): boolean {
  if (shown.status === 'suppressed') return sum >= 1;
  if (sum !== 0 && sum < threshold) return false;
  return (base === null ? sum : roundToBase(sum, base)) === shown.value;
}

export function bruteForceRanges(
  original: CountTable,
  published: PublishedTable,
  budget = 400_000,
): BruteForceResult {
  const { threshold, roundingBase: base } = published.parameters;
  const rowCount = published.rowLabels.length;
  const columnCount = published.columnLabels.length;
  const grandShown = published.grandTotal;
  const capped = grandShown.status === 'suppressed';
  const cap =
    grandShown.status === 'published'
      ? grandShown.value + (base ?? 0)
      : tableMargins(original).grandTotal + 2 * threshold;
  let work = 0;
  const rowOptions: number[][][] = [];
  for (let row = 0; row < rowCount; row += 1) {
    const sets = (published.cells[row] ?? []).map((shown) => candidatesFor(shown, threshold, base, cap));
    const options: number[][] = [];
    const extend = (prefix: number[]): void => {
      work += 1;
      if (work > budget) return;
      if (prefix.length === columnCount) {
        const sum = prefix.reduce((total, value) => total + value, 0);
        if (totalFits(published.rowTotals[row] ?? { status: 'suppressed' }, sum, threshold, base)) options.push(prefix);
        return;
      }
      for (const value of sets[prefix.length] ?? []) extend([...prefix, value]);
    };
    extend([]);
    rowOptions.push(options);
  }
  if (work > budget) return { ranges: null, capped };
  const ranges = new Map<string, BruteRange>();
  const note = (key: string, value: number): void => {
    const range = ranges.get(key);
    if (range === undefined) ranges.set(key, { min: value, max: value });
    else ranges.set(key, { min: Math.min(range.min, value), max: Math.max(range.max, value) });
  };
  const chosen: number[][] = [];
  const search = (row: number): void => {
    work += 1;
    if (work > budget) return;
    if (row === rowCount) {
      const columnSums = Array.from({ length: columnCount }, (_, column) =>
        chosen.reduce((total, values) => total + (values[column] ?? 0), 0),
      );
      const columnsFit = columnSums.every((sum, column) =>
        totalFits(published.columnTotals[column] ?? { status: 'suppressed' }, sum, threshold, base),
      );
      const grand = columnSums.reduce((total, value) => total + value, 0);
      if (!columnsFit || !totalFits(grandShown, grand, threshold, base)) return;
      chosen.forEach((values, rowIndex) => {
        values.forEach((value, column) => {
          if (published.cells[rowIndex]?.[column]?.status === 'suppressed') note(`${String(rowIndex)},${String(column)}`, value);
        });
        if (published.rowTotals[rowIndex]?.status === 'suppressed') {
          note(`${String(rowIndex)},${String(columnCount)}`, values.reduce((total, value) => total + value, 0));
        }
      });
      columnSums.forEach((sum, column) => {
        if (published.columnTotals[column]?.status === 'suppressed') note(`${String(rowCount)},${String(column)}`, sum);
      });
      if (grandShown.status === 'suppressed') note(`${String(rowCount)},${String(columnCount)}`, grand);
      return;
    }
    for (const option of rowOptions[row] ?? []) {
      chosen.push(option);
      search(row + 1);
      chosen.pop();
    }
  };
  search(0);
  return { ranges: work > budget ? null : ranges, capped };
}
