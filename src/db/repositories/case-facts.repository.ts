import { sql, type Selectable } from 'kysely';
import type { CaseState, OpenState } from '../../core/case.js';
import type { CaseFactKind } from '../../core/schemas/case-fact.schema.js';
import type { Queryable, Tx } from '../schema.js';
import type { CourtOrdersTable } from '../tables/case-facts.table.js';

/**
 * Reads and writes of the facts the safeguards read. Every list function takes a BATCH of ids and
 * runs one query for the whole batch, so building facts for 1000 cases costs a handful of queries.
 */

export interface CaseFactRow {
  readonly id: string;
  readonly caseId: string;
  readonly kind: CaseFactKind;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly recordedAt: string;
  readonly recordedBy: string;
  readonly supersedes: string | null;
}

export async function insertCaseFact(trx: Tx, fact: CaseFactRow): Promise<void> {
  await trx
    .insertInto('case_facts')
    .values({
      id: fact.id,
      case_id: fact.caseId,
      kind: fact.kind,
      payload: JSON.stringify(fact.payload),
      recorded_at: fact.recordedAt,
      recorded_by: fact.recordedBy,
      supersedes: fact.supersedes,
    })
    .execute();
}

/** Facts of many cases recorded by `at` (all of them when `at` is null), in recording order. */
export async function listCaseFactRows(db: Queryable, caseIds: readonly string[], at: string | null): Promise<CaseFactRow[]> {
  if (caseIds.length === 0) return [];
  let query = db.selectFrom('case_facts').selectAll().where('case_id', 'in', caseIds).orderBy('recorded_at').orderBy('id');
  if (at !== null) query = query.where('recorded_at', '<=', at);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    caseId: row.case_id,
    kind: row.kind as CaseFactKind,
    payload: row.payload,
    recordedAt: row.recorded_at,
    recordedBy: row.recorded_by,
    supersedes: row.supersedes,
  }));
}

export async function findCaseFact(db: Queryable, id: string): Promise<CaseFactRow | undefined> {
  const row = await db.selectFrom('case_facts').selectAll().where('id', '=', id).executeTakeFirst();
  return (
    row && { id: row.id, caseId: row.case_id, kind: row.kind as CaseFactKind, payload: row.payload, recordedAt: row.recorded_at, recordedBy: row.recorded_by, supersedes: row.supersedes }
  );
}

/** What a case is, with the person fields the safeguards read; one row per case. */
export interface CaseSubjectRow {
  readonly caseId: string;
  readonly state: CaseState;
  readonly heldFromState: OpenState | null;
  readonly destinationCountry: string | null;
  readonly agreementId: string | null;
  readonly ruleSetId: string;
  readonly officerId: string | null;
  readonly counselId: string | null;
  readonly version: number;
  readonly personId: string;
  readonly birthDate: string | null;
  readonly nationalities: readonly string[];
  readonly languages: readonly string[];
  readonly vulnerabilities: readonly string[];
}

const SUBJECT_COLUMNS = [
  'cases.id as caseId',
  'cases.state',
  'cases.held_from_state',
  'cases.destination_country',
  'cases.agreement_id',
  'cases.rule_set_id',
  'cases.officer_id',
  'cases.counsel_id',
  'cases.version',
  'people.id as personId',
  'people.birth_date',
  'people.nationalities',
  'people.languages',
  'people.vulnerabilities',
] as const;

function subjectQuery(db: Queryable) {
  return db.selectFrom('cases').innerJoin('people', 'people.id', 'cases.person_id').select(SUBJECT_COLUMNS);
}

type SubjectQueryRow = Awaited<ReturnType<ReturnType<typeof subjectQuery>['execute']>>[number];

function toSubject(row: SubjectQueryRow): CaseSubjectRow {
  return {
    caseId: row.caseId,
    state: row.state as CaseState,
    heldFromState: row.held_from_state as OpenState | null,
    destinationCountry: row.destination_country,
    agreementId: row.agreement_id,
    ruleSetId: row.rule_set_id,
    officerId: row.officer_id,
    counselId: row.counsel_id,
    version: row.version,
    personId: row.personId,
    birthDate: row.birth_date,
    nationalities: row.nationalities,
    languages: row.languages,
    vulnerabilities: row.vulnerabilities,
  };
}

export async function listCaseSubjects(db: Queryable, caseIds: readonly string[]): Promise<CaseSubjectRow[]> {
  if (caseIds.length === 0) return [];
  return (await subjectQuery(db).where('cases.id', 'in', caseIds).orderBy('cases.id').execute()).map(toSubject);
}

/** Which open cases a change touches; every filter given must hold (none: every open case). */
export interface OpenCaseFilter {
  readonly states?: readonly CaseState[];
  readonly personId?: string;
  readonly destinationCountry?: string;
  readonly agreementId?: string;
  readonly ruleSetId?: string;
  readonly caseId?: string;
}

/** One keyset page of open cases (by id) matching the filter: the sweep and what-if walk these. */
export async function listOpenCaseSubjectsPage(db: Queryable, filter: OpenCaseFilter, afterId: string | null, limit: number): Promise<CaseSubjectRow[]> {
  let query = subjectQuery(db)
    .where('cases.state', 'in', filter.states ?? OPEN_STATES_FOR_QUERY)
    .orderBy('cases.id')
    .limit(limit);
  if (afterId !== null) query = query.where('cases.id', '>', afterId);
  if (filter.personId !== undefined) query = query.where('cases.person_id', '=', filter.personId);
  if (filter.destinationCountry !== undefined) query = query.where('cases.destination_country', '=', filter.destinationCountry);
  if (filter.agreementId !== undefined) query = query.where('cases.agreement_id', '=', filter.agreementId);
  if (filter.ruleSetId !== undefined) query = query.where('cases.rule_set_id', '=', filter.ruleSetId);
  if (filter.caseId !== undefined) query = query.where('cases.id', '=', filter.caseId);
  return (await query.execute()).map(toSubject);
}

const OPEN_STATES_FOR_QUERY: readonly CaseState[] = ['intake', 'designation_review', 'country_proposed', 'notice_served', 'fear_screening', 'cleared', 'manifested', 'relocated', 'monitoring'];

export interface CourtOrderRow {
  readonly id: string;
  readonly kind: 'stay' | 'injunction' | 'tro';
  readonly court: string;
  readonly docket: string;
  readonly scope: { readonly kind: 'person'; readonly personId: string } | { readonly kind: 'destination'; readonly country: string } | { readonly kind: 'program'; readonly programId: string };
  readonly activeFrom: string;
  readonly activeTo: string | null;
  readonly recordedAt: string;
  readonly recordedBy: string;
  readonly supersedes: string | null;
}

export async function insertCourtOrder(trx: Tx, order: CourtOrderRow): Promise<void> {
  await trx
    .insertInto('court_orders')
    .values({
      id: order.id,
      kind: order.kind,
      court: order.court,
      docket: order.docket,
      scope_kind: order.scope.kind,
      person_id: order.scope.kind === 'person' ? order.scope.personId : null,
      country: order.scope.kind === 'destination' ? order.scope.country : null,
      program_id: order.scope.kind === 'program' ? order.scope.programId : null,
      active_from: order.activeFrom,
      active_to: order.activeTo,
      recorded_at: order.recordedAt,
      recorded_by: order.recordedBy,
      supersedes: order.supersedes,
    })
    .execute();
}

/**
 * Court orders that cover any of the given people, destinations or programs and are not superseded
 * (as of `at`): one query for a whole batch of cases.
 */
export async function listCourtOrdersCovering(
  db: Queryable,
  scopes: { personIds: readonly string[]; countries: readonly string[]; programIds: readonly string[] },
  at: string | null,
): Promise<CourtOrderRow[]> {
  if (scopes.personIds.length + scopes.countries.length + scopes.programIds.length === 0) return [];
  let query = db
    .selectFrom('court_orders as o')
    .selectAll('o')
    .where((eb) =>
      eb.or([
        ...(scopes.personIds.length > 0 ? [eb('o.person_id', 'in', scopes.personIds)] : []),
        ...(scopes.countries.length > 0 ? [eb('o.country', 'in', scopes.countries)] : []),
        ...(scopes.programIds.length > 0 ? [eb('o.program_id', 'in', scopes.programIds)] : []),
      ]),
    )
    .orderBy('o.recorded_at')
    .orderBy('o.id');
  if (at !== null) {
    query = query
      .where('o.recorded_at', '<=', at)
      .where((eb) => eb.not(eb.exists(eb.selectFrom('court_orders as s').select('s.id').whereRef('s.supersedes', '=', 'o.id').where('s.recorded_at', '<=', at))));
  } else {
    query = query.where((eb) => eb.not(eb.exists(eb.selectFrom('court_orders as s').select('s.id').whereRef('s.supersedes', '=', 'o.id'))));
  }
  return (await query.execute()).map(toCourtOrder);
}

export async function findCourtOrder(db: Queryable, id: string): Promise<CourtOrderRow | undefined> {
  const row = await db.selectFrom('court_orders').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toCourtOrder(row);
}

function toCourtOrder(row: Selectable<CourtOrdersTable>): CourtOrderRow {
  return {
    id: row.id,
    kind: row.kind as CourtOrderRow['kind'],
    court: row.court,
    docket: row.docket,
    scope:
      row.scope_kind === 'person'
        ? { kind: 'person', personId: row.person_id ?? '' }
        : row.scope_kind === 'destination'
          ? { kind: 'destination', country: row.country ?? '' }
          : { kind: 'program', programId: row.program_id ?? '' },
    activeFrom: row.active_from,
    activeTo: row.active_to,
    recordedAt: row.recorded_at,
    recordedBy: row.recorded_by,
    supersedes: row.supersedes,
  };
}

/** A country assessment as the agreements migration stores it (table `country_assessments`). */
export interface CountryAssessmentRow {
  readonly id: string;
  readonly country: string;
  readonly finding: 'unsafe' | 'concerns' | 'no_finding';
  readonly controlling: boolean;
  readonly assessedOn: string;
  readonly source: string;
  readonly citation: string;
}

/**
 * Assessments of the given destinations recorded by `at`. The table belongs to the agreements
 * migration; until it exists there are no assessments (and the safeguards treat that as no finding).
 */
export async function listControllingAssessments(db: Queryable, countries: readonly string[], at: string | null): Promise<CountryAssessmentRow[]> {
  if (countries.length === 0) return [];
  const present = await sql<{ present: boolean }>`select to_regclass('country_assessments') is not null as present`.execute(db);
  if (present.rows[0]?.present !== true) return [];
  const atFilter = at === null ? sql`` : sql`and recorded_at <= ${at}`;
  const { rows } = await sql<{ id: string; country: string; finding: CountryAssessmentRow['finding']; controlling: boolean; assessed_on: string; source: string; citation: string }>`
    select id::text as id, country, finding, controlling, assessed_on::text as assessed_on, source, citation
      from country_assessments
     where country = any(${[...countries]}::text[]) ${atFilter}
     order by assessed_on, id`.execute(db);
  return rows.map((row) => ({ id: row.id, country: row.country, finding: row.finding, controlling: row.controlling, assessedOn: row.assessed_on, source: row.source, citation: row.citation }));
}

/** Per agreement: cases holding a place (cleared or manifested, also while on hold) and places used. */
export interface AgreementOccupancy {
  readonly reserved: number;
  readonly consumed: number;
}

export async function countAgreementOccupancy(db: Queryable, agreementIds: readonly string[]): Promise<Map<string, AgreementOccupancy>> {
  const result = new Map<string, AgreementOccupancy>();
  if (agreementIds.length === 0) return result;
  const { rows } = await sql<{ agreement_id: string; reserved: number; consumed: number }>`
    select agreement_id::text as agreement_id,
           count(*) filter (where coalesce(held_from_state, state) in ('cleared','manifested'))::int8 as reserved,
           count(*) filter (where coalesce(held_from_state, state) in ('relocated','monitoring') or close_outcome = 'relocated')::int8 as consumed
      from cases
     where agreement_id = any(${[...agreementIds]}::uuid[])
     group by agreement_id`.execute(db);
  for (const row of rows) result.set(row.agreement_id, { reserved: row.reserved, consumed: row.consumed });
  return result;
}

export interface AlertRow {
  readonly caseId: string;
  readonly recipientUserId: string | null;
  readonly recipientRole: string;
  readonly kind: 'case_held' | 'manifest_affected';
  readonly message: string;
  readonly createdAt: string;
}

/** Many alerts in one statement. */
export async function insertAlerts(trx: Tx, alerts: readonly AlertRow[]): Promise<void> {
  if (alerts.length === 0) return;
  await trx
    .insertInto('alerts')
    .values(alerts.map((a) => ({ case_id: a.caseId, recipient_user_id: a.recipientUserId, recipient_role: a.recipientRole, kind: a.kind, message: a.message, created_at: a.createdAt })))
    .execute();
}

/** An agreement with its newest terms version, as the safeguards need it. */
export interface AgreementFactSource {
  readonly id: string;
  readonly receivingCountry: string;
  readonly status: string;
  readonly effectiveFrom: string | null;
  readonly effectiveTo: string | null;
  readonly terms: Readonly<Record<string, unknown>> | null;
}

export async function listAgreementFactSources(db: Queryable, agreementIds: readonly string[]): Promise<AgreementFactSource[]> {
  if (agreementIds.length === 0) return [];
  const rows = await db
    .selectFrom('agreements as a')
    .leftJoin(
      (eb) => eb.selectFrom('agreement_terms').distinctOn('agreement_id').select(['agreement_id', 'terms']).orderBy('agreement_id').orderBy('version_no', 'desc').as('t'),
      (join) => join.onRef('t.agreement_id', '=', 'a.id'),
    )
    .select(['a.id', 'a.receiving_country', 'a.status', 'a.effective_from', 'a.effective_to', 't.terms'])
    .where('a.id', 'in', agreementIds)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    receivingCountry: row.receiving_country,
    status: row.status,
    effectiveFrom: row.effective_from,
    effectiveTo: row.effective_to,
    terms: row.terms,
  }));
}
