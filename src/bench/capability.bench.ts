import { measureManifestLock } from '../api/measure-manifest-lock.js';
import type { BenchEnvironment } from './bench-environment.js';
import { measuredRow, unavailableRow, type BenchRow } from './bench-row.js';
import type { BenchScale } from './bench-scale.js';
import { userPrincipal } from './bench-principal.js';
import { findExportedFunction, numberField } from './optional-capability.js';

/**
 * Rows for capabilities other work owns. Each measures itself through a function its owner
 * exports, called as `fn(ctx, options)`; the contract (bench/README.md) is:
 *
 * - generateBenchmarkParagraphs(db, { documents, paragraphsPerDocument }) then
 *   measureSearch(db, queries, principal) → { p50Ms, p95Ms, maxMs } (src/services/documents/measure-search.ts)
 * - measureImportVsCopy(ctx, database, rows) → { importRowsPerSecond, copyRowsPerSecond } (src/services/import)
 * - measureManifestLock(n, databaseKind) → { lockMs } (src/api/measure-manifest-lock.ts, imported directly:
 *   it builds its own throwaway database, so on PostgreSQL it needs TEST_DATABASE_URL)
 *
 * A missing function or field makes the row "not available" with the reason.
 */
/** Words the documents benchmark generator writes (src/services/documents/measure-search.ts), paired into queries. */
const SEARCH_WORDS = ['rwanda', 'assurance', 'monitoring', 'transfer', 'embassy', 'ministry', 'detention', 'counsel', 'interview', 'notice', 'country', 'relocation', 'asylum', 'official', 'report', 'visit'];

export async function benchSearch(env: BenchEnvironment, scale: BenchScale): Promise<BenchRow> {
  const paragraphs = scale.searchDocuments * scale.searchParagraphsPerDocument;
  const metric = `full-text search p95, ${scale.searchQueries} queries over ${paragraphs} paragraphs (officer)`;
  const goal = 'p95 ≤ 50 ms';
  const measure = await findExportedFunction('../services/documents/', 'measureSearch');
  if ('reason' in measure) return unavailableRow('search', metric, goal, measure.reason);
  const generate = await findExportedFunction('../services/documents/', 'generateBenchmarkParagraphs');
  if ('reason' in generate) return unavailableRow('search', metric, goal, generate.reason);
  await generate.fn(env.database.db, { documents: scale.searchDocuments, paragraphsPerDocument: scale.searchParagraphsPerDocument });
  const queries = Array.from({ length: scale.searchQueries }, (_, i) => {
    const first = SEARCH_WORDS[i % SEARCH_WORDS.length] ?? 'rwanda';
    const second = SEARCH_WORDS[(i * 7 + 3) % SEARCH_WORDS.length] ?? 'notice';
    return i % 3 === 0 ? `"${first} ${second}"` : `${first} ${second}`;
  });
  // A signed-in officer: the query carries the clearance and caveat filter real callers get.
  const result = await measure.fn(env.database.db, queries, await userPrincipal(env.database.db, 'officer'));
  const p95 = numberField(result, ['p95Ms', 'p95']);
  if (p95 === null) return unavailableRow('search', metric, goal, 'measureSearch returned no p95Ms');
  return measuredRow({
    bench: 'search',
    metric,
    value: p95,
    unit: 'ms',
    baseline: numberField(result, ['p50Ms']),
    baselineLabel: 'p50 of the same queries',
    higherIsBetter: false,
    goal,
    pass: p95 <= 50,
    details: { maxMs: numberField(result, ['maxMs']) ?? Number.NaN, paragraphs },
  });
}

export async function benchImport(env: BenchEnvironment, scale: BenchScale): Promise<BenchRow> {
  const metric = `CSV import of ${scale.importCases} cases`;
  const goal = '≥ 25% of COPY';
  const found = await findExportedFunction('../services/import/', 'measureImportVsCopy');
  if ('reason' in found) return unavailableRow('import', metric, goal, found.reason);
  const result = await found.fn(env.services, env.database, scale.importCases);
  const imported = numberField(result, ['importRowsPerSecond', 'importPerSecond']);
  const copied = numberField(result, ['copyRowsPerSecond', 'copyPerSecond']);
  if (imported === null || copied === null) return unavailableRow('import', metric, goal, 'measureImportVsCopy returned no importRowsPerSecond/copyRowsPerSecond');
  return measuredRow({ bench: 'import', metric, value: imported, unit: 'rows/s', baseline: copied, baselineLabel: 'COPY of the same rows', higherIsBetter: true, goal, pass: imported / copied >= 0.25 });
}

export async function benchManifestLock(env: BenchEnvironment, scale: BenchScale): Promise<BenchRow> {
  const metric = `manifest lock, ${scale.manifestCases} cases`;
  const goal = env.target.kind === 'pglite' ? '< 2 s on PGlite' : '< 2 s';
  if (env.target.kind === 'postgres' && !process.env.TEST_DATABASE_URL) {
    return unavailableRow('manifest-lock', metric, goal, 'measureManifestLock builds a throwaway database: set TEST_DATABASE_URL to run it on PostgreSQL');
  }
  // It was looked up by name in src/services/transfers, where it never landed (it lives beside the
  // API fixtures it drives), so the row printed "not available" for a function that exists.
  const result = await measureManifestLock(scale.manifestCases, env.target.kind);
  return measuredRow({
    bench: 'manifest-lock',
    metric,
    value: result.lockMs / 1000,
    unit: 's',
    baseline: null,
    baselineLabel: 'none: a lock has no raw equivalent (evaluation, decisions, snapshot, signature, audit)',
    higherIsBetter: false,
    goal,
    pass: result.lockMs < 2000,
  });
}
