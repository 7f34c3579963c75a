import type { SuppressionMask } from './attacker-intervals.js';
import { attackerIntervals } from './attacker-intervals.js';
import { cheapestCycleThrough } from './complementary-cycle.js';
import type { BorderedGrid, GridPosition } from './table-entry.js';

export type SuppressionReason = 'primary' | 'complementary';

export interface SuppressionPlan {
  readonly suppressed: SuppressionMask;
  /** reasons[gridRow][gridColumn]; null where published. Internal: never publish reasons. */
  readonly reasons: readonly (readonly (SuppressionReason | null)[])[];
}

/**
 * Width an attacker's interval must reach. A primary entry (a small count) must
 * stay uncertain over at least `threshold` values; a complementary entry only
 * needs not to be recoverable exactly.
 */
export function requiredWidth(reason: SuppressionReason, threshold: number): number {
  return reason === 'primary' ? threshold : 1;
}

export function isWideEnough(lower: number, upper: number | null, width: number): boolean {
  return upper === null || upper - lower >= width;
}

/**
 * Primary suppression of every non-zero entry (cell or total) below the
 * threshold, then complementary suppression until every suppressed entry passes
 * the exact attacker-interval check.
 *
 * Loop invariant that makes this terminate and stay correct: suppressing more
 * only removes equations, so an entry that passed keeps passing; every repair
 * adds at least one entry; and with every non-zero entry suppressed each
 * suppressed entry is unbounded above (raise it, its row and column totals and
 * the grand total together), so the loop always ends in a safe pattern.
 *
 * Repair of a failing entry: first the cheapest cycle through it (smallest
 * values first); if it still fails, the cheapest cycle through entries with
 * enough slack to move it by the required width; if none exists, suppress
 * every non-zero entry.
 */
export function planSuppression(grid: BorderedGrid, threshold: number): SuppressionPlan {
  const reasons: (SuppressionReason | null)[][] = grid.values.map((row) =>
    row.map((value) => (value > 0 && value < threshold ? 'primary' : null)),
  );
  const suppressed: boolean[][] = reasons.map((row) => row.map((reason) => reason !== null));
  const queue: GridPosition[] = reasons.flatMap((row, gridRow) =>
    row.flatMap((reason, gridColumn) => (reason === null ? [] : [{ gridRow, gridColumn }])),
  );
  const repairAttempts = new Map<string, number>();

  const suppress = (position: GridPosition): void => {
    const row = suppressed[position.gridRow];
    const reasonRow = reasons[position.gridRow];
    if (row === undefined || reasonRow === undefined || row[position.gridColumn] === true) return;
    row[position.gridColumn] = true;
    reasonRow[position.gridColumn] = 'complementary';
    queue.push(position);
  };

  for (let index = 0; index < queue.length; ) {
    const position = queue[index];
    if (position === undefined) break;
    const reason = reasons[position.gridRow]?.[position.gridColumn] ?? 'complementary';
    const width = requiredWidth(reason, threshold);
    const [interval] = attackerIntervals(grid, suppressed, [position]);
    if (interval === undefined || isWideEnough(interval.lower, interval.upper, width)) {
      index += 1;
      continue;
    }
    const key = `${String(position.gridRow)},${String(position.gridColumn)}`;
    const attempt = (repairAttempts.get(key) ?? 0) + 1;
    repairAttempts.set(key, attempt);
    const cheap = attempt === 1 ? cheapestCycleThrough(grid, suppressed, position, null) : null;
    const additions =
      cheap !== null && cheap.length > 0 ? cheap : cheapestCycleThrough(grid, suppressed, position, width);
    if (additions !== null && additions.length > 0) {
      additions.forEach(suppress);
    } else {
      // No cycle with enough slack exists (a table of tiny counts): withhold every non-zero number.
      const queuedBefore = queue.length;
      grid.values.forEach((row, gridRow) =>
        row.forEach((value, gridColumn) => { if (value > 0) suppress({ gridRow, gridColumn }); }),
      );
      if (queue.length === queuedBefore) throw new Error('suppression planning made no progress');
    }
  }
  return { suppressed, reasons };
}
