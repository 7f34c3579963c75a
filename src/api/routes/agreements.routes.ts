import { z } from 'zod';
import { AGREEMENT_STATUSES } from '../../core/agreement.js';
import { createAgreementSchema, updateAgreementSchema } from '../../core/schemas/agreement.schema.js';
import { amendAgreementSchema, changeAgreementStatusSchema } from '../../core/schemas/agreement-lifecycle.schema.js';
import { amendAgreement } from '../../services/agreements/amend-agreement.js';
import { changeAgreementStatus } from '../../services/agreements/change-agreement-status.js';
import { getAgreementSummary } from '../../services/agreements/summarize-agreement.js';
import { presentSummary } from '../ledger-presenter.js';
import { agreementStatusChangedSchema, agreementSummarySchema } from '../schemas/ledger.schema.js';
import { countryCodeSchema } from '../../core/schemas/primitives.schema.js';
import { createAgreement } from '../../services/agreements/create-agreement.js';
import { getAgreement, listAgreementsPage } from '../../services/agreements/read-agreements.js';
import { updateAgreement } from '../../services/agreements/update-agreement.js';
import type { AppInstance } from '../app-instance.js';
import { requiredIfMatchVersion, sendWithEtag, setEtag } from '../http-concurrency.js';
import { errorResponses, idParamsSchema, ifMatchHeadersSchema, pageQuerySchema, pageSchema } from '../schemas/common.schema.js';
import { agreementDetailSchema, agreementSchema, agreementTermsOutSchema } from '../schemas/resources.schema.js';

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

  app.get(
    '/api/agreements/:idOrCode/summary',
    {
      schema: {
        tags,
        summary: 'Agreement page data: status today, terms in force, capacity used/reserved/free and ledger totals',
        params: z.strictObject({ idOrCode: z.string().min(3).max(64) }),
        response: { 200: agreementSummarySchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const summary = await getAgreementSummary(app.services, request.principal, request.params.idOrCode);
      setEtag(reply, summary.agreement.version);
      return presentSummary(summary);
    },
  );

  app.post(
    '/api/agreements/:id/status',
    {
      schema: {
        tags,
        summary: 'Change the status (proposed → negotiating → active ⇄ suspended → terminated), dated and audited; If-Match required',
        params: idParamsSchema,
        headers: ifMatchHeadersSchema,
        body: changeAgreementStatusSchema,
        response: { 200: agreementStatusChangedSchema, ...errorResponses(400, 401, 403, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const version = requiredIfMatchVersion(request);
      const changed = await changeAgreementStatus(app.services, request.principal, request.params.id, version, request.body);
      setEtag(reply, changed.agreement.version);
      return changed;
    },
  );

  app.post(
    '/api/agreements/:id/amendments',
    {
      schema: {
        tags,
        summary: 'Amend the terms: the full new terms become the next version from effectiveFrom; If-Match required',
        params: idParamsSchema,
        headers: ifMatchHeadersSchema,
        body: amendAgreementSchema,
        response: {
          201: z.object({
            versionNo: z.number().int(),
            effectiveFrom: z.string(),
            changeSummary: z.string(),
            terms: agreementTermsOutSchema,
            sourceDocuments: z.array(z.object({ label: z.string(), url: z.string().optional() })).readonly(),
            createdAt: z.string(),
          }),
          ...errorResponses(400, 401, 403, 404, 409, 412, 428),
        },
      },
    },
    async (request, reply) => {
      const version = requiredIfMatchVersion(request);
      const amended = await amendAgreement(app.services, request.principal, request.params.id, version, request.body);
      setEtag(reply, version + 1);
      void reply.status(201);
      return amended;
    },
  );
}
