import { appendAudit } from '../../audit/audit-log.js';
import { AppError, isAppError } from '../../core/errors.js';
import { validateImportRow, type RowProblem } from '../../core/import/import-row.js';
import { actorRef, type Principal } from '../../core/principal.js';
import { inTransaction } from '../../db/transaction.js';
import { requireAllowed } from '../access/authorize.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { ImportReferences, type ResolvedRow } from './import-references.js';
import { DEFAULT_IMPORT_SIZE_LIMIT, readImportSource, type ImportFormat, type SourceDigest } from './import-source.js';
import { writeImportBatch, type BatchOutcome, type BatchTarget } from './write-import-batch.js';

export type ImportMode = 'all-or-nothing' | 'valid-rows';

/**
 * Rows per batch: each batch costs five statements and one audit entry
 * whatever its size, so bigger batches amortise them; 5000 rows of arrays
 * are a few MB of parameters, and a killed import loses at most one batch.
 */
export const DEFAULT_BATCH_SIZE = 5000;

export interface ImportProgress {
  readonly rowsRead: number;
  readonly bytesRead: number;
  readonly imported: number;
  readonly skipped: number;
  readonly rejected: number;
}

export interface ImportOptions {
  readonly format: ImportFormat;
  readonly mode: ImportMode;
  readonly fileName?: string;
  /** Bytes; larger input is refused with `import_too_large`. Default 2 GiB. */
  readonly sizeLimit?: number;
  /** Rows per transaction (valid-rows mode) and per INSERT. Default 5000. */
  readonly batchSize?: number;
  /** Owning agency of the imported cases for a system operator; a signed-in user's cases are always their agency's. */
  readonly agency?: string;
  /** Called after each batch. */
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Called once per problem of every rejected row, in file order (write them to the report as they come). */
  readonly onRejected?: (problem: RowProblem) => void;
}

export interface ImportResult extends ImportProgress {
  readonly runId: string;
  readonly status: 'completed' | 'rolled_back';
  readonly mode: ImportMode;
  readonly fileSha256: string;
}

/** Thrown inside the all-or-nothing transaction to undo it when any row was rejected. */
class RollBackImport extends Error {}

/**
 * Imports people and their cases from a CSV or JSON Lines stream, in
 * constant memory and batches of `batchSize` rows (one transaction, a few
 * multi-row statements and one audit entry per batch).
 *
 * - `valid-rows`: every valid row is imported; each batch commits on its own,
 *   so a killed process leaves whole batches only, and a re-run skips them.
 * - `all-or-nothing`: the whole file is one transaction, rolled back when any
 *   row is rejected (the report still lists every bad row).
 *
 * Authorized as `person:create` and `case:create` in the importer's agency,
 * before anything is written.
 *
 * @example
 *   const result = await importCases(ctx, operator, createReadStream('people.csv'), { format: 'csv', mode: 'valid-rows', onRejected: report.write });
 */
export async function importCases(ctx: ServiceContext, principal: Principal, source: AsyncIterable<Uint8Array | string>, options: ImportOptions): Promise<ImportResult> {
  const agency = principal.kind === 'user' ? (principal.agency ?? '') : (options.agency ?? '');
  const teamIds = principal.userId === null ? [] : [principal.userId];
  await requireAllowed(ctx, principal, 'person:create', { type: 'Person', id: 'new', agencies: agency === '' ? [] : [agency], teamIds, counselIds: [], proposedCountries: [] });
  await requireAllowed(ctx, principal, 'case:create', { type: 'Case', id: 'new', agency, officerId: null, teamIds: [], counselId: null, proposedCountry: null, agreementId: null, state: 'intake' });
  const references = await ImportReferences.load(ctx.db);
  const actor = actorRef(principal);
  const startedAt = nowInstant(ctx);
  const run = await ctx.db
    .insertInto('import_runs')
    .values({ format: options.format, mode: options.mode, status: 'running', actor, file_name: options.fileName ?? '', started_at: startedAt, failure: null, file_sha256: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  const target: BatchTarget = { runId: run.id, actor, agency, at: startedAt, identityIndexKey: ctx.identityIndexKey, personKeyEncryptionKey: ctx.personKeyEncryptionKey };
  const digest: SourceDigest = { bytes: 0, sha256: null };
  const progress = { rowsRead: 0, bytesRead: 0, imported: 0, skipped: 0, rejected: 0 };
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;

  const reject = (problems: readonly RowProblem[]) => {
    progress.rejected += 1;
    for (const problem of problems) options.onRejected?.(problem);
  };
  type WriteBatch = (batch: readonly ResolvedRow[]) => Promise<BatchOutcome>;
  const flush = async (batch: readonly ResolvedRow[], write: WriteBatch) => {
    // Counted and reported only once the batch is written (a retried transaction must not report twice).
    const outcome = await write(batch);
    progress.imported += outcome.imported;
    progress.skipped += outcome.skipped;
    progress.rejected += outcome.rejectedLines;
    for (const problem of outcome.problems) options.onRejected?.(problem);
    progress.bytesRead = digest.bytes;
    options.onProgress?.({ ...progress });
  };
  const consume = async (write: WriteBatch) => {
    let batch: ResolvedRow[] = [];
    // One batch is written while the next is read and validated: on PostgreSQL the server
    // inserts while this process parses. Batches are still written one after the other, so
    // each batch's duplicate check sees every earlier batch.
    let writing: Promise<void> = Promise.resolve();
    const startWriting = async (rows: readonly ResolvedRow[]) => {
      await writing;
      writing = flush(rows, write);
      // Handled when awaited next; without this a failure during parsing would be an unhandled rejection.
      writing.catch(() => undefined);
    };
    try {
      for await (const item of readImportSource(source, options.format, digest, options.sizeLimit ?? DEFAULT_IMPORT_SIZE_LIMIT)) {
        progress.rowsRead += 1;
        if ('problems' in item) {
          reject(item.problems);
          continue;
        }
        const validated = validateImportRow(item.line, item.raw);
        if (!validated.ok) {
          reject(validated.problems);
          continue;
        }
        const resolved = references.resolve(validated.row);
        if (!resolved.ok) {
          reject(resolved.problems);
          continue;
        }
        batch.push(resolved.row);
        if (batch.length >= batchSize) {
          await startWriting(batch);
          batch = [];
        }
      }
    } catch (error) {
      // A file that turns unreadable mid-way: let the batch in flight finish before the run is marked failed.
      await writing.catch(() => undefined);
      throw error;
    }
    await startWriting(batch);
    await writing;
  };

  let status: ImportResult['status'] = 'completed';
  try {
    if (options.mode === 'valid-rows') {
      await consume((batch) => runWrite(ctx, (trx) => writeImportBatch(trx, target, batch)));
    } else {
      try {
        await inTransaction(
          ctx.db,
          async (trx) => {
            await consume((batch) => writeImportBatch(trx, target, batch));
            if (progress.rejected > 0) throw new RollBackImport();
          },
          1,
        );
      } catch (error) {
        if (!(error instanceof RollBackImport)) throw error;
        status = 'rolled_back';
        progress.imported = 0;
      }
    }
  } catch (error) {
    await ctx.db
      .updateTable('import_runs')
      .set({ status: 'failed', failure: isAppError(error) ? `${error.code}: ${error.message}` : (error as Error).message, finished_at: nowInstant(ctx), ...counts(progress) })
      .where('id', '=', run.id)
      .execute();
    throw error;
  }

  const fileSha256 = digest.sha256 ?? '';
  await runWrite(ctx, async (trx) => {
    await trx.updateTable('import_runs').set({ status, file_sha256: fileSha256, finished_at: nowInstant(ctx), ...counts(progress) }).where('id', '=', run.id).execute();
    await appendAudit(trx, {
      actor,
      action: 'import.run',
      resourceType: 'import_run',
      resourceId: run.id,
      details: { status, mode: options.mode, format: options.format, fileSha256, bytes: digest.bytes, ...progress },
      at: nowInstant(ctx),
    });
  });
  if (fileSha256 === '') throw new AppError('internal', 'import source ended without a digest', {});
  return { runId: run.id, status, mode: options.mode, fileSha256, ...progress, bytesRead: digest.bytes };
}

function counts(progress: ImportProgress) {
  return { rows_read: progress.rowsRead, rows_imported: progress.imported, rows_skipped: progress.skipped, rows_rejected: progress.rejected };
}
