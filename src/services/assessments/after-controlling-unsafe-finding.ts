import type { CountryAssessment } from '../../core/country-assessment.js';
import type { Principal } from '../../core/principal.js';
import type { ServiceContext } from '../context.js';

/**
 * THE single call site for the safeguards sweep after a new controlling
 * `unsafe` country finding (called by recordAssessment after commit, never
 * inside its transaction: the sweep runs its own transactions per case).
 *
 * LEAD: connect the sweep here once src/services/cases/sweep-affected-cases.ts
 * is committed (its SweepTrigger already has this shape):
 *   await sweepAffectedCases(ctx, principal, { kind: 'country_assessment', country: assessment.country });
 *   return { swept: true };
 * Until then this is a no-op that reports it did not sweep. Moves are still
 * blocked meanwhile: the safeguards read country_assessments directly.
 *
 * @example await afterControllingUnsafeFinding(ctx, principal, assessment);
 */
export function afterControllingUnsafeFinding(_ctx: ServiceContext, _principal: Principal, _assessment: CountryAssessment): Promise<{ readonly swept: boolean }> {
  return Promise.resolve({ swept: false });
}
