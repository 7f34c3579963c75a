import { randomBytes } from 'node:crypto';
import { buildServer } from '../api/server.js';
import type { AppInstance } from '../api/app-instance.js';
import { createAuthorizer } from '../access/authorizer.js';
import { AuditSealer } from '../audit/sealer.js';
import { systemPrincipal, type Principal } from '../core/principal.js';
import type { Clock } from '../core/time.js';
import type { DatabaseKind } from '../db/database.js';
import type { ServiceContext } from '../services/context.js';
import { seedDemo } from '../services/demo/seed-demo.js';
import { createTestDatabase, type TestDatabase } from './databases.js';

/** A clock tests can set and move; safeguards never read the wall clock. */
export class ManualClock implements Clock {
  constructor(private current: Date = new Date('2026-01-15T12:00:00.000Z')) {}
  now(): Date {
    return new Date(this.current.getTime());
  }
  set(instant: string): void {
    this.current = new Date(instant);
  }
  advanceHours(hours: number): void {
    this.current = new Date(this.current.getTime() + hours * 3_600_000);
  }
}

export interface TestContext {
  readonly database: TestDatabase;
  readonly services: ServiceContext;
  readonly clock: ManualClock;
  readonly operator: Principal;
  dispose(): Promise<void>;
}

/** A migrated database of the given kind with a service context and a manual clock. */
export async function createTestContext(kind: DatabaseKind): Promise<TestContext> {
  const database = await createTestDatabase(kind);
  const clock = new ManualClock();
  const sealer = new AuditSealer(database.db);
  const authorizer = await createAuthorizer({ clock });
  return {
    database,
    // A fresh blind-index key and KEK per context, as a new data directory would create.
    services: { db: database.db, clock, sealer, authorizer, identityIndexKey: randomBytes(32), personKeyEncryptionKey: randomBytes(32) },
    clock,
    operator: systemPrincipal('test-operator'),
    async dispose() {
      await sealer.stop();
      await database.dispose();
    },
  };
}

/**
 * The HTTP app over a test context, driven with `app.inject` (no socket needed).
 * With a principal (default: the operator) every request acts as it; pass
 * `'sign-in'` to test real sessions and tokens.
 */
export async function createTestApp(context: TestContext, principal: Principal | 'sign-in' = context.operator): Promise<AppInstance> {
  const app = await buildServer({
    services: context.services,
    databaseKind: context.database.kind,
    ...(principal === 'sign-in' ? {} : { resolvePrincipal: () => Promise.resolve(principal) }),
    logger: false,
  });
  await app.ready();
  return app;
}

/** The demo program on a fresh test database, with the HTTP app over it. */
export interface SeededApp {
  readonly context: TestContext;
  readonly app: AppInstance;
  /** Closes the app, then the context (and its database). */
  dispose(): Promise<void>;
}

/**
 * A test context with the demo program seeded and the app over it (createTestApp: real sign-in by
 * default, or every request as the context's operator with 'operator'). Seeding costs seconds (every demo user's password is hashed), so make one per file or
 * describe block in beforeAll, not one per test.
 *
 * @example beforeAll(async () => ({ context, app } = await createSeededApp(kind)));
 */
export async function createSeededApp(kind: DatabaseKind, principal: Principal | 'operator' | 'sign-in' = 'sign-in'): Promise<SeededApp> {
  const context = await createTestContext(kind);
  try {
    await seedDemo(context.services, context.operator);
    const app = await createTestApp(context, principal === 'operator' ? context.operator : principal);
    return {
      context,
      app,
      async dispose() {
        await app.close();
        await context.dispose();
      },
    };
  } catch (error) {
    await context.dispose();
    throw error;
  }
}
