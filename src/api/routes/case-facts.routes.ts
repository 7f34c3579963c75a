import { CASE_FACT_KINDS, recordCaseFactBodySchema, recordCourtOrderSchema, type CaseFactKind } from '../../core/schemas/case-fact.schema.js';
import { caseFactsSchema } from '../../core/safeguards/case-facts.js';
import { getCaseFacts } from '../../services/cases/read-case-safeguards.js';
import { recordCaseFact } from '../../services/cases/record-case-fact.js';
import { recordCourtOrder } from '../../services/cases/record-court-order.js';
import type { AppInstance } from '../app-instance.js';
import { errorResponses, idParamsSchema } from '../schemas/common.schema.js';
import { courtOrderRecordedSchema, recordedFactSchema } from '../schemas/safeguards.schema.js';

/** `removal_order` → `removal-order`: the path segment of a fact kind. */
export function factKindPath(kind: CaseFactKind): string {
  return kind.replaceAll('_', '-');
}

/**
 * One POST route per fact kind (`/api/cases/{id}/facts/removal-order`, `/fear-claim`, `/notice`, ...)
 * so each has its own validated body in the OpenAPI document; GET the assembled facts; and the
 * program-wide court orders, which sweep the cases they cover after they are recorded.
 */
export function registerCaseFactRoutes(app: AppInstance): void {
  const tags = ['case facts'];

  for (const kind of CASE_FACT_KINDS) {
    app.post(
      `/api/cases/:id/facts/${factKindPath(kind)}`,
      {
        schema: {
          tags,
          summary: `Record a ${kind.replaceAll('_', ' ')} fact (checked for contradictions with the others)`,
          params: idParamsSchema,
          body: recordCaseFactBodySchema(kind),
          response: { 201: recordedFactSchema, ...errorResponses(400, 401, 403, 404, 409, 413, 415, 422) },
        },
      },
      async (request, reply) => {
        const fact = await recordCaseFact(app.services, request.principal, request.params.id, kind, request.body);
        void reply.status(201);
        return fact;
      },
    );
  }

  app.get(
    '/api/cases/:id/facts',
    { schema: { tags, summary: 'The facts the safeguards read for this case now (CaseFacts snapshot)', params: idParamsSchema, response: { 200: caseFactsSchema.meta({ id: 'CaseFacts' }), ...errorResponses(400, 401, 403, 404) } } },
    async (request) => getCaseFacts(app.services, request.principal, request.params.id),
  );

  app.post(
    '/api/court-orders',
    {
      schema: {
        tags,
        summary: 'Record a court order (person, destination or program scope); sweeps every open case it covers',
        body: recordCourtOrderSchema,
        response: { 201: courtOrderRecordedSchema, ...errorResponses(400, 401, 403, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const recorded = await recordCourtOrder(app.services, request.principal, request.body);
      void reply.status(201);
      return recorded;
    },
  );
}
