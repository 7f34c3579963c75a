import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { BenchTarget } from './bench-environment.js';
import { measuredRow, unavailableRow, type BenchRow } from './bench-row.js';
import type { BenchScale } from './bench-scale.js';
import { runClosedLoop } from './latency-stats.js';

/** What the server benchmark needs prepared while the database was still open. */
export interface ServerBenchInput {
  readonly target: BenchTarget;
  readonly token: string;
  readonly casesByClient: readonly (readonly string[])[];
  /** The service-layer p99 of the transition benchmark in this run, if it ran. */
  readonly serviceP99Ms: number | null;
  readonly totalCases: number;
}

const MAIN = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

/**
 * Spawns `node dist/cli/main.js serve` on the benchmark's database, then (1) drives
 * POST /api/cases/:id/transitions (hold / release_hold) over loopback with `clients`
 * connections, signed in by an API token, and (2) reads the server's VmRSS from /proc after the
 * load and a few list and read requests, against its VmRSS just after start.
 */
export async function benchServer(input: ServerBenchInput, scale: BenchScale, wanted: { http: boolean; memory: boolean }): Promise<BenchRow[]> {
  const httpMetric = `HTTP transition p99, ${scale.clients} connections`;
  const memoryMetric = `server RSS serving ${input.totalCases} cases`;
  const rows: BenchRow[] = [];
  const unavailable = (reason: string): BenchRow[] => [
    ...(wanted.http ? [unavailableRow('http', httpMetric, 'p99 ≤ 50 ms', reason)] : []),
    ...(wanted.memory ? [unavailableRow('memory', memoryMetric, '≤ 300 MB', reason)] : []),
  ];
  if (!existsSync(MAIN)) return unavailable('dist/cli/main.js is not built (npm run build)');
  const port = await freePort();
  const server = spawn(process.execPath, [MAIN, 'serve', '--port', String(port), '--host', '127.0.0.1'], {
    env: { ...withoutDatabaseUrl(process.env), WAYPOINT_DATA_DIR: input.target.dataDir, LOG_LEVEL: 'warn', ...(input.target.url === null ? {} : { DATABASE_URL: input.target.url }) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const started = await waitForServing(server);
    if (started !== null) return unavailable(`server did not start: ${started}`);
    const base = `http://127.0.0.1:${port}`;
    const headers = { authorization: `Bearer ${input.token}`, 'content-type': 'application/json' };
    const idleRss = await residentMegabytes(server.pid);

    if (wanted.http) {
      const send = async (client: number, index: number): Promise<void> => {
        const cases = input.casesByClient[client] ?? [];
        const caseId = cases[Math.floor(index / 2) % cases.length];
        const body = index % 2 === 0 ? { transition: 'hold', reason: 'Benchmark hold' } : { transition: 'release_hold' };
        const response = await fetch(`${base}/api/cases/${caseId ?? ''}/transitions`, { method: 'POST', headers, body: JSON.stringify(body) });
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`transition answered ${response.status}`);
      };
      const perClient = Math.min(...input.casesByClient.map((c) => c.length)) * 2;
      await runClosedLoop(scale.clients, perClient, send);
      const figures = await runClosedLoop(scale.clients, scale.httpRequestsPerConnection * 2, send);
      rows.push(
        measuredRow({
          bench: 'http',
          metric: httpMetric,
          value: figures.p99Ms,
          unit: 'ms',
          baseline: input.serviceP99Ms,
          baselineLabel: input.serviceP99Ms === null ? 'none: the transition benchmark did not run' : 'service-layer p99 (transition row)',
          higherIsBetter: false,
          goal: 'p99 ≤ 50 ms',
          pass: figures.p99Ms <= 50,
          details: { perSecond: figures.perSecond, p50Ms: figures.p50Ms, requests: figures.operations },
        }),
      );
    }

    if (wanted.memory) {
      for (const path of ['/api/cases?limit=100', '/api/people?limit=100', '/api/agreements', `/api/cases/${input.casesByClient[0]?.[0] ?? ''}`]) {
        const response = await fetch(`${base}${path}`, { headers });
        await response.arrayBuffer();
      }
      const rss = await residentMegabytes(server.pid);
      if (rss === null || idleRss === null) rows.push(unavailableRow('memory', memoryMetric, '≤ 300 MB', 'no /proc/<pid>/status on this system'));
      else
        rows.push(
          measuredRow({ bench: 'memory', metric: memoryMetric, value: rss, unit: 'MB', baseline: idleRss, baselineLabel: 'same server right after start', higherIsBetter: false, goal: '≤ 300 MB', pass: rss <= 300 }),
        );
    }
    return rows;
  } finally {
    await stop(server);
  }
}

function withoutDatabaseUrl(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DATABASE_URL: _url, ...rest } = env;
  return rest;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Resolves null once the server prints that it serves; the reason when it exits or times out. */
async function waitForServing(server: ChildProcess, timeoutMs = 60_000): Promise<string | null> {
  return new Promise((resolve) => {
    let errors = '';
    const timer = setTimeout(() => resolve(`no "serving" line within ${timeoutMs / 1000} s`), timeoutMs);
    server.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('serving http')) {
        clearTimeout(timer);
        resolve(null);
      }
    });
    server.stderr?.on('data', (chunk: Buffer) => {
      errors = (errors + chunk.toString()).slice(-300);
    });
    server.once('exit', (code) => {
      clearTimeout(timer);
      resolve(`exited with ${code ?? 'a signal'}: ${errors.trim()}`);
    });
  });
}

async function residentMegabytes(pid: number | undefined): Promise<number | null> {
  if (pid === undefined) return null;
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(status);
    return match?.[1] === undefined ? null : Number(match[1]) / 1024;
  } catch {
    return null;
  }
}

async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
