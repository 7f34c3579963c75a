import { createAuthorizer } from '../access/authorizer.js';
import { measureDecisionLatency } from '../access/decision-latency.js';
import type { BenchEnvironment } from './bench-environment.js';
import { measuredRow, type BenchRow } from './bench-row.js';
import type { BenchScale } from './bench-scale.js';
import { percentile } from './latency-stats.js';

/**
 * Cedar decision latency (measureDecisionLatency over the sample world) against the cost of the
 * same number of calls to a trivial in-process lookup — the floor any in-process decision pays
 * (a call, a map access, a timer read). The value is the strict figure: an authorizer that
 * remembers nothing, so every decision is evaluated by Cedar. The served authorizer's figure
 * (decisions remembered by exact inputs, src/access/decision-memo.ts) is in the details.
 */
export async function benchDecision(env: BenchEnvironment, scale: BenchScale): Promise<BenchRow> {
  const evaluating = await createAuthorizer({ decisionMemoSize: 0 });
  const latency = measureDecisionLatency(evaluating, scale.decisionIterations);
  const remembered = measureDecisionLatency(env.services.authorizer, scale.decisionIterations);
  const floor = lookupFloorP99(scale.decisionIterations);
  return measuredRow({
    bench: 'decision',
    metric: `authorization decision p99, every decision evaluated by Cedar (${latency.distinctRequests} distinct requests)`,
    value: latency.p99Ms,
    unit: 'ms',
    baseline: floor,
    baselineLabel: 'p99 of a Map lookup timed the same way',
    higherIsBetter: false,
    goal: 'p99 ≤ 0.2 ms',
    pass: latency.p99Ms <= 0.2,
    details: {
      p50Ms: latency.p50Ms,
      maxMs: latency.maxMs,
      iterations: latency.iterations,
      rememberedP50Ms: remembered.p50Ms,
      rememberedP99Ms: remembered.p99Ms,
    },
  });
}

function lookupFloorP99(iterations: number): number {
  const table = new Map(Array.from({ length: 64 }, (_, i) => [`key-${i}`, i % 2 === 0]));
  const keys = [...table.keys()];
  const durations: number[] = [];
  let allowed = 0;
  for (let i = 0; i < iterations; i += 1) {
    const started = performance.now();
    if (table.get(keys[i % keys.length] ?? '') === true) allowed += 1;
    durations.push(performance.now() - started);
  }
  // Keep the work observable so the loop is not optimised away.
  if (allowed < 0) throw new Error('unreachable');
  return percentile(durations, 0.99);
}
