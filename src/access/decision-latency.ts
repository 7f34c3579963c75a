import { ACTION_RESOURCE_TYPE, ACTIONS, PREPARED_WORK_ACTIONS, type Action } from '../core/access/actions.js';
import { FIELD_GROUPS } from '../core/access/field-groups.js';
import type { AccessResource } from '../core/access/resources.js';
import type { Principal } from '../core/principal.js';
import type { Authorizer } from './authorizer.js';
import type { DecisionContext } from './decision.js';
import { SAMPLE_PREPARER_ID, SAMPLE_PRINCIPALS, SAMPLE_RESOURCES } from './sample-access.js';

export interface DecisionLatency {
  readonly iterations: number;
  /** Distinct requests replayed round-robin (every sample principal × resource × applicable action). */
  readonly distinctRequests: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

interface SampleRequest {
  readonly principal: Principal;
  readonly action: Action;
  readonly resource: AccessResource;
  readonly context: DecisionContext;
}

/**
 * Times single `decide` calls over the sample world (allows and denies mixed)
 * after a warm-up, and reports percentiles. The goal is p99 ≤ 0.2 ms; the
 * bench CLI prints it, no test asserts it (timing on a shared machine is noise).
 *
 * @example
 *   const latency = measureDecisionLatency(await createAuthorizer(), 20_000);
 *   console.log(`p50 ${latency.p50Ms} ms, p99 ${latency.p99Ms} ms`);
 */
export function measureDecisionLatency(authorizer: Authorizer, iterations: number): DecisionLatency {
  const requests = sampleRequests();
  const warmUp = Math.min(iterations, 2_000);
  for (let i = 0; i < warmUp; i += 1) replay(authorizer, requests, i);
  const durations = new Float64Array(iterations);
  for (let i = 0; i < iterations; i += 1) {
    const started = performance.now();
    replay(authorizer, requests, i);
    durations[i] = performance.now() - started;
  }
  durations.sort();
  return {
    iterations,
    distinctRequests: requests.length,
    p50Ms: percentile(durations, 0.5),
    p99Ms: percentile(durations, 0.99),
    maxMs: durations[durations.length - 1] ?? 0,
  };
}

function replay(authorizer: Authorizer, requests: readonly SampleRequest[], index: number): void {
  const request = requests[index % requests.length];
  if (request !== undefined) authorizer.decide(request.principal, request.action, request.resource, request.context);
}

function sampleRequests(): SampleRequest[] {
  const requests: SampleRequest[] = [];
  for (const principal of Object.values(SAMPLE_PRINCIPALS)) {
    for (const resource of Object.values(SAMPLE_RESOURCES)) {
      for (const action of ACTIONS) {
        if (ACTION_RESOURCE_TYPE[action] !== resource.type) continue;
        requests.push({ principal, action, resource, context: contextFor(action) });
      }
    }
  }
  return requests;
}

function contextFor(action: Action): DecisionContext {
  if ((PREPARED_WORK_ACTIONS as readonly Action[]).includes(action)) return { preparedBy: SAMPLE_PREPARER_ID };
  if (action === 'case:read-group') return { group: FIELD_GROUPS[0] };
  return {};
}

function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}
