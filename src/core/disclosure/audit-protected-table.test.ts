import { describe, expect, it } from 'vitest';
import { auditProtectedTable } from './audit-protected-table.js';
import { createCountTable } from './count-table.js';
import { describeMethod } from './describe-method.js';
import { resolveDisclosureParameters } from './disclosure-parameters.js';
import { isAppError } from '../errors.js';
import { protectTable } from './protect-table.js';
import type { PublishedTable } from './published-table.js';
import { roundToBase } from './round-to-base.js';

const table = createCountTable(['RW', 'UG'], ['Q1', 'Q2', 'Q3'], [[3, 40, 25], [12, 30, 18]]);

function errorCode(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    return isAppError(error) ? error.code : 'not an AppError';
  }
  return 'no error';
}

describe('auditProtectedTable', () => {
  it('catches a naive publication that suppresses only the small cell', () => {
    const naive = protectTable(createCountTable(['RW', 'UG'], ['Q1', 'Q2', 'Q3'], [[30, 40, 25], [12, 30, 18]]));
    const leaked: PublishedTable = {
      ...naive,
      cells: [[{ status: 'suppressed' }, ...(naive.cells[0] ?? []).slice(1)], ...naive.cells.slice(1)],
      rowTotals: [{ status: 'published', value: 68 }, ...naive.rowTotals.slice(1)],
      columnTotals: [{ status: 'published', value: 15 }, ...naive.columnTotals.slice(1)],
      grandTotal: { status: 'published', value: 128 },
    };
    const audit = auditProtectedTable(table, leaked);
    expect(audit.ok).toBe(false);
    expect(audit.entries).toEqual([
      {
        entry: { kind: 'cell', row: 0, column: 0 },
        reason: 'primary',
        lower: 3,
        upper: 3,
        width: 0,
        recoverable: true,
        narrowerThanThreshold: true,
        protected: false,
      },
    ]);
  });

  it('passes protectTable output and reports each suppressed interval', () => {
    const audit = auditProtectedTable(table, protectTable(table));
    expect(audit.ok).toBe(true);
    expect(audit.issues).toEqual([]);
    expect(audit.suppressedCount).toBe(audit.entries.length);
    expect(audit.entries.every((entry) => entry.width !== 0)).toBe(true);
  });

  it('flags a published small value, a wrong value and a suppressed zero', () => {
    const zeroTable = createCountTable(['a'], ['x', 'y'], [[0, 40]]);
    const published = protectTable(zeroTable);
    const tampered: PublishedTable = {
      ...published,
      cells: [[{ status: 'suppressed' }, { status: 'published', value: 41 }]],
    };
    expect(auditProtectedTable(zeroTable, tampered).issues).toEqual([
      { kind: 'zero_suppressed', entry: { kind: 'cell', row: 0, column: 0 } },
      { kind: 'published_value_mismatch', entry: { kind: 'cell', row: 0, column: 1 }, published: 41 },
    ]);
    const small = createCountTable(['a'], ['x'], [[2]]);
    const shown: PublishedTable = {
      ...protectTable(createCountTable(['a'], ['x'], [[20]])),
      cells: [[{ status: 'published', value: 2 }]],
      rowTotals: [{ status: 'published', value: 2 }],
      columnTotals: [{ status: 'published', value: 2 }],
      grandTotal: { status: 'published', value: 2 },
    };
    const audit = auditProtectedTable(small, shown);
    expect(audit.ok).toBe(false);
    expect(audit.issues.map((issue) => issue.kind)).toEqual([
      'small_value_published',
      'small_value_published',
      'small_value_published',
      'small_value_published',
    ]);
  });

  it('refuses a published table of another shape', () => {
    const other = protectTable(createCountTable(['RW'], ['Q1'], [[9]]));
    expect(errorCode(() => auditProtectedTable(table, other))).toBe('validation_failed');
  });
});

describe('parameters, rounding and method statement', () => {
  it('refuses thresholds below 3 with threshold_too_low', () => {
    expect(errorCode(() => protectTable(table, { threshold: 2 }))).toBe('threshold_too_low');
    expect(errorCode(() => resolveDisclosureParameters({ threshold: 0 }))).toBe('threshold_too_low');
    expect(errorCode(() => resolveDisclosureParameters({ threshold: 4.5 }))).toBe('validation_failed');
    expect(errorCode(() => resolveDisclosureParameters({ rounding: { base: 0 } }))).toBe('validation_failed');
    expect(resolveDisclosureParameters()).toEqual({ threshold: 5, roundingBase: null });
    expect(resolveDisclosureParameters({ threshold: 3, rounding: { base: 10 } })).toEqual({ threshold: 3, roundingBase: 10 });
  });

  it('rounds halves upward in integers', () => {
    expect([0, 2, 3, 7, 8, 15, 24, 25].map((value) => roundToBase(value, 5))).toEqual([0, 0, 5, 5, 10, 15, 25, 25]);
    expect([4, 5, 14, 15].map((value) => roundToBase(value, 10))).toEqual([0, 10, 10, 20]);
  });

  it('states the method and its parameters', () => {
    expect(describeMethod({ threshold: 5, roundingBase: null })).toContain('Counts from 1 to 4 are suppressed');
    expect(describeMethod({ threshold: 5, roundingBase: null })).not.toContain('rounded');
    expect(describeMethod({ threshold: 10, roundingBase: 5 })).toContain('nearest multiple of 5');
    expect(describeMethod({ threshold: 10, roundingBase: 5 })).toContain('at least 10 values');
  });
});
