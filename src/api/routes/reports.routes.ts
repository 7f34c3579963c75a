import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { PublicDisclosureCheck, TransparencyReport } from '../../core/reports/index.js';
import { recentQuartersPeriod, renderReportCsv, renderTransparencyCsv, renderTransparencyHtml } from '../../core/reports/index.js';
import { programReportQuerySchema, releaseFormatQuerySchema, releaseTransparencySchema, transparencyPageQuerySchema, transparencyQuerySchema } from '../../core/schemas/report.schema.js';
import type { ReportRelease } from '../../db/repositories/report-release.repository.js';
import { nowInstant } from '../../services/context.js';
import { buildProgramStatistics } from '../../services/reports/build-program-statistics.js';
import { previewTransparencyReport, type TransparencyRequest } from '../../services/reports/preview-transparency-report.js';
import { getTransparencyRelease } from '../../services/reports/read-transparency-release.js';
import { releaseTransparencyReport } from '../../services/reports/release-transparency-report.js';
import { renderTransparencyPdf } from '../../services/reports/render-transparency-pdf.js';
import type { AppInstance } from '../app-instance.js';
import { errorResponses } from '../schemas/common.schema.js';
import { programStatisticsSchema, transparencyResponseSchema } from '../schemas/report.schema.js';

/** The public HTML page has no script and loads nothing; its one <style> element is allowed, nothing else. */
const PAGE_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

interface ShownReport {
  readonly report: TransparencyReport;
  readonly check: Pick<PublicDisclosureCheck, 'ok' | 'parameters'>;
  readonly release: ReportRelease | null;
}

function fromRelease(release: ReportRelease): ShownReport {
  return { report: release.report, check: { ok: release.disclosureCheck.ok, parameters: release.disclosureCheck.parameters }, release };
}

function presentShown(shown: ShownReport): z.infer<typeof transparencyResponseSchema> {
  return {
    report: shown.report,
    disclosureCheck: { ok: shown.check.ok, parameters: shown.check.parameters },
    release: shown.release === null ? null : { version: shown.release.version, contentSha256: shown.release.contentSha256, releasedAt: shown.release.releasedAt },
  };
}

async function sendShown(reply: FastifyReply, shown: ShownReport, format: 'json' | 'csv' | 'pdf'): Promise<FastifyReply> {
  const name = shown.release === null ? 'transparency-preview' : `transparency-v${String(shown.release.version)}`;
  switch (format) {
    case 'json':
      return reply.send(presentShown(shown));
    case 'csv':
      return sendCsv(reply, name, renderTransparencyCsv(shown.report));
    case 'pdf':
      return reply.type('application/pdf').header('content-disposition', `inline; filename="${name}.pdf"`).send(Buffer.from(await renderTransparencyPdf(shown.report)));
  }
}

/** CSV bypasses the JSON response schema: a string with its own content type is sent as is. */
function sendCsv(reply: FastifyReply, name: string, csv: string): FastifyReply {
  return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}.csv"`).send(csv);
}

/**
 * Reports (issue 11).
 * - GET /api/reports/program: program statistics, signed in with 'report:program' (JSON or CSV).
 * - GET /api/reports/transparency: public; with from+to a live preview under disclosure control, else the latest release
 *   (before the first release: a preview of the last four quarters). JSON, CSV or PDF.
 * - POST /api/reports/transparency/releases: oversight or a legal reviewer stores the next version (audited).
 * - GET /api/reports/transparency/releases/:version: public, a stored release.
 * - GET /transparency: public HTML page of the same report (no script).
 */
export function registerReportRoutes(app: AppInstance): void {
  const tags = ['reports'];

  const showTransparency = async (query: TransparencyRequest & { version?: number | undefined }): Promise<ShownReport> => {
    if (query.version !== undefined) return fromRelease(await getTransparencyRelease(app.services, query.version));
    if (query.from !== undefined || query.to !== undefined || query.threshold !== undefined || query.roundingBase !== undefined) {
      const period = query.from === undefined && query.to === undefined ? recentQuartersPeriod(nowInstant(app.services).slice(0, 10)) : {};
      const { report, check } = await previewTransparencyReport(app.services, { ...query, ...period });
      return { report, check, release: null };
    }
    try {
      return fromRelease(await getTransparencyRelease(app.services, 'latest'));
    } catch {
      const { report, check } = await previewTransparencyReport(app.services, recentQuartersPeriod(nowInstant(app.services).slice(0, 10)));
      return { report, check, release: null };
    }
  };

  app.get(
    '/api/reports/program',
    {
      schema: {
        tags,
        summary: 'Program statistics for a period (exact counts; roles with report:program). CSV: one section per table, or ?table=',
        querystring: programReportQuerySchema,
        response: { 200: programStatisticsSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { from, to, groupBy, table, format } = request.query;
      const statistics = await buildProgramStatistics(app.services, request.principal, { from, to, grouping: groupBy, table });
      if (format === 'csv') {
        return sendCsv(reply, 'program-statistics', renderReportCsv(statistics.tables));
      }
      return reply.send(statistics);
    },
  );

  app.get(
    '/api/reports/transparency',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Public transparency report with disclosure control: a live preview (from, to, threshold ≥ 3, roundingBase) or the latest release',
        querystring: transparencyQuerySchema,
        response: { 200: transparencyResponseSchema, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => sendShown(reply, await showTransparency(request.query), request.query.format),
  );

  app.post(
    '/api/reports/transparency/releases',
    {
      schema: {
        tags,
        summary: 'Store the next version of the public report (oversight or legal reviewer); refused unless the disclosure check passes',
        body: releaseTransparencySchema,
        response: { 201: transparencyResponseSchema, ...errorResponses(400, 401, 403, 409, 500) },
      },
    },
    async (request, reply) => {
      const release = await releaseTransparencyReport(app.services, request.principal, request.body);
      return reply.status(201).send(presentShown(fromRelease(release)));
    },
  );

  app.get(
    '/api/reports/transparency/releases/:version',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'A stored release of the public report',
        params: z.strictObject({ version: z.coerce.number().int().min(1) }),
        querystring: releaseFormatQuerySchema,
        response: { 200: transparencyResponseSchema, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => sendShown(reply, fromRelease(await getTransparencyRelease(app.services, request.params.version)), request.query.format),
  );

  app.get(
    '/transparency',
    { config: { public: true }, schema: { hide: true, querystring: transparencyPageQuerySchema } },
    async (request, reply) => {
      const shown = await showTransparency(request.query);
      return reply.type('text/html; charset=utf-8').header('content-security-policy', PAGE_CONTENT_SECURITY_POLICY).header('cache-control', 'no-cache').send(renderTransparencyHtml(shown.report));
    },
  );
}
