import type { CountryAssessment } from '../../core/country-assessment.js';
import type { Principal } from '../../core/principal.js';
import { listAssessments } from '../../db/repositories/assessment.repository.js';
import type { ServiceContext } from '../context.js';
import { requireAllowed } from '../access/authorize.js';

/** Country assessments, newest first, optionally for one country. */
export async function listCountryAssessments(ctx: ServiceContext, principal: Principal, country?: string): Promise<CountryAssessment[]> {
  // Assessments are part of the law the rule sets apply: whoever may read the rule sets may read them.
  await requireAllowed(ctx, principal, 'ruleset:read', { type: 'RuleSet', id: 'catalogue' });
  return listAssessments(ctx.db, country);
}
