import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import { AuditSealer } from '../audit/sealer.js';
import type { Principal } from '../core/principal.js';
import { PGliteDialect } from '../db/pglite-dialect.js';
import type { DB } from '../db/schema.js';
import { updateCase } from '../services/cases/update-case.js';
import type { ServiceContext } from '../services/context.js';
import type { BenchEnvironment } from './bench-environment.js';
import { measuredRow, type BenchRow } from './bench-row.js';
import type { BenchScale } from './bench-scale.js';
import { runClosedLoop, type LoadFigures } from './latency-stats.js';
import { seedTransitionCases } from './transition.bench.js';

/** Writers, as issue 10 asks ("at 8 concurrent writers"). */
const WRITERS = 8;
/** Phases alternate unaudited/audited this many times each, so drift in a noisy machine hits both alike. */
const ROUNDS = 2;

/**
 * Audited writes against the same writes without their audit insert (issue 10: ≥ 50 % at 8
 * concurrent writers). The write is `updateCase` through the service path — read, Cedar,
 * transaction with row lock, update, audit insert, then `sealer.schedule()` after commit — each
 * writer on its own case, so the only shared thing is the audit log. The baseline runs the very
 * same service code on a Kysely whose driver drops the `insert into "audit_log_rows"` statement, with
 * a sealer that has nothing to seal. The audited phase ends with `sealer.flush()` inside its
 * time, so a sealer falling behind counts against it.
 */
export async function benchAuditedWrite(env: BenchEnvironment, scale: BenchScale): Promise<BenchRow> {
  const writesPerWriter = Math.max(10, scale.transitionPairsPerClient * 5);
  const { officer, casesByClient } = await seedTransitionCases(env, WRITERS, 1);
  const versions = await currentVersions(env, casesByClient);
  const unaudited: ServiceContext = { ...env.services, db: withoutAuditInserts(env), sealer: new IdleSealer(env.database.db) };
  const audited = env.services;

  const without: LoadFigures[] = [];
  const withAudit: LoadFigures[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    without.push(await writeLoad(unaudited, officer, casesByClient, versions, writesPerWriter, `u${round}`));
    const begin = performance.now();
    const figures = await writeLoad(audited, officer, casesByClient, versions, writesPerWriter, `a${round}`);
    await audited.sealer.flush();
    const seconds = (performance.now() - begin) / 1000;
    withAudit.push({ ...figures, seconds, perSecond: figures.operations / seconds });
  }
  const baseline = combined(without);
  const value = combined(withAudit);
  return measuredRow({
    bench: 'audited-write',
    metric: `audited case update (service path + audit entry + sealer), ${WRITERS} writers`,
    value: value.perSecond,
    unit: 'writes/s',
    baseline: baseline.perSecond,
    baselineLabel: 'the same updates without the audit insert',
    higherIsBetter: true,
    goal: '≥ 50%',
    pass: value.perSecond / baseline.perSecond >= 0.5,
    details: { writes: value.operations, auditedP50Ms: value.p50Ms, auditedP99Ms: value.p99Ms, unauditedP50Ms: baseline.p50Ms, unauditedP99Ms: baseline.p99Ms, writers: WRITERS },
  });
}

async function writeLoad(
  ctx: ServiceContext,
  officer: Principal,
  casesByClient: readonly string[][],
  versions: Map<string, number>,
  writesPerWriter: number,
  phase: string,
): Promise<LoadFigures> {
  return runClosedLoop(WRITERS, writesPerWriter, async (writer, index) => {
    const caseId = casesByClient[writer]?.[0];
    if (caseId === undefined) throw new Error(`writer ${writer} has no case`);
    const updated = await updateCase(ctx, officer, caseId, versions.get(caseId) ?? 0, { externalId: `bench-aw-${phase}-${writer}-${index}` });
    versions.set(caseId, updated.version);
  });
}

async function currentVersions(env: BenchEnvironment, casesByClient: readonly string[][]): Promise<Map<string, number>> {
  const ids = casesByClient.flat();
  const rows = await env.database.db.selectFrom('cases').select(['id', 'version']).where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, row.version]));
}

/** Throughput over all rounds: total writes over total time; latencies from the last round. */
function combined(rounds: readonly LoadFigures[]): LoadFigures {
  const operations = rounds.reduce((sum, round) => sum + round.operations, 0);
  const seconds = rounds.reduce((sum, round) => sum + round.seconds, 0);
  const last = rounds.at(-1);
  return { operations, seconds, perSecond: operations / seconds, p50Ms: last?.p50Ms ?? Number.NaN, p99Ms: last?.p99Ms ?? Number.NaN };
}

/** The baseline writes no audit entries, so there is nothing to seal. */
class IdleSealer extends AuditSealer {
  override schedule(): void {
    // deliberately nothing: no entries were written
  }
}

/**
 * A Kysely on the environment's engine (PGlite instance or PostgreSQL pool, not destroyed:
 * the environment owns it) whose driver answers `insert into "audit_log_rows"` with no rows
 * instead of sending it. Every other statement of the service path runs unchanged.
 */
function withoutAuditInserts(env: BenchEnvironment): Kysely<DB> {
  const inner: Dialect | null = env.database.pglite !== null ? new PGliteDialect(env.database.pglite) : env.database.pool !== null ? new PostgresDialect({ pool: env.database.pool }) : null;
  if (inner === null) throw new Error('no engine to run the unaudited baseline on');
  return new Kysely<DB>({
    dialect: {
      createAdapter: () => inner.createAdapter(),
      createDriver: () => new SkipAuditInsertDriver(inner.createDriver()),
      createIntrospector: (db) => inner.createIntrospector(db),
      createQueryCompiler: () => inner.createQueryCompiler(),
    },
  });
}

const AUDIT_INSERT = /^\s*insert into "audit_log_rows"/i;

class SkipAuditInsertDriver implements Driver {
  readonly #wrapped = new WeakMap<DatabaseConnection, DatabaseConnection>();

  constructor(private readonly inner: Driver) {}

  init(): Promise<void> {
    return this.inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await this.inner.acquireConnection();
    const skipping: DatabaseConnection = {
      executeQuery: <R>(query: CompiledQuery): Promise<QueryResult<R>> => (AUDIT_INSERT.test(query.sql) ? Promise.resolve({ rows: [] }) : connection.executeQuery<R>(query)),
      streamQuery: <R>(query: CompiledQuery, chunkSize?: number) => connection.streamQuery<R>(query, chunkSize),
    };
    this.#wrapped.set(skipping, connection);
    return skipping;
  }

  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.inner.beginTransaction(this.unwrap(connection), settings);
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.commitTransaction(this.unwrap(connection));
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.rollbackTransaction(this.unwrap(connection));
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.inner.releaseConnection(this.unwrap(connection));
  }

  destroy(): Promise<void> {
    // The environment closes the engine; destroying here would end its pool.
    return Promise.resolve();
  }

  private unwrap(connection: DatabaseConnection): DatabaseConnection {
    const inner = this.#wrapped.get(connection);
    if (inner === undefined) throw new Error('connection was not acquired through this driver');
    return inner;
  }
}
