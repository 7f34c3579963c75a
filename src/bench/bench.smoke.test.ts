import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BENCH_NAMES, type BenchRow } from './bench-row.js';
import { BENCH_SCALES } from './bench-scale.js';
import { runBench, type BenchReport } from './run-bench.js';

/**
 * Keeps the suite working: a tiny run of every benchmark must give every row a number and a
 * baseline (or say why not) and write the JSON. Timing goals are NOT asserted — a shared CI
 * machine is noise; the figures live in bench/README.md.
 */
describe('bench suite (smoke, tiny scale)', { timeout: 300_000 }, () => {
  let directory = '';
  afterAll(async () => {
    if (directory !== '') await rm(directory, { recursive: true, force: true });
  });

  it('runs every benchmark and writes latest.json with a value and a baseline (or a reason) per row', async () => {
    directory = await mkdtemp(join(tmpdir(), 'waypoint-bench-smoke-'));
    const resultsFile = join(directory, 'latest.json');
    // PGlite only: the PostgreSQL path writes synthetic data into the database it is given and has
    // not been proven safe against the shared CI database yet (bench/README.md).
    const report = await runBench({ scale: BENCH_SCALES.tiny, resultsFile });
    const written = JSON.parse(await readFile(resultsFile, 'utf8')) as BenchReport;
    expect(written.rows).toEqual(JSON.parse(JSON.stringify(report.rows)));
    expect(new Set(report.rows.map((row) => row.bench))).toEqual(new Set(BENCH_NAMES));
    for (const row of report.rows) expectWellFormed(row);
    // What exists on main today must really be measured, not reported missing.
    for (const bench of ['transition', 'sweep', 'audit-verify', 'decision'] as const) {
      expect(report.rows.filter((row) => row.bench === bench).every((row) => row.unavailable === undefined)).toBe(true);
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
