import type { PublishedTable } from '../disclosure/index.js';

/** One bar of a chart: a row (country) total; null when suppressed (drawn as "–", never as a bar). */
export interface ChartBar {
  readonly label: string;
  readonly value: number | null;
}

/**
 * Bars for a published table: one per row, its published row total. Only
 * published numbers are drawn, so a chart reveals nothing the table does not.
 *
 * @example chartBars(published).map((bar) => bar.value) // [12, null, 0]
 */
export function chartBars(table: PublishedTable): ChartBar[] {
  return table.rowLabels.map((label, row) => {
    const total = table.rowTotals[row];
    return { label, value: total?.status === 'published' ? total.value : null };
  });
}

/** The largest drawn value (at least 1, so an all-zero chart still has a scale). */
export function chartScale(bars: readonly ChartBar[]): number {
  return Math.max(1, ...bars.map((bar) => bar.value ?? 0));
}
