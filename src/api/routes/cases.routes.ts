import { z } from 'zod';
import { caseStateSchema, openCaseSchema, updateCaseSchema } from '../../core/schemas/case.schema.js';
import { countryCodeSchema } from '../../core/schemas/primitives.schema.js';
import { getCase, listCasesPage } from '../../services/cases/read-cases.js';
import { openCase } from '../../services/cases/open-case.js';
import { updateCase } from '../../services/cases/update-case.js';
import type { AppInstance } from '../app-instance.js';
import { requiredIfMatchVersion, sendWithEtag } from '../http-concurrency.js';
import { errorResponses, idParamsSchema, ifMatchHeadersSchema, pageQuerySchema, pageSchema } from '../schemas/common.schema.js';
import { caseSchema } from '../schemas/resources.schema.js';

export const caseListQuerySchema = pageQuerySchema.extend({
  state: caseStateSchema.optional(),
  destinationCountry: countryCodeSchema.optional(),
  agreementId: z.uuid().optional(),
  personId: z.uuid().optional(),
});

export function registerCaseRoutes(app: AppInstance): void {
  const tags = ['cases'];

  app.get(
    '/api/cases',
    {
      schema: {
        tags,
        summary: 'List cases in reference order (keyset pagination, filters)',
        querystring: caseListQuerySchema,
        response: { 200: pageSchema(caseSchema, 'CasePage'), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => listCasesPage(app.services, request.principal, request.query),
  );

  app.get(
    '/api/cases/:id',
    { schema: { tags, summary: 'Read a case', params: idParamsSchema, response: { 200: caseSchema, ...errorResponses(400, 401, 403, 404) } } },
    async (request, reply) => sendWithEtag(reply, await getCase(app.services, request.principal, request.params.id)),
  );

  app.post(
    '/api/cases',
    { schema: { tags, summary: 'Open a case at intake', body: openCaseSchema, response: { 201: caseSchema, ...errorResponses(400, 401, 403, 404, 409, 413, 415) } } },
    async (request, reply) => {
      const opened = await openCase(app.services, request.principal, request.body);
      void reply.status(201).header('location', `/api/cases/${opened.id}`);
      return sendWithEtag(reply, opened);
    },
  );

  app.patch(
    '/api/cases/:id',
    {
      schema: {
        tags,
        summary: 'Change case assignment (If-Match required)',
        params: idParamsSchema,
        headers: ifMatchHeadersSchema,
        body: updateCaseSchema,
        response: { 200: caseSchema, ...errorResponses(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const version = requiredIfMatchVersion(request);
      return sendWithEtag(reply, await updateCase(app.services, request.principal, request.params.id, version, request.body));
    },
  );
}
