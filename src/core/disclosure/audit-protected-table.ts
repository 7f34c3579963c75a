import { AppError } from '../errors.js';
import { attackerIntervals } from './attacker-intervals.js';
import type { CountTable } from './count-table.js';
import type { DisclosureParameters } from './disclosure-parameters.js';
import { resolveDisclosureParameters } from './disclosure-parameters.js';
import type { SuppressionReason } from './plan-suppression.js';
import { isWideEnough, requiredWidth } from './plan-suppression.js';
import type { PublishedTable, PublishedValue } from './published-table.js';
import { roundToBase } from './round-to-base.js';
import type { TableEntry } from './table-entry.js';
import { borderedGrid, entryAt } from './table-entry.js';

/** What an attacker can derive about one suppressed entry. */
export interface SuppressedEntryAudit {
  readonly entry: TableEntry;
  /** primary: the true value is a non-zero count below the threshold. */
  readonly reason: SuppressionReason;
  readonly lower: number;
  /** null: unbounded above. */
  readonly upper: number | null;
  /** upper − lower; null when unbounded. */
  readonly width: number | null;
  /** The published numbers determine the value exactly. */
  readonly recoverable: boolean;
  readonly narrowerThanThreshold: boolean;
  /** primary: width ≥ threshold; complementary: not recoverable. */
  readonly protected: boolean;
}

export type DisclosureAuditIssue =
  | { readonly kind: 'small_value_published'; readonly entry: TableEntry }
  | { readonly kind: 'published_value_mismatch'; readonly entry: TableEntry; readonly published: number }
  | { readonly kind: 'zero_suppressed'; readonly entry: TableEntry };

/**
 * The disclosure check stored with every report release.
 * WARNING: stored JSON shape; change only additively. It names which suppressed
 * entries are primary (i.e. below the threshold), so it is an internal record:
 * publish `ok` and the parameters, not the entries.
 */
export interface DisclosureAudit {
  readonly ok: boolean;
  readonly parameters: DisclosureParameters;
  /**
   * Intervals are solved from the unrounded values of the published entries.
   * Rounding only widens what an attacker can infer, so these intervals are
   * contained in the attacker's true intervals: a pass here is a pass for the
   * rounded release.
   */
  readonly intervalBasis: 'unrounded_published_values';
  readonly suppressedCount: number;
  readonly entries: readonly SuppressedEntryAudit[];
  readonly issues: readonly DisclosureAuditIssue[];
}

/**
 * Re-derives, from the published table alone (plus the knowledge that zeros are
 * published, so suppressed entries are ≥ 1), the exact interval an attacker can
 * compute for every suppressed entry by any combination of row, column and
 * grand-total equations — a linear program per connected group of suppressed
 * entries — and checks that published numbers are what the method says.
 * Throws `validation_failed` when the two tables do not have the same labels.
 *
 * @example auditProtectedTable(table, protectTable(table)).ok === true
 */
export function auditProtectedTable(original: CountTable, published: PublishedTable): DisclosureAudit {
  assertSameShape(original, published);
  const parameters = resolveDisclosureParameters({
    threshold: published.parameters.threshold,
    ...(published.parameters.roundingBase === null ? {} : { rounding: { base: published.parameters.roundingBase } }),
  });
  const grid = borderedGrid(original);
  const publishedGrid: PublishedValue[][] = [
    ...published.cells.map((row, index) => [...row, published.rowTotals[index] ?? { status: 'suppressed' as const }]),
    [...published.columnTotals, published.grandTotal],
  ];
  const suppressed = publishedGrid.map((row) => row.map((value) => value.status === 'suppressed'));
  const issues: DisclosureAuditIssue[] = [];
  publishedGrid.forEach((row, gridRow) =>
    row.forEach((shown, gridColumn) => {
      const entry = entryAt(grid.rowCount, grid.columnCount, { gridRow, gridColumn });
      const value = grid.values[gridRow]?.[gridColumn] ?? 0;
      if (shown.status === 'suppressed') {
        if (value === 0) issues.push({ kind: 'zero_suppressed', entry });
        return;
      }
      if (value > 0 && value < parameters.threshold) issues.push({ kind: 'small_value_published', entry });
      const expected = parameters.roundingBase === null ? value : roundToBase(value, parameters.roundingBase);
      if (shown.value !== expected) issues.push({ kind: 'published_value_mismatch', entry, published: shown.value });
    }),
  );
  // A suppressed zero breaks the "suppressed ⇒ ≥ 1" premise and the intervals with it.
  const entries = issues.some((issue) => issue.kind === 'zero_suppressed')
    ? []
    : attackerIntervals(grid, suppressed).map((interval): SuppressedEntryAudit => {
        const value = grid.values[interval.gridRow]?.[interval.gridColumn] ?? 0;
        const reason: SuppressionReason = value < parameters.threshold ? 'primary' : 'complementary';
        const width = interval.upper === null ? null : interval.upper - interval.lower;
        return {
          entry: entryAt(grid.rowCount, grid.columnCount, interval),
          reason,
          lower: interval.lower,
          upper: interval.upper,
          width,
          recoverable: width === 0,
          narrowerThanThreshold: width !== null && width < parameters.threshold,
          protected: isWideEnough(interval.lower, interval.upper, requiredWidth(reason, parameters.threshold)),
        };
      });
  const suppressedCount = suppressed.flat().filter(Boolean).length;
  return {
    ok: issues.length === 0 && entries.every((entry) => entry.protected),
    parameters,
    intervalBasis: 'unrounded_published_values',
    suppressedCount,
    entries,
    issues,
  };
}

function assertSameShape(original: CountTable, published: PublishedTable): void {
  const sameLabels = (left: readonly string[], right: readonly string[]): boolean =>
    left.length === right.length && left.every((label, index) => label === right[index]);
  const consistent =
    sameLabels(original.rowLabels, published.rowLabels) &&
    sameLabels(original.columnLabels, published.columnLabels) &&
    published.cells.length === original.rowLabels.length &&
    published.cells.every((row) => row.length === original.columnLabels.length) &&
    published.rowTotals.length === original.rowLabels.length &&
    published.columnTotals.length === original.columnLabels.length;
  if (!consistent) {
    throw new AppError('validation_failed', 'published table does not have the shape and labels of the original');
  }
}
