import { describe, expect, it } from 'vitest';
import type { CountTable, PublishedTable, PublishedValue } from '../disclosure/index.js';
import { createCountTable, roundToBase } from '../disclosure/index.js';
import { AppError } from '../errors.js';
import { renderTransparencyCsv } from './render-transparency-csv.js';
import { renderTransparencyHtml } from './render-transparency-html.js';
import { buildTransparencyReport } from './transparency-report.js';

const period = { from: '2026-01-01', to: '2026-12-31' };
const quarters = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'];

/** Constructed country × quarter tables with small cells in awkward places: one per row, a whole small row, a small column, a lone non-zero. */
const CONSTRUCTED: readonly CountTable[] = [
  createCountTable(['GH', 'RW', 'SZ'], quarters, [[3, 40, 12, 9], [12, 30, 7, 25], [6, 8, 2, 18]]),
  createCountTable(['GH', 'RW', 'SZ', 'XK'], quarters, [[1, 2, 1, 0], [20, 30, 40, 50], [9, 0, 11, 14], [7, 6, 8, 9]]),
  createCountTable(['RW', 'SZ'], quarters, [[0, 0, 4, 0], [10, 12, 9, 15]]),
  createCountTable(['GH', 'RW', 'SZ'], quarters, [[2, 9, 9, 9], [3, 9, 9, 9], [4, 9, 9, 9]]),
  createCountTable(['GQ', 'PW', 'RW', 'SZ', 'XK'], quarters, [[0, 1, 0, 0], [5, 5, 5, 5], [6, 0, 3, 22], [1, 1, 1, 1], [30, 2, 0, 17]]),
];

/** An entry of the bordered grid: cells, row totals (last column), column totals (last row), grand total (corner). */
type Grid = PublishedValue[][];

function borderedPublished(table: PublishedTable): Grid {
  return [
    ...table.cells.map((row, index) => [...row, table.rowTotals[index] ?? { status: 'suppressed' as const }]),
    [...table.columnTotals, table.grandTotal],
  ];
}

/**
 * Every additivity equation of the published table, as coefficients over grid
 * positions: for each row line (cells − row total = 0), each column line
 * (cells − column total = 0), and the margins (row totals − grand total = 0;
 * column totals − grand total = 0).
 */
function equations(rows: number, columns: number): Map<string, number>[] {
  const lines: Map<string, number>[] = [];
  for (let row = 0; row <= rows; row += 1) {
    const line = new Map<string, number>();
    for (let column = 0; column < columns; column += 1) line.set(`${String(row)},${String(column)}`, 1);
    line.set(`${String(row)},${String(columns)}`, -1);
    lines.push(line);
  }
  for (let column = 0; column <= columns; column += 1) {
    const line = new Map<string, number>();
    for (let row = 0; row < rows; row += 1) line.set(`${String(row)},${String(column)}`, 1);
    line.set(`${String(rows)},${String(column)}`, -1);
    lines.push(line);
  }
  return lines;
}

function combine(left: Map<string, number>, right: Map<string, number>, sign: 1 | -1): Map<string, number> {
  const sum = new Map(left);
  for (const [key, value] of right) sum.set(key, (sum.get(key) ?? 0) + sign * value);
  return sum;
}

/** Positions a subtraction pins down: an equation (single, or the sum or difference of two) left with exactly one suppressed unknown. */
function recoverableBySubtraction(grid: Grid): string[] {
  const rows = grid.length - 1;
  const columns = (grid[0]?.length ?? 1) - 1;
  const isSuppressed = (key: string): boolean => {
    const [row, column] = key.split(',').map(Number);
    return grid[row ?? 0]?.[column ?? 0]?.status === 'suppressed';
  };
  const all = equations(rows, columns);
  const candidates = [...all];
  for (let i = 0; i < all.length; i += 1) {
    for (let j = i + 1; j < all.length; j += 1) {
      const left = all[i];
      const right = all[j];
      if (left === undefined || right === undefined) continue;
      candidates.push(combine(left, right, 1), combine(left, right, -1));
    }
  }
  const found = new Set<string>();
  for (const equation of candidates) {
    const unknowns = [...equation].filter(([key, coefficient]) => coefficient !== 0 && isSuppressed(key)).map(([key]) => key);
    if (unknowns.length === 1 && unknowns[0] !== undefined) found.add(unknowns[0]);
  }
  return [...found].sort();
}

describe('buildTransparencyReport on constructed tables', () => {
  it.each(CONSTRUCTED.map((table, index) => [index, table] as const))('table %i: nothing suppressed can be recovered by subtraction, and the exact check passes', (_index, table) => {
    const { report, check } = buildTransparencyReport({ period, generatedAt: '2026-12-31T00:00:00.000Z', notes: [], tables: [{ id: 't', title: 'T', unit: 'people', table }] });
    const published = report.tables[0]?.table;
    if (!published) throw new Error('no table');
    const grid = borderedPublished(published);
    expect(grid.flat().some((value) => value.status === 'suppressed')).toBe(true);
    expect(recoverableBySubtraction(grid)).toEqual([]);
    expect(check).toEqual({ ok: true, parameters: { threshold: 5, roundingBase: null }, tables: [{ id: 't', ok: true, suppressedCount: grid.flat().filter((value) => value.status === 'suppressed').length }] });
    // Every small non-zero count (cells and totals) is suppressed, every zero published as zero.
    const margins = [...table.cells.map((row) => [...row, row.reduce((a, b) => a + b, 0)])];
    margins.forEach((row, r) =>
      row.forEach((value, c) => {
        const shown = grid[r]?.[c];
        if (value === 0) expect(shown).toEqual({ status: 'published', value: 0 });
        if (value > 0 && value < 5) expect(shown).toEqual({ status: 'suppressed' });
      }),
    );
  });

  it('a cell alone in its row would be recoverable by subtraction: the checker itself catches it', () => {
    const naive: Grid = [
      [{ status: 'suppressed' }, { status: 'published', value: 40 }, { status: 'published', value: 43 }],
      [{ status: 'published', value: 12 }, { status: 'published', value: 30 }, { status: 'published', value: 42 }],
      [{ status: 'published', value: 15 }, { status: 'published', value: 70 }, { status: 'published', value: 85 }],
    ];
    expect(recoverableBySubtraction(naive)).toEqual(['0,0']);
    // Two suppressed in a row, but their column totals published: a pair of equations pins each down.
    const pair: Grid = [
      [{ status: 'suppressed' }, { status: 'suppressed' }, { status: 'published', value: 43 }],
      [{ status: 'published', value: 12 }, { status: 'published', value: 30 }, { status: 'published', value: 42 }],
      [{ status: 'published', value: 15 }, { status: 'published', value: 70 }, { status: 'published', value: 85 }],
    ];
    expect(recoverableBySubtraction(pair)).toEqual(['0,0', '0,1']);
  });

  it('rounding never reveals a suppressed value: every table consistent with the rounded release leaves each suppressed entry at two or more values', () => {
    const table = createCountTable(['RW', 'SZ'], ['2026-Q1', '2026-Q2', '2026-Q3'], [[3, 11, 8], [9, 2, 14]]);
    const base = 5;
    const { report, check } = buildTransparencyReport({ period, generatedAt: '2026-12-31T00:00:00.000Z', notes: [], tables: [{ id: 't', title: 'T', unit: 'people', table }] }, { threshold: 5, rounding: { base } });
    expect(check.ok).toBe(true);
    const published = report.tables[0]?.table;
    if (!published) throw new Error('no table');
    const grid = borderedPublished(published);
    // Rounded values are published, suppression is the same as without rounding, and zeros stay exact.
    const unrounded = buildTransparencyReport({ period, generatedAt: 'x', notes: [], tables: [{ id: 't', title: 'T', unit: 'people', table }] }).report.tables[0]?.table;
    expect(unrounded && borderedPublished(unrounded).map((row) => row.map((value) => value.status))).toEqual(grid.map((row) => row.map((value) => value.status)));
    // Brute force: every 2 × 3 table with cells 0..20 whose rounded published numbers match, and whose suppressed entries are ≥ 1.
    const seen = new Map<string, Set<number>>();
    const matches = (shown: PublishedValue | undefined, value: number): boolean =>
      shown?.status === 'suppressed' ? value >= 1 : shown !== undefined && roundToBase(value, base) === shown.value;
    const values = Array.from({ length: 21 }, (_, index) => index);
    const cellCandidates = (row: number, column: number): number[] => values.filter((value) => matches(grid[row]?.[column], value));
    const [a, b, c, d, e, f] = [cellCandidates(0, 0), cellCandidates(0, 1), cellCandidates(0, 2), cellCandidates(1, 0), cellCandidates(1, 1), cellCandidates(1, 2)];
    let consistent = 0;
    for (const v00 of a) for (const v01 of b) for (const v02 of c) for (const v10 of d) for (const v11 of e) for (const v12 of f) {
      const cells = [[v00, v01, v02], [v10, v11, v12]];
      const full = [...cells.map((row) => [...row, row.reduce((x, y) => x + y, 0)])];
      full.push([0, 1, 2, 3].map((column) => full.reduce((sum, row) => sum + (row[column] ?? 0), 0)));
      if (!full.every((row, r) => row.every((value, col) => matches(grid[r]?.[col], value)))) continue;
      consistent += 1;
      full.forEach((row, r) => row.forEach((value, col) => {
        if (grid[r]?.[col]?.status !== 'suppressed') return;
        const key = `${String(r)},${String(col)}`;
        seen.set(key, (seen.get(key) ?? new Set()).add(value));
      }));
    }
    expect(consistent).toBeGreaterThan(1);
    const suppressedKeys = grid.flatMap((row, r) => row.flatMap((value, col) => (value.status === 'suppressed' ? [`${String(r)},${String(col)}`] : [])));
    expect(suppressedKeys.length).toBeGreaterThan(0);
    for (const key of suppressedKeys) expect(seen.get(key)?.size ?? 0).toBeGreaterThanOrEqual(2);
  });

  it('refuses a threshold below 3 with threshold_too_low', () => {
    const table = CONSTRUCTED[0];
    if (!table) throw new Error('no table');
    expect(() => buildTransparencyReport({ period, generatedAt: 'x', notes: [], tables: [{ id: 't', title: 'T', unit: 'people', table }] }, { threshold: 2 })).toThrow(
      expect.objectContaining({ code: 'threshold_too_low' }) as AppError,
    );
  });

  it('renders escaped HTML with the method statement and a labelled SVG chart, and CSV with the method', () => {
    const table = createCountTable(['<RW>'], ['2026-Q1'], [[7]]);
    const { report } = buildTransparencyReport({ period, generatedAt: '2026-12-31T00:00:00.000Z', notes: ['a & b'], tables: [{ id: 't', title: 'Relocations', unit: 'people relocated', table }] });
    const html = renderTransparencyHtml(report);
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain(report.method.replaceAll('“', '“'));
    expect(html).toContain('&lt;RW&gt;');
    expect(html).not.toContain('<RW>');
    expect(html).toContain('<li>a &amp; b</li>');
    expect(html).toContain('<svg role="img" aria-labelledby="t-chart-title"');
    expect(html).not.toContain('<script');
    const csv = renderTransparencyCsv(report);
    expect(csv).toContain(`method,"${report.method.replaceAll('"', '""')}"\r\n`);
    expect(csv).toContain('# t: Relocations (people relocated)\r\ncountry,2026-Q1,total\r\n<RW>,7,7\r\ntotal,7,7\r\n');
  });
});
