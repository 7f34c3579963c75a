import { buildServer } from '../api/server.js';
import type { AppInstance } from '../api/app-instance.js';
import { createAuthorizer } from '../access/authorizer.js';
import { AuditSealer } from '../audit/sealer.js';
import { systemPrincipal, type Principal } from '../core/principal.js';
import type { Clock } from '../core/time.js';
import type { DatabaseKind } from '../db/database.js';
import type { ServiceContext } from '../services/context.js';
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
    services: { db: database.db, clock, sealer, authorizer },
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
