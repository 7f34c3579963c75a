/**
 * Percentile of a list of durations (nearest rank), in the same unit.
 *
 * @example percentile([1, 2, 3, 4], 0.5) // 2
 */
export function percentile(durations: readonly number[], fraction: number): number {
  if (durations.length === 0) return Number.NaN;
  const sorted = [...durations].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/** Throughput and latency of `clients` loops each running `work` `operations` times. */
export interface LoadFigures {
  readonly operations: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

/**
 * Runs `clients` concurrent loops; loop `client` calls `work(client, i)` for i < operations and
 * times each call. A failing call fails the measurement (benchmarks must not hide errors).
 *
 * @example const figures = await runClosedLoop(8, 100, (client, i) => doOne(client, i));
 */
export async function runClosedLoop(clients: number, operations: number, work: (client: number, index: number) => Promise<void>): Promise<LoadFigures> {
  const durations: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = 0; i < operations; i += 1) {
        const begin = performance.now();
        await work(client, i);
        durations.push(performance.now() - begin);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { operations: durations.length, seconds, perSecond: durations.length / seconds, p50Ms: percentile(durations, 0.5), p99Ms: percentile(durations, 0.99) };
}
