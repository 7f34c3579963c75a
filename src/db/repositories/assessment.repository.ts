import type { Selectable } from 'kysely';
import type { AssessmentFinding, CountryAssessment } from '../../core/country-assessment.js';
import type { Queryable, Tx } from '../schema.js';
import type { CountryAssessmentsTable } from '../tables/ledger.table.js';

function toAssessment(row: Selectable<CountryAssessmentsTable>): CountryAssessment {
  return {
    id: row.id,
    // Both columns are nullable in the agreed table shape, but every writer sets them.
    country: (row.country ?? '').trim(),
    finding: (row.finding ?? 'no_finding') as AssessmentFinding,
    controlling: row.controlling,
    assessedOn: row.assessed_on,
    source: row.source,
    citation: row.citation,
    scope: row.scope,
    recordedAt: row.recorded_at,
    recordedBy: row.recorded_by,
  };
}

export type NewAssessment = Omit<CountryAssessment, 'id' | 'recordedAt' | 'recordedBy'>;

export async function insertAssessment(trx: Tx, assessment: NewAssessment, at: string, actor: string): Promise<CountryAssessment> {
  const row = await trx
    .insertInto('country_assessments')
    .values({
      country: assessment.country,
      finding: assessment.finding,
      controlling: assessment.controlling,
      assessed_on: assessment.assessedOn,
      source: assessment.source,
      citation: assessment.citation,
      scope: assessment.scope,
      recorded_at: at,
      recorded_by: actor,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toAssessment(row);
}

/** Assessments, newest finding first; optionally for one country. */
export async function listAssessments(db: Queryable, country?: string): Promise<CountryAssessment[]> {
  let select = db.selectFrom('country_assessments').selectAll().orderBy('assessed_on', 'desc').orderBy('recorded_at', 'desc').orderBy('id');
  if (country !== undefined) select = select.where('country', '=', country);
  return (await select.execute()).map(toAssessment);
}

export async function findAssessmentByCitation(db: Queryable, country: string, citation: string): Promise<CountryAssessment | undefined> {
  const row = await db.selectFrom('country_assessments').selectAll().where('country', '=', country).where('citation', '=', citation).executeTakeFirst();
  return row && toAssessment(row);
}
