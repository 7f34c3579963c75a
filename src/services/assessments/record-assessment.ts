import { appendAudit } from '../../audit/audit-log.js';
import { isControllingUnsafe, type CountryAssessment } from '../../core/country-assessment.js';
import { AppError } from '../../core/errors.js';
import { isCountryCode } from '../../core/country.js';
import { actorRef, type Principal } from '../../core/principal.js';
import type { RecordAssessmentInput } from '../../core/schemas/assessment.schema.js';
import { insertAssessment } from '../../db/repositories/assessment.repository.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { afterControllingUnsafeFinding } from './after-controlling-unsafe-finding.js';
import { requireAllowed } from '../access/authorize.js';

export interface RecordedAssessment {
  readonly assessment: CountryAssessment;
  /** True when a sweep of affected cases ran after commit (controlling `unsafe` findings). */
  readonly swept: boolean;
  /** Open cases the sweep put on hold; 0 when no sweep ran. */
  readonly casesHeld: number;
}

/**
 * Records a dated country finding with its source and citation. A
 * controlling `unsafe` finding triggers the sweep of affected cases after
 * the finding is committed (so the sweep sees it).
 *
 * @example await recordAssessment(ctx, principal, { country: 'RW', finding: 'unsafe', controlling: true, assessedOn: '2023-11-15', source: 'UK Supreme Court', citation: 'AAA v SSHD [2023] UKSC 42', scope: '' });
 */
export async function recordAssessment(ctx: ServiceContext, principal: Principal, input: RecordAssessmentInput): Promise<RecordedAssessment> {
  const country: string = input.country;
  if (!isCountryCode(country)) throw new AppError('unknown_country', `${JSON.stringify(country)} is not an ISO 3166-1 alpha-2 code`, { country });
  await requireAllowed(ctx, principal, 'assessment:write', { type: 'Country', id: country });
  const at = nowInstant(ctx);
  const assessment = await runWrite(ctx, async (trx) => {
    const recorded = await insertAssessment(trx, input, at, actorRef(principal));
    await appendAudit(trx, {
      actor: actorRef(principal),
      action: 'assessment.record',
      resourceType: 'country_assessment',
      resourceId: recorded.id,
      details: { country: recorded.country, finding: recorded.finding, controlling: recorded.controlling, assessedOn: recorded.assessedOn },
      at,
    });
    return recorded;
  });
  if (!isControllingUnsafe(assessment)) return { assessment, swept: false, casesHeld: 0 };
  const report = await afterControllingUnsafeFinding(ctx, principal, assessment);
  return { assessment, swept: true, casesHeld: report.held };
}
