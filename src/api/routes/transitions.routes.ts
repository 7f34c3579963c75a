import { z } from 'zod';
import { changeRuleSetSchema } from '../../core/schemas/case-fact.schema.js';
import { transitionCaseSchema } from '../../core/schemas/safeguards.schema.js';
import { changeCaseRuleSet } from '../../services/cases/change-case-rule-set.js';
import { getCaseSafeguards, getDecision, listCaseDecisions } from '../../services/cases/read-case-safeguards.js';
import { replayDecision } from '../../services/cases/replay-decision.js';
import { transitionCase } from '../../services/cases/transition-case.js';
import type { AppInstance } from '../app-instance.js';
import { requiredIfMatchVersion, setEtag } from '../http-concurrency.js';
import { errorResponses, idParamsSchema, ifMatchHeadersSchema } from '../schemas/common.schema.js';
import { caseSchema } from '../schemas/resources.schema.js';
import { caseSafeguardsSchema, decisionSchema, replayResultSchema, sweepReportSchema, transitionResultSchema } from '../schemas/safeguards.schema.js';

/** If-Match is optional on transitions (the case row is locked anyway); when sent it must match. */
function optionalIfMatch(request: Parameters<typeof requiredIfMatchVersion>[0]): number | undefined {
  return request.headers['if-match'] === undefined ? undefined : requiredIfMatchVersion(request);
}

export function registerTransitionRoutes(app: AppInstance): void {
  const tags = ['safeguards'];

  app.post(
    '/api/cases/:id/transitions',
    {
      schema: {
        tags,
        summary: 'Move a case along the workflow: 200 with the decision, or 409 safeguard_blocked with the blocking findings (the blocked decision is stored)',
        params: idParamsSchema,
        headers: ifMatchHeadersSchema,
        body: transitionCaseSchema,
        response: { 200: transitionResultSchema, ...errorResponses(400, 401, 403, 404, 409, 412, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const result = await transitionCase(app.services, request.principal, request.params.id, { ...request.body, expectedVersion: optionalIfMatch(request) });
      setEtag(reply, result.case.version);
      return result;
    },
  );

  app.get(
    '/api/cases/:id/safeguards',
    { schema: { tags, summary: 'Safeguard checklist for departure now, with citations, earliest pass times and the earliest departure', params: idParamsSchema, response: { 200: caseSafeguardsSchema, ...errorResponses(400, 401, 403, 404) } } },
    async (request) => getCaseSafeguards(app.services, request.principal, request.params.id),
  );

  app.get(
    '/api/cases/:id/decisions',
    { schema: { tags, summary: 'Every stored safeguard decision of a case, oldest first', params: idParamsSchema, response: { 200: z.object({ items: z.array(decisionSchema).readonly() }), ...errorResponses(400, 401, 403, 404) } } },
    async (request) => ({ items: await listCaseDecisions(app.services, request.principal, request.params.id) }),
  );

  app.get(
    '/api/decisions/:id',
    { schema: { tags, summary: 'One stored decision (facts snapshot, rule-set hash, findings)', params: idParamsSchema, response: { 200: decisionSchema, ...errorResponses(400, 401, 403, 404) } } },
    async (request) => getDecision(app.services, request.principal, request.params.id),
  );

  app.post(
    '/api/decisions/:id/replay',
    { schema: { tags, summary: 'Re-evaluate a stored decision from its facts and rule-set version; reports any difference', params: idParamsSchema, response: { 200: replayResultSchema, ...errorResponses(400, 401, 403, 404) } } },
    async (request) => {
      await getDecision(app.services, request.principal, request.params.id);
      return replayDecision(app.services.db, request.params.id);
    },
  );

  app.post(
    '/api/cases/:id/rule-set',
    {
      schema: {
        tags,
        summary: "Change the case's rule set (audited); the case is swept under the new rules",
        params: idParamsSchema,
        headers: ifMatchHeadersSchema,
        body: changeRuleSetSchema,
        response: { 200: z.object({ case: caseSchema, sweep: sweepReportSchema }), ...errorResponses(400, 401, 403, 404, 412, 413, 415) },
      },
    },
    async (request, reply) => {
      const result = await changeCaseRuleSet(app.services, request.principal, request.params.id, { ruleSetId: request.body.ruleSetId, expectedVersion: optionalIfMatch(request) });
      setEtag(reply, result.case.version);
      return result;
    },
  );
}
