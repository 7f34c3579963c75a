import { appendAudit } from '../../audit/audit-log.js';
import type { RecordAssessmentInput } from '../../core/schemas/assessment.schema.js';
import { findAssessmentByCitation, insertAssessment } from '../../db/repositories/assessment.repository.js';
import type { Tx } from '../../db/schema.js';

/** Public-record country findings the demo starts with (citations verifiable in the public record). */
export function demoAssessments(): RecordAssessmentInput[] {
  return [
    {
      country: 'RW',
      finding: 'unsafe',
      controlling: true,
      assessedOn: '2023-11-15',
      source: 'UK Supreme Court',
      citation: 'AAA v SSHD [2023] UKSC 42',
      scope: 'United Kingdom: removals to Rwanda under the UK–Rwanda Migration and Economic Development Partnership (real risk of refoulement; controlling for the UK)',
    },
  ];
}

/**
 * Adds the demo assessments inside the seed's transaction; idempotent by
 * country and citation. The seed does not run the sweep: demo cases are
 * placed directly in their states.
 */
export async function seedDemoAssessments(trx: Tx, at: string, actor: string): Promise<number> {
  let created = 0;
  for (const demo of demoAssessments()) {
    if (await findAssessmentByCitation(trx, demo.country, demo.citation)) continue;
    const assessment = await insertAssessment(trx, demo, at, actor);
    await appendAudit(trx, { actor, action: 'assessment.record', resourceType: 'country_assessment', resourceId: assessment.id, details: { country: demo.country, finding: demo.finding, controlling: demo.controlling, assessedOn: demo.assessedOn }, at });
    created += 1;
  }
  return created;
}
