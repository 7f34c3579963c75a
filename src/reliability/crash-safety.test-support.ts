import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database, type DatabaseKind } from '../db/database.js';
import { TEST_DATABASE_KINDS, withAdminClient } from '../test-support/databases.js';
import { BUILT_CLI, killHard, runCli, startServer, type ServerProcess } from './server-process.js';

/**
 * Runs the built server as a child process, drives audited writes over HTTP
 * with an API token, SIGKILLs it at random moments, restarts it, and checks
 * that nothing is half-written: every case has its person, every decision its
 * case, every acknowledged write is there with its audit entry, no audit
 * entry lacks its write, and `waypoint audit verify` passes.
 */
/**
 * Kill points per database. Each one is a full server start (3-7 s), so the default is 12: that
 * already kills mid-flow dozens of times and runs the consistency check twice (after kills 10 and
 * 12). The 50 kills per database is opt-in with WAYPOINT_CRASH_KILLS=50 (docs/SECURITY.md
 * keeps the figures of the last 50-kill run); CRASH_KILLS / CRASH_KILLS_POSTGRES override one database.
 */
const DEFAULT_KILLS = Number(process.env.WAYPOINT_CRASH_KILLS ?? 12);
const KILLS: Readonly<Record<DatabaseKind, number>> = { pglite: Number(process.env.CRASH_KILLS ?? DEFAULT_KILLS), postgres: Number(process.env.CRASH_KILLS_POSTGRES ?? DEFAULT_KILLS) };
const WRITERS = 3;

/** Deterministic pseudo-random kill points (xorshift), so a failing run can be repeated with CRASH_SEED. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
}

interface Acknowledged {
  readonly people: Set<string>;
  readonly cases: Map<string, number>;
  readonly facts: Set<string>;
  writes: number;
  unknown: number;
}

async function call(baseUrl: string, token: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined && { 'content-type': 'application/json' }), ...headers },
    ...(body !== undefined && { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  return { status: response.status, json: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>) };
}

/** One writer: person → case → fact → hold → release → update, over and over until the server dies. */
async function writeUntilKilled(baseUrl: string, token: string, acknowledged: Acknowledged, writer: string): Promise<void> {
  for (let round = 0; ; round += 1) {
    try {
      const person = await call(baseUrl, token, 'POST', '/api/people', { givenNames: 'Crash', familyName: `W${writer}R${round}`, nationalities: ['SV'] });
      expect(person.status).toBe(201);
      acknowledged.people.add(String(person.json.id));
      acknowledged.writes += 1;
      const opened = await call(baseUrl, token, 'POST', '/api/cases', { personId: person.json.id });
      expect(opened.status, JSON.stringify(opened.json)).toBe(201);
      const caseId = String(opened.json.id);
      acknowledged.cases.set(caseId, 1);
      acknowledged.writes += 1;
      const fact = await call(baseUrl, token, 'POST', `/api/cases/${caseId}/facts/fear-claim`, { payload: { country: 'RW', claimedAt: '2026-01-10T09:00:00Z' } });
      if (fact.status === 201) {
        acknowledged.facts.add(String(fact.json.id));
        acknowledged.writes += 1;
      }
      for (const body of [{ transition: 'hold', reason: 'crash test' }, { transition: 'release_hold' }]) {
        const moved = await call(baseUrl, token, 'POST', `/api/cases/${caseId}/transitions`, body);
        expect(moved.status, JSON.stringify(moved.json)).toBe(200);
        acknowledged.cases.set(caseId, (acknowledged.cases.get(caseId) ?? 1) + 1);
        acknowledged.writes += 1;
      }
      const version = acknowledged.cases.get(caseId) ?? 1;
      const updated = await call(baseUrl, token, 'PATCH', `/api/cases/${caseId}`, { externalId: `CRASH-${writer}-${round}` }, { 'if-match': `"v${version}"` });
      expect(updated.status, JSON.stringify(updated.json)).toBe(200);
      acknowledged.cases.set(caseId, version + 1);
      acknowledged.writes += 1;
    } catch (error) {
      // The server died mid-request: the outcome of that write is unknown (committed or not), never half.
      if (error instanceof TypeError || (error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError') {
        acknowledged.unknown += 1;
        return;
      }
      throw error;
    }
  }
}

/** Consistency of what is on disk, with the server down. Returns the violations found. */
async function checkConsistency(database: Database, acknowledged: Acknowledged): Promise<string[]> {
  const db = database.db;
  const violations: string[] = [];
  const orphanCases = await db.selectFrom('cases').leftJoin('people', 'people.id', 'cases.person_id').select('cases.id').where('people.id', 'is', null).execute();
  if (orphanCases.length > 0) violations.push(`${orphanCases.length} cases without their person`);
  const orphanDecisions = await db.selectFrom('decisions').leftJoin('cases', 'cases.id', 'decisions.case_id').select('decisions.id').where('cases.id', 'is', null).execute();
  if (orphanDecisions.length > 0) violations.push(`${orphanDecisions.length} decisions without their case`);

  const people = new Set((await db.selectFrom('people').select('id').where('is_demo', '=', false).execute()).map((row) => row.id));
  const cases = new Map((await db.selectFrom('cases').select(['id', 'version']).where('is_demo', '=', false).execute()).map((row) => [row.id, row.version]));
  const facts = new Set((await db.selectFrom('case_facts').select('id').execute()).map((row) => row.id));
  for (const id of acknowledged.people) if (!people.has(id)) violations.push(`acknowledged person ${id} lost`);
  for (const [id, version] of acknowledged.cases) if ((cases.get(id) ?? 0) < version) violations.push(`acknowledged case ${id} v${version} lost (have v${cases.get(id) ?? 0})`);
  for (const id of acknowledged.facts) if (!facts.has(id)) violations.push(`acknowledged fact ${id} lost`);

  const audit = await db.selectFrom('audit_log').select(['action', 'resource_id', 'details']).where('action', 'in', ['person.create', 'case.open', 'case.transition', 'case.update', 'case.fact_record']).execute();
  const audited = (action: string): string[] => audit.filter((row) => row.action === action).map((row) => row.resource_id ?? '');
  const personAudits = new Set(audited('person.create'));
  const caseAudits = new Set(audited('case.open'));
  for (const id of people) if (!personAudits.has(id)) violations.push(`person ${id} has no person.create audit entry`);
  for (const id of personAudits) if (!people.has(id)) violations.push(`audit person.create ${id} has no person`);
  for (const id of cases.keys()) if (!caseAudits.has(id)) violations.push(`case ${id} has no case.open audit entry`);
  for (const id of caseAudits) if (!cases.has(id)) violations.push(`audit case.open ${id} has no case`);
  // Every version step of a case is one audited write (transition or update), no more, no less.
  const steps = new Map<string, number>();
  for (const id of [...audited('case.transition'), ...audited('case.update')]) steps.set(id, (steps.get(id) ?? 0) + 1);
  for (const [id, version] of cases) if ((steps.get(id) ?? 0) !== version - 1) violations.push(`case ${id} is at v${version} but has ${steps.get(id) ?? 0} audited steps`);
  const factRows = await db.selectFrom('case_facts').innerJoin('cases', 'cases.id', 'case_facts.case_id').select('case_facts.case_id').where('cases.is_demo', '=', false).execute();
  const factCounts = new Map<string, number>();
  for (const row of factRows) factCounts.set(row.case_id, (factCounts.get(row.case_id) ?? 0) + 1);
  const factAudits = new Map<string, number>();
  for (const id of audited('case.fact_record')) if (cases.has(id)) factAudits.set(id, (factAudits.get(id) ?? 0) + 1);
  for (const id of new Set([...factCounts.keys(), ...factAudits.keys()])) {
    if ((factCounts.get(id) ?? 0) !== (factAudits.get(id) ?? 0)) violations.push(`case ${id}: ${factCounts.get(id) ?? 0} facts but ${factAudits.get(id) ?? 0} fact audit entries`);
  }
  return violations;
}

async function throwawayPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL ?? '';
  const name = `waypoint_crash_${randomBytes(5).toString('hex')}`;
  await withAdminClient(adminUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await withAdminClient(adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}

/**
 * The crash suite for one database. One test file per database (crash-safety-pglite / -postgres)
 * so the two runs — each a dozen server starts — go to different workers instead of one file
 * holding a worker for four minutes.
 */
export function describeCrashSafety(kind: DatabaseKind): void {
  describe.skipIf(!existsSync(BUILT_CLI) || !TEST_DATABASE_KINDS.includes(kind))(`crash safety with SIGKILL (${kind})`, () => {
    let dataDir = '';
    let dropDatabase: () => Promise<void> = () => Promise.resolve();
    afterAll(async () => {
      await dropDatabase();
      if (dataDir !== '') rmSync(dataDir, { recursive: true, force: true });
    });

    it(`survives ${KILLS[kind]} kills at random points with nothing partial, lost or unaudited`, { timeout: 30 * 60_000 }, async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'waypoint-crash-'));
      const env: NodeJS.ProcessEnv = { ...process.env, WAYPOINT_DATA_DIR: dataDir, LOG_LEVEL: 'silent', WAYPOINT_ACTOR: 'crash-suite' };
      delete env.DATABASE_URL;
      let databaseUrl: string | null = null;
      if (kind === 'postgres') {
        const throwaway = await throwawayPostgres();
        databaseUrl = throwaway.url;
        dropDatabase = throwaway.drop;
        env.DATABASE_URL = databaseUrl;
      }
      const openDirect = (): Promise<Database> => openDatabase(databaseUrl === null ? { kind: 'pglite', dataDir } : { kind: 'postgres', url: databaseUrl, poolSize: 2 });

      // Seed and issue the token with the CLI while no server holds the data directory.
      expect((await runCli(['seed', '--demo'], env)).code).toBe(0);
      const issued = await runCli(['tokens', 'create', 'officer', '--name', 'crash-suite'], env);
      expect(issued.code, issued.stderr).toBe(0);
      const token = issued.stdout.trim();

      const random = randomSource(Number(process.env.CRASH_SEED ?? 4242));
      const acknowledged: Acknowledged = { people: new Set(), cases: new Map(), facts: new Set(), writes: 0, unknown: 0 };
      const startTimes: number[] = [];
      const violations: string[] = [];
      const runStarted = performance.now();
      const kills = KILLS[kind];
      for (let kill = 0; kill < kills; kill += 1) {
        const server: ServerProcess = await startServer(env);
        startTimes.push(server.startMs);
        const writers = Array.from({ length: WRITERS }, (_, writer) => writeUntilKilled(server.baseUrl, token, acknowledged, `${kill}.${writer}`));
        // Kill anywhere in the flow: after a random number (1-10) of this life's writes are acknowledged, then 0-300 ms more.
        const ackedBefore = acknowledged.writes;
        const target = 1 + Math.floor(random() * 10);
        const waitStarted = performance.now();
        while (acknowledged.writes - ackedBefore < target && performance.now() - waitStarted < 20_000) await new Promise((resolve) => setTimeout(resolve, 5));
        await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 300)));
        await killHard(server);
        await Promise.all(writers);
        if (kill % 10 === 9 || kill === kills - 1) {
          const database = await openDirect();
          try {
            violations.push(...(await checkConsistency(database, acknowledged)));
          } finally {
            await database.close();
          }
        }
      }
      const verify = await runCli(['audit', 'verify'], env);
      const averageStart = startTimes.reduce((sum, ms) => sum + ms, 0) / startTimes.length;
      console.log(
        `[crash ${kind}] kills=${kills} restarts=${kills} acknowledged writes=${acknowledged.writes} (people ${acknowledged.people.size}, cases ${acknowledged.cases.size}, facts ${acknowledged.facts.size}) in-flight at kill=${acknowledged.unknown} ` +
          `average start=${Math.round(averageStart)} ms total=${Math.round((performance.now() - runStarted) / 1000)} s audit verify exit=${String(verify.code)} violations=${violations.length}`,
      );
      expect(violations).toEqual([]);
      expect(verify.code, `${verify.stdout}\n${verify.stderr}`).toBe(0);
      expect(acknowledged.writes).toBeGreaterThan(kills);
    });
  });
}
