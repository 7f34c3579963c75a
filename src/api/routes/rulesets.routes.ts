import { sweepRequestSchema, whatIfSchema } from '../../core/schemas/safeguards.schema.js';
import { requireAllowed } from '../../services/access/authorize.js';
import { listRuleSets } from '../../services/cases/list-rule-sets.js';
import { sweepAffectedCases } from '../../services/cases/sweep-affected-cases.js';
import { whatIfRuleSet } from '../../services/cases/what-if.js';
import type { AppInstance } from '../app-instance.js';
import { errorResponses } from '../schemas/common.schema.js';
import { ruleSetsSchema, sweepReportSchema, whatIfReportSchema } from '../schemas/safeguards.schema.js';

export function registerRuleSetRoutes(app: AppInstance): void {
  const tags = ['rulesets'];

  app.get(
    '/api/rulesets',
    { schema: { tags, summary: 'Rule-set profiles with content hashes, and every safeguard with citations, parameters and verified flags', response: { 200: ruleSetsSchema, ...errorResponses(401, 403) } } },
    async (request) => {
      await requireAllowed(app.services, request.principal, 'ruleset:read', { type: 'RuleSet', id: 'catalogue' });
      return listRuleSets(app.services, request.principal);
    },
  );

  app.post(
    '/api/whatif',
    {
      schema: {
        tags,
        summary: 'How many open cases another rule set would block, and by which safeguards; writes nothing',
        body: whatIfSchema,
        response: { 200: whatIfReportSchema, ...errorResponses(400, 401, 403, 413, 415) },
      },
    },
    async (request) => whatIfRuleSet(app.services, request.principal, request.body),
  );

  app.post(
    '/api/sweeps',
    {
      schema: {
        tags,
        summary: 'Re-evaluate open cases now (legal reviewer); failing ones go on hold with the reason',
        body: sweepRequestSchema,
        response: { 200: sweepReportSchema, ...errorResponses(400, 401, 403, 413, 415) },
      },
    },
    async (request) => {
      await requireAllowed(app.services, request.principal, 'ruleset:write', { type: 'RuleSet', id: 'program' });
      return sweepAffectedCases(app.services, request.principal, request.body);
    },
  );
}
