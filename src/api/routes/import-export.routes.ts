import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import { z } from 'zod';
import { ROW_REASONS, type RowProblem } from '../../core/import/import-row.js';
import { AppError } from '../../core/errors.js';
import { caseStateSchema } from '../../core/schemas/case.schema.js';
import { countryCodeSchema } from '../../core/schemas/primitives.schema.js';
import { EXPORT_KINDS, exportRecords } from '../../services/export/export-records.js';
import { importCases } from '../../services/import/import-cases.js';
import type { AppInstance } from '../app-instance.js';
import { errorResponses } from '../schemas/common.schema.js';

function isReadable(body: unknown): body is Readable {
  return typeof body === 'object' && body !== null && typeof (body as Partial<Readable>).pipe === 'function';
}

/** At most this many problems come back in the response; the counts are always complete. */
const PROBLEMS_IN_RESPONSE = 1_000;

const importResultSchema = z
  .object({
    runId: z.uuid(),
    status: z.enum(['completed', 'rolled_back']),
    mode: z.enum(['all-or-nothing', 'valid-rows']),
    fileSha256: z.string(),
    rowsRead: z.number().int(),
    bytesRead: z.number().int(),
    imported: z.number().int(),
    skipped: z.number().int().meta({ description: 'Rows an earlier run of the same rows already imported' }),
    rejected: z.number().int(),
    problems: z.array(z.object({ line: z.number().int(), column: z.string(), reason: z.enum(ROW_REASONS), message: z.string() })).readonly(),
    problemsTruncated: z.boolean(),
  })
  .meta({ id: 'ImportResult' });

export function registerImportExportRoutes(app: AppInstance): void {
  const tags = ['import-export'];
  // Import bodies are streamed to the service (its own size limit and UTF-8 check), never buffered whole.
  // The raw-stream parser lives in its own encapsulated scope, so no other route starts accepting CSV.
  void app.register((scope: AppInstance, _options, registered) => {
    scope.addContentTypeParser(['text/csv', 'application/x-ndjson'], (_request, payload, done) => {
      done(null, payload);
    });

    scope.post(
      '/api/imports',
      {
        bodyLimit: Number.MAX_SAFE_INTEGER,
        schema: {
          tags,
          summary: 'Import people and their cases (text/csv or application/x-ndjson body; columns in docs/IMPORT.md)',
          querystring: z.strictObject({ mode: z.enum(['all-or-nothing', 'valid-rows']).default('valid-rows') }),
          response: { 200: importResultSchema, ...errorResponses(400, 401, 403, 413, 415) },
        },
      },
      async (request) => {
        const contentType = request.headers['content-type'] ?? '';
        if (!contentType.startsWith('text/csv') && !contentType.startsWith('application/x-ndjson')) {
          throw new AppError('unsupported_media_type', 'send the file as text/csv or application/x-ndjson', { contentType });
        }
        if (!isReadable(request.body)) throw new AppError('validation_failed', 'the import file is missing', {});
        const format = contentType.startsWith('application/x-ndjson') ? 'jsonl' : 'csv';
        const problems: RowProblem[] = [];
        let total = 0;
        const result = await importCases(app.services, request.principal, request.body, {
          format,
          mode: request.query.mode,
          onRejected: (problem) => {
            total += 1;
            if (problems.length < PROBLEMS_IN_RESPONSE) problems.push(problem);
          },
        });
        return { ...result, problems, problemsTruncated: total > problems.length };
      },
    );
    registered();
  });

  app.get(
    '/api/exports/:kind',
    {
      schema: {
        tags,
        summary: 'Stream an export (CSV, formula-safe, or JSON Lines), redacted for the caller and audited',
        params: z.strictObject({ kind: z.enum(EXPORT_KINDS) }),
        querystring: z.strictObject({
          format: z.enum(['csv', 'jsonl']).default('csv'),
          state: caseStateSchema.optional(),
          destinationCountry: countryCodeSchema.optional(),
          agreementId: z.uuid().optional(),
          personId: z.uuid().optional(),
        }),
        response: { 200: z.string().meta({ description: 'The export file (streamed)' }), ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { format, ...filters } = request.query;
      const out = new PassThrough();
      const finished = exportRecords(app.services, request.principal, request.params.kind, format, filters, out);
      // Refusals (e.g. audit:read) surface before the first byte, as a normal error response.
      await Promise.race([once(out, 'readable'), finished]);
      finished.then(
        () => out.end(),
        (error: unknown) => out.destroy(error as Error),
      );
      return reply
        .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8')
        .header('content-disposition', `attachment; filename="${request.params.kind}.${format}"`)
        // A stream is sent as is (the response schema only documents it; Fastify serialises no stream).
        .send(out as unknown as string);
    },
  );
}
