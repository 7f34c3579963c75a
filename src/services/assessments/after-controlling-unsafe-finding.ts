import type { CountryAssessment } from '../../core/country-assessment.js';
import type { Principal } from '../../core/principal.js';
import { sweepAffectedCases, type SweepReport } from '../cases/sweep-affected-cases.js';
import type { ServiceContext } from '../context.js';

/**
 * THE single call site for the safeguards sweep after a new controlling
 * `unsafe` country finding: recordAssessment calls it after commit, never
 * inside its transaction (the sweep runs its own transactions per batch and
 * must see the finding). Every open case bound for the country is
 * re-evaluated; failing ones go on hold with the reason.
 *
 * @example const report = await afterControllingUnsafeFinding(ctx, principal, assessment);
 */
export async function afterControllingUnsafeFinding(ctx: ServiceContext, principal: Principal, assessment: CountryAssessment): Promise<SweepReport> {
  return sweepAffectedCases(ctx, principal, { kind: 'country_assessment', country: assessment.country });
}
