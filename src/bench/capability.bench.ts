import { measureManifestLock } from '../api/measure-manifest-lock.js';
import { countSearchMatches, generateBenchmarkParagraphs, measureSearch, PROGRAM_WORDS } from '../services/documents/measure-search.js';
import { measureImportVsCopy } from '../services/import/measure-import-vs-copy.js';
import type { BenchEnvironment } from './bench-environment.js';
import { measuredRow, unavailableRow, type BenchRow } from './bench-row.js';
import type { BenchScale } from './bench-scale.js';
import { userPrincipal } from './bench-principal.js';

/**
 * Rows for capabilities other work owns. Each measures itself through a function its owner
 * exports, imported here directly (bench/README.md):
 *
 * - generateBenchmarkParagraphs(db, { documents, paragraphsPerDocument }) then
 *   measureSearch(db, queries, principal) → { p50Ms, p95Ms, maxMs } (src/services/documents/measure-search.ts)
 * - measureImportVsCopy (src/services/import/measure-import-vs-copy.ts)
 * - measureManifestLock(n, databaseKind) → { lockMs } (src/api/measure-manifest-lock.ts: it builds its
 *   own throwaway database, so on PostgreSQL it needs TEST_DATABASE_URL, else the row says why not)
 */
/** The program words the generator spreads through the paragraphs, paired into queries. */
const SEARCH_WORDS = PROGRAM_WORDS;

export async function benchSearch(env: BenchEnvironment, scale: BenchScale): Promise<BenchRow> {
  const paragraphs = scale.searchDocuments * scale.searchParagraphsPerDocument;
  const metric = `full-text search p95, ${scale.searchQueries} queries over ${paragraphs} paragraphs (officer)`;
  const goal = 'p95 ≤ 50 ms';
  await generateBenchmarkParagraphs(env.database.db, { documents: scale.searchDocuments, paragraphsPerDocument: scale.searchParagraphsPerDocument });
  const queries = Array.from({ length: scale.searchQueries }, (_, i) => {
    const first = SEARCH_WORDS[i % SEARCH_WORDS.length] ?? 'rwanda';
    const second = SEARCH_WORDS[(i * 7 + 3) % SEARCH_WORDS.length] ?? 'notice';
    return i % 3 === 0 ? `"${first} ${second}"` : `${first} ${second}`;
  });
  // A signed-in officer: the query carries the clearance and caveat filter real callers get.
  const result = await measureSearch(env.database.db, queries, await userPrincipal(env.database.db, 'officer'));
  // How much each query had to rank: the figure means little without it.
  const matches = (await Promise.all(queries.slice(0, 16).map((q) => countSearchMatches(env.database.db, q)))).sort((a, b) => a - b);
  return measuredRow({
    bench: 'search',
    metric,
    value: result.p95Ms,
    unit: 'ms',
    baseline: result.p50Ms,
    baselineLabel: 'p50 of the same queries',
    higherIsBetter: false,
    goal,
    pass: result.p95Ms <= 50,
    details: {
      maxMs: result.maxMs,
      paragraphs,
      // Of the first 16 queries (one per program word): paragraphs matching before the access filter.
      matchesMin: matches[0] ?? 0,
      matchesMedian: matches[Math.floor(matches.length / 2)] ?? 0,
      matchesMax: matches.at(-1) ?? 0,
    },
  });
}

/**
 * Two rows: the import against COPY of the same rows into the tables it fills (people, cases,
 * import_rows, with their indexes and foreign keys; rolled back) — the physical limit of loading
 * these rows where they must live — and against COPY into a bare scratch table (no index, no key),
 * the literal reading of the goal, which even COPY into the real tables misses: the schema alone
 * costs most of that gap (docs/IMPORT.md).
 */
export async function benchImport(env: BenchEnvironment, scale: BenchScale): Promise<BenchRow[]> {
  const result = await measureImportVsCopy(env.services, env.database, scale.importCases);
  return [
    measuredRow({
      bench: 'import',
      metric: `CSV import of ${scale.importCases} cases`,
      value: result.importRowsPerSecond,
      unit: 'rows/s',
      baseline: result.copyIntoTablesRowsPerSecond,
      baselineLabel: 'COPY of the same rows into people/cases/import_rows, rolled back',
      higherIsBetter: true,
      goal: '≥ 25% of COPY into the same tables',
      pass: result.importRowsPerSecond / result.copyIntoTablesRowsPerSecond >= 0.25,
    }),
    measuredRow({
      bench: 'import',
      metric: `CSV import of ${scale.importCases} cases, against a bare table`,
      value: result.importRowsPerSecond,
      unit: 'rows/s',
      baseline: result.copyRowsPerSecond,
      baselineLabel: 'COPY of the same rows into a scratch table without indexes or keys',
      higherIsBetter: true,
      // Judged too, so the table shows both readings of "COPY of the same rows" with their results.
      goal: '≥ 25% of COPY into a bare table',
      pass: result.ratio >= 0.25,
    }),
  ];
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
