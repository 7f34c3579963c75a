import { z } from 'zod';
import { caseStateSchema, openCaseSchema, updateCaseSchema } from '../../core/schemas/case.schema.js';
import { countryCodeSchema } from '../../core/schemas/primitives.schema.js';
import { getCase, listCasesPage } from '../../services/cases/read-cases.js';
import { openCase } from '../../services/cases/open-case.js';
import { updateCase } from '../../services/cases/update-case.js';
import { grantBreakGlass } from '../../services/access/break-glass.js';
import type { AppInstance } from '../app-instance.js';
import { requiredIfMatchVersion, sendWithEtag, setEtag } from '../http-concurrency.js';
import { errorResponses, idParamsSchema, ifMatchHeadersSchema, pageQuerySchema, pageSchema } from '../schemas/common.schema.js';
import { caseDetailSchema, caseSchema } from '../schemas/resources.schema.js';

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
    {
      schema: {
        tags,
        summary: 'Read a case (audited read; redacted to the caller\'s field groups; with abilities)',
        params: idParamsSchema,
        querystring: z.strictObject({ purpose: z.string().max(500).optional().meta({ description: 'Why the case is opened (recorded in the audit log)' }) }),
        response: { 200: caseDetailSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const view = await getCase(app.services, request.principal, request.params.id, request.query.purpose);
      setEtag(reply, view.case.version);
      return { ...view.case, abilities: view.abilities, fieldGroups: view.fieldGroups, breakGlass: view.breakGlass };
    },
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

  app.post(
    '/api/cases/:id/break-glass',
    {
      schema: {
        tags,
        summary: 'Open a case outside your team in an emergency: a stated reason, a one-hour grant, flagged for oversight',
        params: idParamsSchema,
        body: z.strictObject({ reason: z.string().trim().min(10).max(1000) }),
        response: { 201: z.object({ id: z.uuid(), caseId: z.uuid(), reason: z.string(), grantedAt: z.string(), expiresAt: z.string() }), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const grant = await grantBreakGlass(app.services, request.principal, request.params.id, request.body.reason);
      void reply.status(201);
      return grant;
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
