import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { sql } from 'kysely';
import { createApiToken } from '../services/identity/api-tokens.js';
import { seedScale } from '../services/scale/seed-scale.js';
import { benchAuditVerify } from './audit-verify.bench.js';
import { benchAuditedWrite } from './audited-write.bench.js';
import { createBenchTarget, disposeTarget, openBenchEnvironment, type BenchEnvironment } from './bench-environment.js';
import { BENCH_NAMES, type BenchName, type BenchRow } from './bench-row.js';
import type { BenchScale } from './bench-scale.js';
import { benchImport, benchManifestLock, benchSearch } from './capability.bench.js';
import { benchDecision } from './decision.bench.js';
import { benchServer } from './server.bench.js';
import { benchSweep } from './sweep.bench.js';
import { measureTransitions, seedTransitionCases, transitionRow } from './transition.bench.js';

export interface BenchOptions {
  readonly scale: BenchScale;
  /** Benchmarks to run (default: all). */
  readonly only?: readonly BenchName[];
  /** PostgreSQL server to create the run's throwaway database on when set; a fresh PGlite directory otherwise. */
  readonly databaseUrl?: string | undefined;
  /** Where the JSON goes (bench/results/latest.json in the CLI). */
  readonly resultsFile: string;
  readonly onProgress?: (line: string) => void;
}

export interface BenchReport {
  readonly startedAt: string;
  readonly database: 'pglite' | 'postgres';
  /** PostgreSQL: the throwaway database the run measured in (dropped at the end). */
  readonly throwawayDatabase: string | null;
  readonly scale: BenchScale;
  readonly node: string;
  readonly seconds: number;
  readonly rows: readonly BenchRow[];
}

/**
 * Runs the suite: seeds the background cases, runs each selected benchmark with its baseline in
 * the same run, then the server benchmarks (they need the data directory free), and writes the
 * report as JSON. Rows whose capability has not landed say so instead of carrying numbers.
 *
 * @example const report = await runBench({ scale: BENCH_SCALES.small, resultsFile: 'bench/results/latest.json' });
 */
export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const wanted = new Set<BenchName>(options.only ?? BENCH_NAMES);
  const say = options.onProgress ?? (() => undefined);
  const { scale } = options;
  const target = await createBenchTarget(options.databaseUrl);
  const rows: BenchRow[] = [];
  let serverInput: Parameters<typeof benchServer>[0] | null = null;
  try {
    const env = await openBenchEnvironment(target);
    try {
      const timed = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
        const begin = performance.now();
        say(`bench: ${name}…`);
        const result = await work();
        say(`bench: ${name} done in ${((performance.now() - begin) / 1000).toFixed(1)} s`);
        return result;
      };
      if ([...wanted].some((name) => name !== 'decision')) {
        await timed(`seeding ${scale.backgroundCases} background cases`, () =>
          seedScale(env.services, env.operator, { count: scale.backgroundCases, onProgress: (p) => say(`bench: seeded ${p.done}/${p.total}`) }),
        );
      }
      let serviceP99Ms: number | null = null;
      if (wanted.has('decision')) rows.push(await benchDecision(env, scale));
      if (wanted.has('transition')) {
        const figures = await timed('transition', () => measureTransitions(env, scale));
        serviceP99Ms = figures.service.p99Ms;
        rows.push(transitionRow(env, figures, scale.clients));
      }
      if (wanted.has('sweep')) rows.push(await timed('sweep', () => benchSweep(env, scale)));
      if (wanted.has('audit-verify')) rows.push(...(await timed('audit verify', () => benchAuditVerify(env, scale))));
      if (wanted.has('audited-write')) rows.push(await timed('audited write', () => benchAuditedWrite(env, scale)));
      if (wanted.has('search')) rows.push(await timed('search', () => benchSearch(env, scale)));
      if (wanted.has('import')) rows.push(...(await timed('import', () => benchImport(env, scale))));
      if (wanted.has('manifest-lock')) rows.push(await timed('manifest lock', () => benchManifestLock(env, scale)));
      if (wanted.has('http') || wanted.has('memory')) serverInput = await prepareServer(env, scale, serviceP99Ms);
    } finally {
      await env.close();
    }
    if (serverInput !== null) {
      const input = serverInput;
      rows.push(...(await timedServer(say, () => benchServer(input, scale, { http: wanted.has('http'), memory: wanted.has('memory') }))));
    }
  } finally {
    await disposeTarget(target);
  }
  const report: BenchReport = { startedAt, database: target.kind, throwawayDatabase: target.databaseName, scale, node: process.version, seconds: (performance.now() - started) / 1000, rows: order(rows) };
  await mkdir(dirname(options.resultsFile), { recursive: true });
  await writeFile(options.resultsFile, `${JSON.stringify(report, null, 2)}\n`);
  return report;
}

async function timedServer(say: (line: string) => void, work: () => Promise<BenchRow[]>): Promise<BenchRow[]> {
  say('bench: server (http, memory)…');
  const rows = await work();
  say('bench: server done');
  return rows;
}

/** The officer's token and working cases for the server, made while the database is open. */
async function prepareServer(env: BenchEnvironment, scale: BenchScale, serviceP99Ms: number | null): Promise<Parameters<typeof benchServer>[0]> {
  const { casesByClient } = await seedTransitionCases(env, scale.clients, 4);
  const issued = await createApiToken(env.services, env.operator, 'officer', 'bench');
  const { rows } = await sql<{ n: string }>`select count(*)::text as n from cases`.execute(env.database.db);
  return { target: env.target, token: issued.token, casesByClient, serviceP99Ms, totalCases: Number(rows[0]?.n ?? 0) };
}

/** Rows in the order of BENCH_NAMES, whatever order they were measured in. */
function order(rows: readonly BenchRow[]): BenchRow[] {
  return [...rows].sort((a, b) => BENCH_NAMES.indexOf(a.bench) - BENCH_NAMES.indexOf(b.bench));
}
