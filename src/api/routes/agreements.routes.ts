import { z } from 'zod';
import { AGREEMENT_STATUSES } from '../../core/agreement.js';
import { createAgreementSchema, updateAgreementSchema } from '../../core/schemas/agreement.schema.js';
import { countryCodeSchema } from '../../core/schemas/primitives.schema.js';
import { createAgreement } from '../../services/agreements/create-agreement.js';
import { getAgreement, listAgreementsPage } from '../../services/agreements/read-agreements.js';
import { updateAgreement } from '../../services/agreements/update-agreement.js';
import type { AppInstance } from '../app-instance.js';
import { requiredIfMatchVersion, sendWithEtag, setEtag } from '../http-concurrency.js';
import { errorResponses, idParamsSchema, ifMatchHeadersSchema, pageQuerySchema, pageSchema } from '../schemas/common.schema.js';
import { agreementDetailSchema, agreementSchema } from '../schemas/resources.schema.js';

export function registerAgreementRoutes(app: AppInstance): void {
  const tags = ['agreements'];

  app.get(
    '/api/agreements',
    {
      schema: {
        tags,
        summary: 'List agreements',
        querystring: pageQuerySchema.extend({ status: z.enum(AGREEMENT_STATUSES).optional(), receivingCountry: countryCodeSchema.optional() }),
        response: { 200: pageSchema(agreementSchema, 'AgreementPage'), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => listAgreementsPage(app.services, request.principal, request.query),
  );

  app.get(
    '/api/agreements/:idOrCode',
    {
      schema: {
        tags,
        summary: 'Read an agreement (by id or code) with all versions of its terms',
        params: z.strictObject({ idOrCode: z.string().min(3).max(64) }),
        response: { 200: agreementDetailSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const detail = await getAgreement(app.services, request.principal, request.params.idOrCode);
      setEtag(reply, detail.agreement.version);
      return detail;
    },
  );

  app.post(
    '/api/agreements',
    { schema: { tags, summary: 'Record an agreement with its initial terms', body: createAgreementSchema, response: { 201: agreementSchema, ...errorResponses(400, 401, 403, 409, 413, 415) } } },
    async (request, reply) => {
      const agreement = await createAgreement(app.services, request.principal, request.body);
      void reply.status(201).header('location', `/api/agreements/${agreement.id}`);
      return sendWithEtag(reply, agreement);
    },
  );

  app.patch(
    '/api/agreements/:id',
    {
      schema: {
        tags,
        summary: 'Update descriptive fields (If-Match required)',
        params: idParamsSchema,
        headers: ifMatchHeadersSchema,
        body: updateAgreementSchema,
        response: { 200: agreementSchema, ...errorResponses(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const version = requiredIfMatchVersion(request);
      return sendWithEtag(reply, await updateAgreement(app.services, request.principal, request.params.id, version, request.body));
    },
  );
}
