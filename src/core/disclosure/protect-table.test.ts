import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bruteForceRanges } from './attacker-brute-force.test-support.js';
import { auditProtectedTable } from './audit-protected-table.js';
import type { CountTable } from './count-table.js';
import { createCountTable, tableMargins } from './count-table.js';
import { protectTable } from './protect-table.js';
import type { PublishedTable, PublishedValue } from './published-table.js';

const S = 'S';
/** Compact view: numbers for published entries, 'S' for suppressed; last column/row are totals. */
function view(published: PublishedTable): (number | 'S')[][] {
  const show = (value: PublishedValue): number | 'S' => (value.status === 'suppressed' ? S : value.value);
  return [
    ...published.cells.map((row, index) => [...row.map(show), show(published.rowTotals[index] ?? { status: 'suppressed' })]),
    [...published.columnTotals.map(show), show(published.grandTotal)],
  ];
}

function tableOf(cells: number[][]): CountTable {
  return createCountTable(
    cells.map((_, index) => `r${String(index)}`),
    (cells[0] ?? []).map((_, index) => `c${String(index)}`),
    cells,
  );
}

/** Every line of the bordered grid: rows with their totals, columns with theirs. */
function gridLines(grid: (number | 'S')[][]): (number | 'S')[][] {
  const columns = (grid[0] ?? []).map((_, column) => grid.map((row) => row[column] ?? S));
  return [...grid, ...columns];
}

function expectProtected(cells: number[][], threshold = 5): PublishedTable {
  const table = tableOf(cells);
  const published = protectTable(table, { threshold });
  const audit = auditProtectedTable(table, published);
  expect(audit.issues).toEqual([]);
  expect(audit.ok).toBe(true);
  for (const line of gridLines(view(published))) {
    // No single row, column or total equation may hold exactly one unknown.
    expect(line.filter((value) => value === S).length).not.toBe(1);
  }
  return published;
}

describe('protectTable — hand-built adversarial cases', () => {
  it('protects a single small cell in a row with a rectangle of smallest complements', () => {
    const published = expectProtected([
      [3, 40, 25],
      [12, 30, 18],
      [9, 7, 50],
    ]);
    expect(view(published)).toEqual([
      [S, 40, S, 68],
      [S, 30, S, 60],
      [9, 7, 50, 66],
      [24, 77, 93, 194],
    ]);
  });

  it('does not accept two small cells in one row when their columns would expose them', () => {
    // Row r0 has 2 and 3; on their own the row equation hides them, but each column
    // would then hold one unknown. The 2×2 block [[2,3],[20,30]] closes the columns
    // but leaves 2 within [1, 4] (width 3 < 5), so a third column joins.
    const table = tableOf([
      [2, 3, 40],
      [20, 30, 15],
      [25, 35, 10],
    ]);
    const published = expectProtected(table.cells.map((row) => [...row]));
    expect(view(published)).toEqual([
      [S, S, S, 45],
      [S, S, S, 65],
      [25, 35, 10, 70],
      [47, 68, 65, 180],
    ]);
    const primaryWidths = auditProtectedTable(table, published)
      .entries.filter((entry) => entry.reason === 'primary')
      .map((entry) => [entry.lower, entry.upper]);
    expect(primaryWidths).toEqual([[1, 21], [1, 32]]);
  });

  it('closes a chain pattern: a staircase of small cells is pinned at its ends unless closed', () => {
    // Small cells on a staircase (0,0) (0,1) (1,1) (1,2) (2,2): every line but
    // the ends has two unknowns, so the ≥2-per-line heuristic alone would not see
    // the leak at row r2 / column c0.
    const table = tableOf([
      [1, 2, 30, 40],
      [50, 3, 4, 60],
      [70, 80, 2, 90],
    ]);
    const published = protectTable(table);
    const audit = auditProtectedTable(table, published);
    expect(audit.ok).toBe(true);
    expect(audit.entries.every((entry) => !entry.recoverable)).toBe(true);
    for (const entry of audit.entries.filter((candidate) => candidate.reason === 'primary')) {
      expect(entry.width === null || entry.width >= 5).toBe(true);
    }
  });

  it('suppresses a small row total and protects it against the grand total', () => {
    const published = expectProtected([
      [1, 2, 0],
      [20, 30, 40],
      [25, 35, 45],
    ]);
    const grid = view(published);
    expect(grid[0]?.[3]).toBe(S);
    expect(grid[0]?.[2]).toBe(0);
    // The row total column itself needs a second unknown.
    expect(grid.slice(0, 3).filter((row) => row[3] === S).length).toBeGreaterThanOrEqual(2);
  });

  it('publishes all-zero rows and all-zero tables as zeros, suppressing nothing', () => {
    expect(view(expectProtected([[0, 0], [0, 0]]))).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expect(view(expectProtected([[0, 0, 0], [10, 20, 30], [40, 50, 60]]))).toEqual([
      [0, 0, 0, 0],
      [10, 20, 30, 60],
      [40, 50, 60, 150],
      [50, 70, 90, 210],
    ]);
  });

  it('leaves a table with no small values untouched', () => {
    expect(view(expectProtected([[5, 6], [7, 8]]))).toEqual([
      [5, 6, 11],
      [7, 8, 15],
      [12, 14, 26],
    ]);
  });

  it('withholds everything when the whole table is tiny (no complement has enough slack)', () => {
    expect(view(expectProtected([[1, 2], [2, 1]]))).toEqual([
      [S, S, S],
      [S, S, S],
      [S, S, S],
    ]);
  });

  it('treats a block of ones as recoverable: suppressed entries are known to be ≥ 1', () => {
    // [[1,1],[1,1]] suppressed as a 2×2 block with totals 2 published would pin every cell to 1.
    const published = expectProtected([
      [1, 1, 50],
      [1, 1, 60],
      [70, 80, 90],
    ]);
    // The block of ones alone pins every one of them; complements with slack ≥ 5 join.
    expect(view(published)).toEqual([
      [S, S, S, 52],
      [S, S, S, 62],
      [S, S, S, 240],
      [72, 82, 200, 354],
    ]);
  });
});

describe('protectTable — exhaustive attacker on random tables', () => {
  const smallTable = fc
    .record({ rows: fc.integer({ min: 1, max: 3 }), columns: fc.integer({ min: 1, max: 3 }) })
    .chain(({ rows, columns }) =>
      fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 25 })), {
        minLength: columns,
        maxLength: columns,
      }), { minLength: rows, maxLength: rows }),
    );

  it('no suppressed entry can be pinned by any combination of rows, columns and the grand total', () => {
    let compared = 0;
    fc.assert(
      fc.property(smallTable, fc.integer({ min: 3, max: 6 }), (cells, threshold) => {
        const table = tableOf(cells);
        const published = protectTable(table, { threshold });
        const audit = auditProtectedTable(table, published);
        expect(audit.ok).toBe(true);
        const grid = view(published);
        for (const line of gridLines(grid)) expect(line.filter((value) => value === S).length).not.toBe(1);
        // Every non-zero value below the threshold is suppressed; zeros are published.
        const margins = tableMargins(table);
        const trueGrid = [...cells.map((row, index) => [...row, margins.rowTotals[index] ?? 0]), [...margins.columnTotals, margins.grandTotal]];
        trueGrid.forEach((row, gridRow) =>
          row.forEach((value, gridColumn) => {
            const shown = grid[gridRow]?.[gridColumn];
            if (value > 0 && value < threshold) expect(shown).toBe(S);
            if (value === 0) expect(shown).toBe(0);
          }),
        );
        const brute = bruteForceRanges(table, published, 60_000);
        if (brute.ranges === null) return;
        compared += 1;
        for (const entry of audit.entries) {
          const key =
            entry.entry.kind === 'cell' ? `${String(entry.entry.row)},${String(entry.entry.column)}`
            : entry.entry.kind === 'rowTotal' ? `${String(entry.entry.row)},${String(cells[0]?.length ?? 0)}`
            : entry.entry.kind === 'columnTotal' ? `${String(cells.length)},${String(entry.entry.column)}`
            : `${String(cells.length)},${String(cells[0]?.length ?? 0)}`;
          const range = brute.ranges.get(key);
          expect(range).toBeDefined();
          if (range === undefined) return;
          // The enumerating attacker finds exactly the audit's lower bound, and more than one value.
          expect(range.min).toBe(entry.lower);
          expect(range.max).toBeGreaterThan(range.min);
          if (brute.capped) expect(entry.upper === null || entry.upper >= range.max).toBe(true);
          else expect(range.max).toBe(entry.upper);
          if (entry.reason === 'primary' && !brute.capped) expect(range.max - range.min).toBeGreaterThanOrEqual(threshold);
        }
      }),
      { numRuns: 200, seed: 20261129 },
    );
    expect(compared).toBeGreaterThan(120);
  });

  it('audits larger random tables as safe (60 × 40 bound exercised at 12 × 8)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 8, maxLength: 8 }), { minLength: 12, maxLength: 12 }),
        (cells) => {
          const table = tableOf(cells);
          const audit = auditProtectedTable(table, protectTable(table));
          expect(audit.ok).toBe(true);
        },
      ),
      { numRuns: 20, seed: 7 },
    );
  });
});

describe('protectTable — rounding', () => {
  it('rounds every published value independently, totals from true totals, zeros stay zero', () => {
    const table = tableOf([
      [0, 12, 23],
      [17, 8, 0],
    ]);
    const published = protectTable(table, { rounding: { base: 5 } });
    expect(view(published)).toEqual([
      [0, 10, 25, 35],
      [15, 10, 0, 25],
      [15, 20, 25, 60],
    ]);
    expect(auditProtectedTable(table, published).ok).toBe(true);
  });

  it('never lets rounded values narrow a suppressed entry below the unrounded audit', () => {
    const value = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 5, max: 30 }));
    const twoByTwo = fc.array(fc.array(value, { minLength: 2, maxLength: 2 }), {
      minLength: 2,
      maxLength: 2,
    });
    let compared = 0;
    fc.assert(
      fc.property(twoByTwo, fc.constantFrom(3, 5, 10), (cells, base) => {
        const table = tableOf(cells);
        const published = protectTable(table, { threshold: 5, rounding: { base } });
        const audit = auditProtectedTable(table, published);
        expect(audit.ok).toBe(true);
        const brute = bruteForceRanges(table, published, 150_000);
        if (brute.ranges === null) return;
        compared += 1;
        for (const entry of audit.entries) {
          const key =
            entry.entry.kind === 'cell' ? `${String(entry.entry.row)},${String(entry.entry.column)}`
            : entry.entry.kind === 'rowTotal' ? `${String(entry.entry.row)},2`
            : entry.entry.kind === 'columnTotal' ? `2,${String(entry.entry.column)}`
            : '2,2';
          const range = brute.ranges.get(key);
          expect(range).toBeDefined();
          if (range === undefined) return;
          expect(range.min).toBeLessThanOrEqual(entry.lower);
          if (entry.upper !== null) expect(range.max).toBeGreaterThanOrEqual(entry.upper);
          expect(range.max).toBeGreaterThan(range.min);
        }
      }),
      { numRuns: 100, seed: 42 },
    );
    expect(compared).toBeGreaterThan(50);
  });
});
