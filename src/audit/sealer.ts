import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { sealPending } from './audit-log.js';

/**
 * Seals audit entries soon after their transactions commit. Requests call
 * `schedule()` after commit; calls arriving while a seal runs coalesce into
 * one follow-up run, so sealing cost is batched under load. A slow timer
 * catches entries from other processes (CLI, a second server on PostgreSQL).
 * `afterSeal` (optional) runs after each sealing run, e.g. the Checkpointer's
 * maybeCheckpoint, so signed tree heads follow sealing without a second timer.
 */
export class AuditSealer {
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private lastError: Error | null = null;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly onError: (error: Error) => void = () => undefined,
    private readonly afterSeal: (() => Promise<unknown>) | null = null,
  ) {}

  schedule(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.runLoop();
  }

  /** Waits until everything committed so far is sealed (tests, CLI, shutdown). */
  async flush(): Promise<void> {
    while (this.running) await this.running;
    await sealPending(this.db);
    await this.afterSeal?.();
  }

  startTimer(intervalMs: number): void {
    this.timer ??= setInterval(() => this.schedule(), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    while (this.running) await this.running;
  }

  get error(): Error | null {
    return this.lastError;
  }

  private async runLoop(): Promise<void> {
    try {
      do {
        this.again = false;
        await sealPending(this.db);
        await this.afterSeal?.();
        this.lastError = null;
      } while (this.again);
    } catch (error) {
      this.lastError = error as Error;
      this.onError(error as Error);
    } finally {
      this.running = null;
    }
  }
}
