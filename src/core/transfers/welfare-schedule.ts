import { addDays } from '../time.js';

export type WelfareCheckSource = 'agreement' | 'assurance' | 'monitoring_plan';

export interface PlannedWelfareCheck {
  readonly dayOffset: number;
  readonly dueAt: string;
  /** Which duties ask for this day (sorted). */
  readonly sources: readonly WelfareCheckSource[];
}

/**
 * Welfare checks owed after arrival: the union of the days the agreement's terms
 * (monitoring.welfareCheckDays), the person's assurances and their monitoring plan name, each due
 * that many days after arrival. A day named by several duties is one check listing every source.
 *
 * @example planWelfareChecks('2025-08-03T00:00:00.000Z', { agreement: [30, 90], assurances: [[30, 180]], monitoringPlan: null })
 *   // days 30 (agreement, assurance), 90 (agreement), 180 (assurance)
 */
export function planWelfareChecks(
  arrivedAt: string,
  duties: { readonly agreement: readonly number[]; readonly assurances: readonly (readonly number[])[]; readonly monitoringPlan: readonly number[] | null },
): PlannedWelfareCheck[] {
  const byDay = new Map<number, Set<WelfareCheckSource>>();
  const add = (days: readonly number[], source: WelfareCheckSource) => {
    for (const day of days) {
      if (!Number.isInteger(day) || day <= 0) continue;
      const sources = byDay.get(day) ?? new Set<WelfareCheckSource>();
      sources.add(source);
      byDay.set(day, sources);
    }
  };
  add(duties.agreement, 'agreement');
  for (const days of duties.assurances) add(days, 'assurance');
  if (duties.monitoringPlan !== null) add(duties.monitoringPlan, 'monitoring_plan');
  return [...byDay.entries()]
    .sort(([a], [b]) => a - b)
    .map(([dayOffset, sources]) => ({ dayOffset, dueAt: addDays(arrivedAt, dayOffset), sources: [...sources].sort() }));
}
