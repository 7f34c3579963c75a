import { randomUUID } from 'node:crypto';
import { Kysely, PostgresDialect, type LogEvent } from 'kysely';
import { AuditSealer } from '../audit/sealer.js';
import type { Principal } from '../core/principal.js';
import { PGliteDialect } from '../db/pglite-dialect.js';
import type { DB } from '../db/schema.js';
import type { ServiceContext } from '../services/context.js';
import { transitionCase, type TransitionRequest } from '../services/cases/transition-case.js';
import { seedScale } from '../services/scale/seed-scale.js';
import type { BenchEnvironment } from './bench-environment.js';
import { userPrincipal } from './bench-principal.js';
import { measuredRow, type BenchRow } from './bench-row.js';
import type { BenchScale } from './bench-scale.js';
import { runClosedLoop, type LoadFigures } from './latency-stats.js';
import type { CapturedStatement, RawDriver } from './raw-driver.js';

const HOLD: TransitionRequest = { transition: 'hold', reason: 'Benchmark hold' };
const RELEASE: TransitionRequest = { transition: 'release_hold' };

/** Officer-owned intake cases, `perClient` for each client, that hold/release can cycle forever. */
export async function seedTransitionCases(env: BenchEnvironment, clients: number, perClient: number): Promise<{ officer: Principal; casesByClient: string[][] }> {
  // Seeding loads the demo accounts when absent, so the officer exists afterwards.
  const seeded = await seedScale(env.services, env.operator, { count: clients * perClient * 2 + 2, states: ['intake'], casesPerDocument: 0, seed: 11 });
  const principal = await userPrincipal(env.database.db, 'officer');
  const owned = await env.database.db.selectFrom('cases').select('id').where('id', 'in', seeded.caseIds).where('officer_id', '=', principal.userId).orderBy('id').execute();
  const ids = owned.map((c) => c.id);
  return { officer: principal, casesByClient: Array.from({ length: clients }, (_, client) => ids.slice(client * perClient, client * perClient + perClient)) };
}

/** The statements of one hold and one release through the service, grouped by connection use. */
interface CapturedTransition {
  readonly caseId: string;
  readonly hold: { readonly groups: CapturedStatement[][]; readonly decisionId: string };
  readonly release: { readonly groups: CapturedStatement[][]; readonly decisionId: string };
}

/** Never seals: the capture must hold only the transition's own statements (sealing is measured with the service). */
class DeferredSealer extends AuditSealer {
  override schedule(): void {
    // deliberately nothing; the caller flushes
  }
}

/**
 * Runs hold and release once through transitionCase on a Kysely that logs every statement it
 * sends (begin and commit included), so the baseline replays exactly what the application sent.
 */
export async function captureTransitionStatements(env: BenchEnvironment, principal: Principal, caseId: string): Promise<CapturedTransition> {
  let log: CapturedStatement[] = [];
  const dialect = env.database.pglite !== null ? new PGliteDialect(env.database.pglite) : env.database.pool !== null ? new PostgresDialect({ pool: env.database.pool }) : null;
  if (dialect === null) throw new Error('no raw engine to capture on');
  // Not destroyed: it shares the engine (or pool) with the environment, which closes it.
  const logging = new Kysely<DB>({
    dialect,
    log: (event: LogEvent) => {
      if (event.level === 'query') log.push({ sql: event.query.sql, parameters: [...event.query.parameters] });
    },
  });
  const sealer = new DeferredSealer(logging);
  const ctx: ServiceContext = { ...env.services, db: logging, sealer };
  const held = await transitionCase(ctx, principal, caseId, HOLD);
  const holdGroups = groupByConnection(log);
  log = [];
  const released = await transitionCase(ctx, principal, caseId, RELEASE);
  const releaseGroups = groupByConnection(log);
  await sealer.flush();
  return { caseId, hold: { groups: holdGroups, decisionId: held.decision.id }, release: { groups: releaseGroups, decisionId: released.decision.id } };
}

/** Statements outside a transaction each take the connection alone; begin … commit take it together. */
function groupByConnection(statements: readonly CapturedStatement[]): CapturedStatement[][] {
  const groups: CapturedStatement[][] = [];
  let open: CapturedStatement[] | null = null;
  for (const statement of statements) {
    const head = statement.sql.trimStart().slice(0, 8).toLowerCase();
    if (head.startsWith('begin')) {
      open = [statement];
      continue;
    }
    if (open !== null) {
      open.push(statement);
      if (head.startsWith('commit') || head.startsWith('rollback')) {
        groups.push(open);
        open = null;
      }
      continue;
    }
    groups.push([statement]);
  }
  if (open !== null) groups.push(open);
  return groups;
}

/** The captured statements for another case: its id in place of the captured one, a fresh decision id. */
function statementsFor(groups: readonly CapturedStatement[][], capturedCaseId: string, capturedDecisionId: string, caseId: string): CapturedStatement[][] {
  const decisionId = randomUUID();
  const swap = (value: unknown): unknown => (typeof value === 'string' ? value.replaceAll(capturedCaseId, caseId).replaceAll(capturedDecisionId, decisionId) : value);
  return groups.map((group) => group.map((statement) => ({ sql: statement.sql, parameters: statement.parameters.map(swap) })));
}

async function replay(raw: RawDriver, groups: readonly CapturedStatement[][]): Promise<void> {
  for (const group of groups) await raw.runGroup(group);
}

export interface TransitionFigures {
  readonly service: LoadFigures;
  readonly raw: LoadFigures;
  readonly statementsPerTransition: number;
}

/**
 * Audited transitions through the service layer with `clients` concurrent clients against the
 * same statements replayed by the raw driver. Each operation is one transition (hold or
 * release_hold, alternating per case), so both figures are transitions per second.
 */
export async function measureTransitions(env: BenchEnvironment, scale: BenchScale): Promise<TransitionFigures> {
  const casesPerClient = 4;
  const { officer, casesByClient } = await seedTransitionCases(env, scale.clients, casesPerClient);
  const captureCase = casesByClient[0]?.[0];
  if (captureCase === undefined) throw new Error('no officer-owned case to capture on');
  const captured = await captureTransitionStatements(env, officer, captureCase);
  const operations = scale.transitionPairsPerClient * 2;
  const caseFor = (client: number, index: number): string => casesByClient[client]?.[Math.floor(index / 2) % casesPerClient] ?? captureCase;

  const rawOperation = async (client: number, index: number): Promise<void> => {
    const step = index % 2 === 0 ? captured.hold : captured.release;
    await replay(env.raw, statementsFor(step.groups, captured.caseId, step.decisionId, caseFor(client, index)));
  };
  const serviceOperation = async (client: number, index: number): Promise<void> => {
    await transitionCase(env.services, officer, caseFor(client, index), index % 2 === 0 ? HOLD : RELEASE);
  };
  // Warm both paths (JIT, plans, caches) on every case before timing.
  await runClosedLoop(scale.clients, casesPerClient * 2, rawOperation);
  await runClosedLoop(scale.clients, casesPerClient * 2, serviceOperation);
  await env.services.sealer.flush();
  const raw = await runClosedLoop(scale.clients, operations, rawOperation);
  const service = await runClosedLoop(scale.clients, operations, serviceOperation);
  await env.services.sealer.flush();
  const statementsPerTransition = (captured.hold.groups.flat().length + captured.release.groups.flat().length) / 2;
  return { service, raw, statementsPerTransition };
}

export function transitionRow(env: BenchEnvironment, figures: TransitionFigures, clients: number): BenchRow {
  const ratio = figures.service.perSecond / figures.raw.perSecond;
  const needsAbsolute = env.target.kind === 'pglite';
  return measuredRow({
    bench: 'transition',
    metric: `audited transition via service, ${clients} clients`,
    value: figures.service.perSecond,
    unit: 'transitions/s',
    baseline: figures.raw.perSecond,
    baselineLabel: `same ${figures.statementsPerTransition} statements via raw ${env.target.kind === 'pglite' ? 'PGlite' : 'pg'}`,
    higherIsBetter: true,
    goal: needsAbsolute ? '≥ 50% and ≥ 500/s' : '≥ 50%',
    pass: ratio >= 0.5 && (!needsAbsolute || figures.service.perSecond >= 500),
    details: {
      serviceP50Ms: figures.service.p50Ms,
      serviceP99Ms: figures.service.p99Ms,
      rawP50Ms: figures.raw.p50Ms,
      rawP99Ms: figures.raw.p99Ms,
      transitions: figures.service.operations,
      statementsPerTransition: figures.statementsPerTransition,
    },
  });
}
