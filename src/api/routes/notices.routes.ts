import { z } from 'zod';
import { renderNoticeSchema, serveNoticeSchema } from '../../core/schemas/document.schema.js';
import { renderCaseNotice } from '../../services/notices/render-case-notice.js';
import { serveNotice } from '../../services/notices/serve-notice.js';
import type { AppInstance } from '../app-instance.js';
import { errorResponses, idParamsSchema } from '../schemas/common.schema.js';
import { recordedFactSchema } from '../schemas/safeguards.schema.js';

/**
 * Notices: render the case's third-country removal notice (stored as a
 * document with its SHA-256; the response body is the file itself), and
 * record its service as the `notice` case fact.
 */
export function registerNoticeRoutes(app: AppInstance): void {
  const tags = ['notices'];

  app.post(
    '/api/cases/:id/notices/render',
    {
      schema: {
        tags,
        summary:
          'Render the notice (HTML or PDF) in a template language; 201 with the file as body, Location of the stored document, x-document-id and x-content-sha256 headers. Unknown language: 400 listing the available ones',
        params: idParamsSchema,
        body: renderNoticeSchema,
        response: { 201: z.unknown().meta({ description: 'The rendered notice (text/html or application/pdf)' }), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { fearClaimHow, timeZone, ...rest } = request.body;
      const rendered = await renderCaseNotice(app.services, request.principal, request.params.id, {
        ...rest,
        ...(fearClaimHow !== undefined && { fearClaimHow }),
        ...(timeZone !== undefined && { timeZone }),
      });
      return reply
        .status(201)
        .type(rendered.format === 'pdf' ? 'application/pdf' : 'text/html; charset=utf-8')
        .header('location', `/api/documents/${rendered.documentId}`)
        .header('x-document-id', rendered.documentId)
        .header('x-content-sha256', rendered.sha256)
        .send(Buffer.from(rendered.bytes));
    },
  );

  app.post(
    '/api/cases/:id/notices/:documentId/serve',
    {
      schema: {
        tags,
        summary: 'Record that a rendered notice was served (method, time, person/counsel, interpreter): the notice fact with the document hash',
        params: z.strictObject({ id: z.uuid(), documentId: z.uuid() }),
        body: serveNoticeSchema,
        response: { 201: recordedFactSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const { language, ...rest } = request.body;
      const fact = await serveNotice(app.services, request.principal, request.params.id, request.params.documentId, { ...rest, ...(language !== undefined && { language }) });
      void reply.status(201);
      return fact;
    },
  );
}
