import { listCases } from '../api/endpoints';
import type { Case } from '../api/api-types';

/** Pages of 500; beyond this many the dashboard says "at least" rather than keep the browser busy. */
const DASHBOARD_PAGE_LIMIT = 20;

export interface CaseSample {
  readonly cases: readonly Case[];
  /** False when more cases exist than the dashboard read. */
  readonly complete: boolean;
}

/**
 * Reads the case list for the dashboard's counts, page by page. A counts
 * endpoint (reports) will replace this for programs of 100k+ cases.
 */
export async function readCasesForCounts(signal: AbortSignal): Promise<CaseSample> {
  const cases: Case[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < DASHBOARD_PAGE_LIMIT; page += 1) {
    const { data }: { data: { items: readonly Case[]; nextCursor: string | null } } = await listCases({ limit: 500, ...(cursor !== null && { cursor }) }, signal);
    cases.push(...data.items);
    cursor = data.nextCursor;
    if (cursor === null) return { cases, complete: true };
  }
  return { cases, complete: false };
}

/**
 * Counts per key, largest first, ties by key; null keys are counted under `nullLabel`.
 *
 * @example countBy([{ s: 'a' }, { s: 'a' }, { s: 'b' }], (x) => x.s) // [{ key: 'a', count: 2 }, { key: 'b', count: 1 }]
 */
export function countBy<T>(items: readonly T[], keyOf: (item: T) => string | null, nullLabel = 'None'): { key: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item) ?? nullLabel;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}
