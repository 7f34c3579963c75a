import type { Decision } from './decision.js';

/**
 * Decisions remembered by their exact Cedar inputs, least recently used
 * evicted first. A Cedar decision is a pure function of the policy set and
 * the request (principal, action, resource, their attributes as passed, and
 * the context), so a remembered answer is the answer Cedar would give again.
 * Requests whose context carries the time (break-the-glass) are never
 * remembered. One memo belongs to one authorizer, i.e. one loaded policy set.
 */
export class DecisionMemo {
  private readonly entries = new Map<string, Decision>();

  constructor(readonly capacity: number) {}

  get(key: string): Decision | undefined {
    const decision = this.entries.get(key);
    if (decision !== undefined) {
      // Map keeps insertion order: re-inserting marks the entry as most recently used.
      this.entries.delete(key);
      this.entries.set(key, decision);
    }
    return decision;
  }

  set(key: string, decision: Decision): void {
    if (this.capacity <= 0) return;
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
    this.entries.set(key, decision);
  }

  get size(): number {
    return this.entries.size;
  }
}
