import { AppError } from '../../core/errors.js';

/**
 * Failed sign-ins counted per account and per remote address in a sliding
 * window. In memory: it protects one server process; behind several
 * processes, put the same limit in the reverse proxy too (docs/SECURITY.md).
 */
export interface RateLimitPolicy {
  readonly windowMs: number;
  readonly maxFailuresPerAccount: number;
  readonly maxFailuresPerAddress: number;
}

export const DEFAULT_LOGIN_RATE_LIMIT: RateLimitPolicy = { windowMs: 15 * 60_000, maxFailuresPerAccount: 5, maxFailuresPerAddress: 20 };

export class LoginRateLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly policy: RateLimitPolicy = DEFAULT_LOGIN_RATE_LIMIT) {}

  /** Throws rate_limited before any password work when either key is over its limit. */
  assertAllowed(username: string, address: string, nowMs: number): void {
    const accountKey = `account:${username.toLowerCase()}`;
    const addressKey = `address:${address}`;
    const accountFailures = this.recent(accountKey, nowMs);
    const addressFailures = this.recent(addressKey, nowMs);
    if (accountFailures.length >= this.policy.maxFailuresPerAccount || addressFailures.length >= this.policy.maxFailuresPerAddress) {
      const oldest = Math.min(accountFailures[0] ?? nowMs, addressFailures[0] ?? nowMs);
      const retryAfterSeconds = Math.max(1, Math.ceil((oldest + this.policy.windowMs - nowMs) / 1000));
      throw new AppError('rate_limited', `too many failed sign-ins; try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
    }
  }

  recordFailure(username: string, address: string, nowMs: number): void {
    for (const key of [`account:${username.toLowerCase()}`, `address:${address}`]) {
      const list = this.recent(key, nowMs);
      list.push(nowMs);
      this.failures.set(key, list);
    }
  }

  recordSuccess(username: string): void {
    this.failures.delete(`account:${username.toLowerCase()}`);
  }

  private recent(key: string, nowMs: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((at) => at > nowMs - this.policy.windowMs);
    if (list.length === 0) this.failures.delete(key);
    else this.failures.set(key, list);
    return list;
  }
}
