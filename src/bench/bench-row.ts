/**
 * One line of the benchmark table. Every measured row carries a baseline measured in the same
 * run (or says why there is none); a capability that has not landed is a row with `unavailable`
 * set and no numbers — never a made-up figure.
 *
 * Warning: bench/results/latest.json stores these rows; keep field names stable.
 */
export interface BenchRow {
  /** The --only name of the benchmark that produced the row. */
  readonly bench: BenchName;
  readonly metric: string;
  readonly value: number | null;
  readonly unit: string;
  readonly baseline: number | null;
  readonly baselineLabel: string;
  /** value / baseline, oriented so that 1.0 means "as fast as the baseline" (see `higherIsBetter`). */
  readonly ratio: number | null;
  readonly goal: string;
  /** null when not measured (unavailable) or when the goal cannot be judged. */
  readonly pass: boolean | null;
  /** Why the row has no figures (capability missing, server not built, ...). */
  readonly unavailable?: string;
  /** Further figures worth keeping (p50, counts, seconds). */
  readonly details?: Readonly<Record<string, number | string>>;
}

export const BENCH_NAMES = ['transition', 'http', 'sweep', 'audit-verify', 'audited-write', 'search', 'import', 'decision', 'manifest-lock', 'memory'] as const;
export type BenchName = (typeof BENCH_NAMES)[number];

/**
 * A measured row; the ratio is computed here so every row orients it the same way.
 *
 * @example measuredRow({ bench: 'sweep', metric: 'sweep', value: 25_000, unit: 'cases/s', baseline: 90_000, baselineLabel: 'plain SELECT', higherIsBetter: true, goal: '≥ 20k cases/s', pass: true })
 */
export function measuredRow(input: Omit<BenchRow, 'ratio'> & { readonly higherIsBetter: boolean }): BenchRow {
  const { higherIsBetter, ...row } = input;
  const ratio = row.value === null || row.baseline === null || row.value === 0 || row.baseline === 0 ? null : higherIsBetter ? row.value / row.baseline : row.baseline / row.value;
  return { ...row, ratio: ratio !== null && Number.isFinite(ratio) ? ratio : null };
}

/** A row for a capability that cannot be measured in this run, with the reason. */
export function unavailableRow(bench: BenchName, metric: string, goal: string, reason: string): BenchRow {
  return { bench, metric, value: null, unit: '', baseline: null, baselineLabel: '', ratio: null, goal, pass: null, unavailable: reason };
}
