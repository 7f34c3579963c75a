import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql } from 'kysely';
import copyStreams from 'pg-copy-streams';
import { systemPrincipal } from '../../core/principal.js';
import type { Database } from '../../db/database.js';
import type { ServiceContext } from '../context.js';
import { generateImportCsv } from './generated-import-file.js';
import { importCases } from './import-cases.js';

export interface ImportVsCopy {
  readonly rows: number;
  readonly importRowsPerSecond: number;
  readonly copyRowsPerSecond: number;
  /** import rate / COPY rate; the issue asks for ≥ 0.25. */
  readonly ratio: number;
}

/**
 * The lead's bench: imports `rows` generated valid rows through importCases
 * (validation, duplicate checks, people + cases + import_rows + audit) and
 * then COPYs the same CSV into a scratch table of the import file's shape —
 * `COPY … FROM STDIN` (pg-copy-streams) on PostgreSQL, `COPY … FROM
 * '/dev/blob'` on PGlite — and returns both rates and their ratio. Run it on
 * an empty database with the demo seed (the rows name agreement us-rw-2025
 * and users officer / counsel). The scratch table is dropped afterwards.
 *
 * @example console.log(await measureImportVsCopy(ctx, database, 100_000));
 */
export async function measureImportVsCopy(ctx: ServiceContext, database: Pick<Database, 'kind' | 'pglite' | 'pool'>, rows: number): Promise<ImportVsCopy> {
  const prefix = `BENCH${Date.now().toString(36)}`;
  const file = generateImportCsv({ rows, prefix });
  const importStarted = performance.now();
  const result = await importCases(ctx, systemPrincipal('bench'), Readable.from(file.chunks()), { format: 'csv', mode: 'valid-rows' });
  const importSeconds = (performance.now() - importStarted) / 1000;
  if (result.imported !== rows) throw new Error(`bench import imported ${result.imported} of ${rows} rows`);

  await sql`drop table if exists import_copy_bench`.execute(ctx.db);
  await sql`create table import_copy_bench (
    external_id text, given_names text, family_name text, aliases text, birth_date date, nationalities text, languages text, vulnerabilities text,
    case_external_id text, destination_country text, agreement_code text, rule_set_id text, officer_username text, counsel_username text)`.execute(ctx.db);
  try {
    const copyStarted = performance.now();
    if (database.kind === 'pglite' && database.pglite !== null) {
      let csv = '';
      for (const chunk of generateImportCsv({ rows, prefix: `${prefix}C` }).chunks()) csv += chunk;
      await database.pglite.query(`copy import_copy_bench from '/dev/blob' with (format csv, header true)`, [], { blob: new Blob([csv]) });
    } else if (database.pool !== null) {
      const client = await database.pool.connect();
      try {
        const target = client.query(copyStreams.from('copy import_copy_bench from stdin with (format csv, header true)'));
        await pipeline(Readable.from(generateImportCsv({ rows, prefix: `${prefix}C` }).chunks()), target);
      } finally {
        client.release();
      }
    }
    const copySeconds = (performance.now() - copyStarted) / 1000;
    const copied = await sql<{ n: number }>`select count(*)::int as n from import_copy_bench`.execute(ctx.db);
    if (copied.rows[0]?.n !== rows) throw new Error(`bench COPY loaded ${copied.rows[0]?.n ?? 0} of ${rows} rows`);
    const importRowsPerSecond = rows / importSeconds;
    const copyRowsPerSecond = rows / copySeconds;
    return { rows, importRowsPerSecond: Math.round(importRowsPerSecond), copyRowsPerSecond: Math.round(copyRowsPerSecond), ratio: importRowsPerSecond / copyRowsPerSecond };
  } finally {
    await sql`drop table if exists import_copy_bench`.execute(ctx.db);
  }
}
