import { sql, type Selectable } from 'kysely';
import type { CaseState, OpenState } from '../../core/case.js';
import type { CaseFactKind } from '../../core/schemas/case-fact.schema.js';
import type { Queryable, Tx } from '../schema.js';
import type { CourtOrdersTable } from '../tables/case-facts.table.js';
import { PG_TYPE_OIDS, TEXT_PARSERS } from '../type-parsers.js';

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
  /** The person's sealed fields and their data key as stored, wrapped under the KEK (null once erased); the service opens them (openSubjectFields). */
  readonly personalData: string;
  readonly wrappedPersonKey: Uint8Array | null;
  /** As stored (derived data the sweep refreshes; it writes only the ones that change). */
  readonly earliestDepartureAt: string | null;
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
  'people.personal_data',
  'person_keys.key as person_key',
  'cases.earliest_departure_at',
] as const;

function subjectQuery(db: Queryable) {
  return db.selectFrom('cases').innerJoin('people', 'people.id', 'cases.person_id').leftJoin('person_keys', 'person_keys.person_id', 'people.id').select(SUBJECT_COLUMNS);
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
    personalData: row.personal_data,
    wrappedPersonKey: row.person_key === null ? null : Uint8Array.from(row.person_key),
    earliestDepartureAt: row.earliest_departure_at,
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

/** Assessments of the given destinations recorded by `at` (all of them when `at` is null). */
export async function listControllingAssessments(db: Queryable, countries: readonly string[], at: string | null): Promise<CountryAssessmentRow[]> {
  if (countries.length === 0) return [];
  const atFilter = at === null ? sql`` : sql`and recorded_at <= ${at}`;
  const { rows } = await sql<{ id: string; country: string; finding: CountryAssessmentRow['finding']; controlling: boolean; assessed_on: string; source: string; citation: string }>`
    select id::text as id, country, finding, controlling, assessed_on::text as assessed_on, source, citation
      from country_assessments
     where country = any(${[...countries]}::text[]) ${atFilter}
     order by assessed_on, id`.execute(db);
  return rows.map((row) => ({ id: row.id, country: row.country, finding: row.finding, controlling: row.controlling, assessedOn: row.assessed_on, source: row.source, citation: row.citation }));
}

/** Per agreement: places reserved and places consumed, as the capacity ledger counts them. */
export interface AgreementOccupancy {
  readonly reserved: number;
  readonly consumed: number;
}

/**
 * The ledger's counters (agreement_capacity) of each agreement: the case transitions reserve a place
 * when a case is proposed, consume it on relocation and release it when the case leaves, so these
 * are the counts the capacity invariant is enforced on. An agreement that never held a place has no
 * row (read as zeros by the caller).
 */
export async function listAgreementOccupancy(db: Queryable, agreementIds: readonly string[]): Promise<Map<string, AgreementOccupancy>> {
  const result = new Map<string, AgreementOccupancy>();
  if (agreementIds.length === 0) return result;
  const rows = await db.selectFrom('agreement_capacity').select(['agreement_id', 'reserved', 'consumed']).where('agreement_id', 'in', agreementIds).execute();
  for (const row of rows) result.set(row.agreement_id, { reserved: row.reserved, consumed: row.consumed });
  return result;
}

/** Each case's live place (reserved or consumed, not released): case id → the agreement it is on. */
export async function listLivePlaces(db: Queryable, caseIds: readonly string[]): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  if (caseIds.length === 0) return result;
  const rows = await db.selectFrom('capacity_reservations').select(['case_id', 'agreement_id']).where('case_id', 'in', caseIds).where('status', '<>', 'released').execute();
  for (const row of rows) result.set(row.case_id, row.agreement_id);
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

/** Everything the safeguards read about ONE case (what loadFactSources reads for a batch), from one statement. */
export interface OneCaseSources {
  readonly subject: CaseSubjectRow;
  readonly factRows: readonly CaseFactRow[];
  readonly courtOrders: readonly CourtOrderRow[];
  readonly assessments: readonly CountryAssessmentRow[];
  readonly agreement: AgreementFactSource | null;
  readonly occupancy: AgreementOccupancy | null;
  /** The agreement the case holds a live place on (capacity_reservations), if any. */
  readonly livePlaceAgreementId: string | null;
}

interface OneCaseRow {
  caseId: string;
  state: string;
  held_from_state: string | null;
  destination_country: string | null;
  agreement_id: string | null;
  rule_set_id: string;
  officer_id: string | null;
  counsel_id: string | null;
  version: number;
  personId: string;
  personal_data: string;
  person_key: Uint8Array | null;
  earliest_departure_at: string | null;
  facts: { id: string; kind: string; payload: Record<string, unknown>; recorded_at: string; recorded_by: string; supersedes: string | null }[] | string;
  court_orders: (Omit<Selectable<CourtOrdersTable>, 'active_from' | 'active_to' | 'recorded_at'> & { active_from: string; active_to: string | null; recorded_at: string })[] | string;
  assessments: { id: string; country: string; finding: CountryAssessmentRow['finding']; controlling: boolean; assessed_on: string; source: string; citation: string }[] | string;
  agreement: { id: string; receiving_country: string; status: string; effective_from: string | null; effective_to: string | null; terms: Record<string, unknown> | null } | string | null;
  reserved: number | null;
  consumed: number | null;
  live_place: string | null;
}

/**
 * The subject, facts, covering court orders, assessments, agreement with its newest terms, the
 * ledger's capacity counters and the case's live place for ONE case in a single statement (json
 * aggregates per source), instead of one query per source: a transition reads its facts in one
 * round trip. Same rows, same order and same value formats as the batched loaders (timestamps are
 * sent as text and parsed by the driver's own timestamptz parser), so facts — and so their hashes —
 * do not depend on which path built them. `destinationCountry`/`agreementId` in `overrides` replace
 * the case's own (propose_country evaluates the proposed destination). Undefined: no such case.
 */
export async function loadOneCaseSources(
  db: Queryable,
  caseId: string,
  at: string | null,
  overrides: { readonly destinationCountry?: string | null; readonly agreementId?: string | null } = {},
): Promise<OneCaseSources | undefined> {
  const hasCountry = overrides.destinationCountry !== undefined;
  const hasAgreement = overrides.agreementId !== undefined;
  const factsAt = at === null ? sql`` : sql`and f.recorded_at <= ${at}`;
  const ordersAt =
    at === null
      ? sql`and not exists (select 1 from court_orders x where x.supersedes = o.id)`
      : sql`and o.recorded_at <= ${at} and not exists (select 1 from court_orders x where x.supersedes = o.id and x.recorded_at <= ${at})`;
  const assessmentsAt = at === null ? sql`` : sql`and a.recorded_at <= ${at}`;
  const { rows } = await sql<OneCaseRow>`
    with s as (
      select c.id::text as "caseId", c.state, c.held_from_state, c.destination_country::text as destination_country, c.agreement_id::text as agreement_id,
             c.rule_set_id, c.officer_id::text as officer_id, c.counsel_id::text as counsel_id, c.version,
             p.id::text as "personId", p.personal_data, pk.key as person_key, c.earliest_departure_at,
             case when ${hasCountry}::boolean then ${overrides.destinationCountry ?? null}::text else c.destination_country::text end as eff_country,
             case when ${hasAgreement}::boolean then ${overrides.agreementId ?? null}::uuid else c.agreement_id end as eff_agreement
        from cases c join people p on p.id = c.person_id left join person_keys pk on pk.person_id = p.id
       where c.id = ${caseId}
    )
    select s."caseId", s.state, s.held_from_state, s.destination_country, s.agreement_id, s.rule_set_id, s.officer_id, s.counsel_id, s.version,
           s."personId", s.personal_data, s.person_key, s.earliest_departure_at,
           (select coalesce(json_agg(json_build_object('id', f.id, 'kind', f.kind, 'payload', f.payload, 'recorded_at', f.recorded_at::text, 'recorded_by', f.recorded_by,
                                                       'supersedes', f.supersedes) order by f.recorded_at, f.id), '[]'::json)
              from case_facts f where f.case_id = s."caseId"::uuid ${factsAt}) as facts,
           (select coalesce(json_agg(json_build_object('id', o.id, 'kind', o.kind, 'court', o.court, 'docket', o.docket, 'scope_kind', o.scope_kind, 'person_id', o.person_id,
                                                       'country', o.country, 'program_id', o.program_id, 'active_from', o.active_from::text, 'active_to', o.active_to::text,
                                                       'recorded_at', o.recorded_at::text, 'recorded_by', o.recorded_by, 'supersedes', o.supersedes) order by o.recorded_at, o.id), '[]'::json)
              from court_orders o
             where (o.person_id = s."personId"::uuid or o.country = s.eff_country or o.program_id = s.eff_agreement) ${ordersAt}) as court_orders,
           (select coalesce(json_agg(json_build_object('id', a.id, 'country', a.country, 'finding', a.finding, 'controlling', a.controlling, 'assessed_on', a.assessed_on::text,
                                                       'source', a.source, 'citation', a.citation) order by a.assessed_on, a.id), '[]'::json)
              from country_assessments a where a.country = s.eff_country ${assessmentsAt}) as assessments,
           (select json_build_object('id', g.id, 'receiving_country', g.receiving_country, 'status', g.status, 'effective_from', g.effective_from::text, 'effective_to', g.effective_to::text,
                                     'terms', (select t.terms from agreement_terms t where t.agreement_id = g.id order by t.version_no desc limit 1))
              from agreements g where g.id = s.eff_agreement) as agreement,
           k.reserved, k.consumed,
           (select r.agreement_id::text from capacity_reservations r where r.case_id = s."caseId"::uuid and r.status <> 'released') as live_place
      from s left join agreement_capacity k on k.agreement_id = s.eff_agreement`.execute(db);
  const row = rows[0];
  if (row === undefined) return undefined;
  const timestamp = TEXT_PARSERS[PG_TYPE_OIDS.TIMESTAMPTZ] as (value: string) => string;
  const agreement = parsedJson(row.agreement);
  return {
    subject: toSubject({
      caseId: row.caseId,
      state: row.state,
      held_from_state: row.held_from_state,
      destination_country: row.destination_country,
      agreement_id: row.agreement_id,
      rule_set_id: row.rule_set_id,
      officer_id: row.officer_id,
      counsel_id: row.counsel_id,
      version: row.version,
      personId: row.personId,
      personal_data: row.personal_data,
      person_key: row.person_key,
      earliest_departure_at: row.earliest_departure_at,
    }),
    factRows: parsedJson(row.facts).map((f) => ({
      id: f.id,
      caseId: row.caseId,
      kind: f.kind as CaseFactKind,
      payload: f.payload,
      recordedAt: timestamp(f.recorded_at),
      recordedBy: f.recorded_by,
      supersedes: f.supersedes,
    })),
    courtOrders: parsedJson(row.court_orders).map((o) =>
      toCourtOrder({ ...o, active_from: timestamp(o.active_from), active_to: o.active_to === null ? null : timestamp(o.active_to), recorded_at: timestamp(o.recorded_at) }),
    ),
    assessments: parsedJson(row.assessments).map((a) => ({ id: a.id, country: a.country, finding: a.finding, controlling: a.controlling, assessedOn: a.assessed_on, source: a.source, citation: a.citation })),
    agreement:
      agreement === null
        ? null
        : { id: agreement.id, receivingCountry: agreement.receiving_country, status: agreement.status, effectiveFrom: agreement.effective_from, effectiveTo: agreement.effective_to, terms: agreement.terms },
    occupancy: row.reserved === null || row.consumed === null ? null : { reserved: row.reserved, consumed: row.consumed },
    livePlaceAgreementId: row.live_place,
  };
}

/** json columns arrive parsed from both drivers; a driver that hands over text gets it parsed here. */
function parsedJson<T>(value: T | string): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}
