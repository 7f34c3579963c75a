import type { CountryAssessment } from '../../core/country-assessment.js';
import type { Principal } from '../../core/principal.js';
import { listAssessments } from '../../db/repositories/assessment.repository.js';
import type { ServiceContext } from '../context.js';

/** Country assessments, newest first, optionally for one country. */
export async function listCountryAssessments(ctx: ServiceContext, _principal: Principal, country?: string): Promise<CountryAssessment[]> {
  return listAssessments(ctx.db, country);
}
