import type { BenchEnvironment } from './bench-environment.js';
import { measuredRow, unavailableRow, type BenchRow } from './bench-row.js';
import type { BenchScale } from './bench-scale.js';
import { findExportedFunction, numberField } from './optional-capability.js';

/**
 * Rows for capabilities other work owns. Each measures itself through a function its owner
 * exports, called as `fn(ctx, options)`; the contract (bench/README.md) is:
 *
 * - measureSearch(ctx, { queries, principal }) → { p95Ms, baselineP95Ms?, paragraphs?, p50Ms? }
 * - measureImportVsCopy(ctx, { cases, principal }) → { importRowsPerSecond, copyRowsPerSecond, rows? }
 * - measureManifestLock(n, databaseKind) → { lockMs } (as src/services/transfers/measure-manifest-lock.ts
 *   exports it: it builds its own throwaway database, so on PostgreSQL it needs TEST_DATABASE_URL)
 *
 * A missing function or field makes the row "not available" with the reason.
 */
export async function benchSearch(env: BenchEnvironment, scale: BenchScale): Promise<BenchRow> {
  const metric = `full-text search p95, ${scale.searchQueries} queries`;
  const goal = 'p95 ≤ 50 ms';
  const found = await findExportedFunction('../services/documents/', 'measureSearch');
  if ('reason' in found) return unavailableRow('search', metric, goal, found.reason);
  const result = await found.fn(env.services, { queries: scale.searchQueries, principal: env.operator });
  const p95 = numberField(result, ['p95Ms', 'p95']);
  if (p95 === null) return unavailableRow('search', metric, goal, 'measureSearch returned no p95Ms');
  const baseline = numberField(result, ['baselineP95Ms', 'rawP95Ms']);
  const paragraphs = numberField(result, ['paragraphs']);
  return measuredRow({
    bench: 'search',
    metric: paragraphs === null ? metric : `${metric} over ${paragraphs} paragraphs`,
    value: p95,
    unit: 'ms',
    baseline,
    baselineLabel: baseline === null ? 'none: measureSearch reports no baseline' : 'raw SQL full-text query p95',
    higherIsBetter: false,
    goal,
    pass: p95 <= 50,
    details: { p50Ms: numberField(result, ['p50Ms', 'p50']) ?? Number.NaN },
  });
}

export async function benchImport(env: BenchEnvironment, scale: BenchScale): Promise<BenchRow> {
  const metric = `CSV import of ${scale.importCases} cases`;
  const goal = '≥ 25% of COPY';
  const found = await findExportedFunction('../services/import/', 'measureImportVsCopy');
  if ('reason' in found) return unavailableRow('import', metric, goal, found.reason);
  const result = await found.fn(env.services, { cases: scale.importCases, principal: env.operator });
  const imported = numberField(result, ['importRowsPerSecond', 'importPerSecond']);
  const copied = numberField(result, ['copyRowsPerSecond', 'copyPerSecond']);
  if (imported === null || copied === null) return unavailableRow('import', metric, goal, 'measureImportVsCopy returned no importRowsPerSecond/copyRowsPerSecond');
  return measuredRow({ bench: 'import', metric, value: imported, unit: 'rows/s', baseline: copied, baselineLabel: 'COPY of the same rows', higherIsBetter: true, goal, pass: imported / copied >= 0.25 });
}

export async function benchManifestLock(env: BenchEnvironment, scale: BenchScale): Promise<BenchRow> {
  const metric = `manifest lock, ${scale.manifestCases} cases`;
  const goal = env.target.kind === 'pglite' ? '< 2 s on PGlite' : '< 2 s';
  const found = await findExportedFunction('../services/transfers/', 'measureManifestLock');
  if ('reason' in found) return unavailableRow('manifest-lock', metric, goal, found.reason);
  if (env.target.kind === 'postgres' && !process.env.TEST_DATABASE_URL) {
    return unavailableRow('manifest-lock', metric, goal, 'measureManifestLock builds a throwaway database: set TEST_DATABASE_URL to run it on PostgreSQL');
  }
  const result = await found.fn(scale.manifestCases, env.target.kind);
  const ms = numberField(result, ['lockMs', 'ms']);
  const seconds = numberField(result, ['seconds', 'lockSeconds']) ?? (ms === null ? null : ms / 1000);
  if (seconds === null) return unavailableRow('manifest-lock', metric, goal, 'measureManifestLock returned no seconds');
  const baseline = numberField(result, ['baselineSeconds', 'rawSeconds']);
  return measuredRow({
    bench: 'manifest-lock',
    metric,
    value: seconds,
    unit: 's',
    baseline,
    baselineLabel: baseline === null ? 'none: measureManifestLock reports no baseline' : 'raw statements of the same lock',
    higherIsBetter: false,
    goal,
    pass: seconds < 2,
  });
}
