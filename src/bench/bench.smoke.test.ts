import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KINDS, withAdminClient } from '../test-support/databases.js';
import { BENCH_NAMES, type BenchRow } from './bench-row.js';
import { BENCH_SCALES } from './bench-scale.js';
import { runBench, type BenchReport } from './run-bench.js';

/**
 * Keeps the suite working: a tiny run of every benchmark must give every row a number and a
 * baseline (or say why not) and write the JSON. Timing goals are NOT asserted — a shared CI
 * machine is noise; the figures live in bench/README.md. On PostgreSQL (TEST_DATABASE_URL) the
 * run must measure in its own throwaway database and drop it, leaving the given database untouched.
 */
describe.each(TEST_DATABASE_KINDS)('bench suite (smoke, tiny scale) on %s', { timeout: 300_000 }, (kind) => {
  let directory = '';
  afterAll(async () => {
    if (directory !== '') await rm(directory, { recursive: true, force: true });
  });

  it('runs every benchmark and writes latest.json with a value and a baseline (or a reason) per row', async () => {
    directory = await mkdtemp(join(tmpdir(), 'waypoint-bench-smoke-'));
    const resultsFile = join(directory, 'latest.json');
    const adminUrl = kind === 'postgres' ? process.env.TEST_DATABASE_URL : undefined;
    const tablesBefore = adminUrl === undefined ? null : await userTables(adminUrl);
    const report = await runBench({ scale: BENCH_SCALES.tiny, resultsFile, databaseUrl: adminUrl });
    const written = JSON.parse(await readFile(resultsFile, 'utf8')) as BenchReport;
    expect(written.rows).toEqual(JSON.parse(JSON.stringify(report.rows)));
    expect(report.database).toBe(kind);
    expect(new Set(report.rows.map((row) => row.bench))).toEqual(new Set(BENCH_NAMES));
    for (const row of report.rows) expectWellFormed(row);
    // What exists on main today must really be measured, not reported missing.
    for (const bench of ['transition', 'sweep', 'audit-verify', 'decision', 'search', 'import', 'manifest-lock'] as const) {
      expect(report.rows.filter((row) => row.bench === bench).every((row) => row.unavailable === undefined)).toBe(true);
    }
    if (adminUrl !== undefined) {
      expect(report.throwawayDatabase).toMatch(/^waypoint_bench_[0-9a-f]{12}$/);
      expect(await databaseExists(adminUrl, report.throwawayDatabase ?? '')).toBe(false);
      expect(await userTables(adminUrl)).toEqual(tablesBefore);
    } else {
      expect(report.throwawayDatabase).toBeNull();
    }
  });
});

function expectWellFormed(row: BenchRow): void {
  if (row.unavailable !== undefined) {
    expect(row.unavailable.length).toBeGreaterThan(0);
    expect(row.value).toBeNull();
    return;
  }
  expect(Number.isFinite(row.value)).toBe(true);
  if (row.baseline === null) expect(row.baselineLabel).toMatch(/^none: /);
  else expect(Number.isFinite(row.baseline)).toBe(true);
  expect(typeof row.pass).toBe('boolean');
}

async function databaseExists(url: string, name: string): Promise<boolean> {
  return withAdminClient(url, async (client) => (await client.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1);
}

/** The tables of the given database: a bench run must create none there (it measures in its throwaway database). */
async function userTables(url: string): Promise<string[]> {
  return withAdminClient(url, async (client) => {
    const { rows } = await client.query<{ name: string }>(`select schemaname || '.' || tablename as name from pg_tables where schemaname not in ('pg_catalog', 'information_schema') order by 1`);
    return rows.map((row) => row.name);
  });
}
