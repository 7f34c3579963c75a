import type { CaseFacts } from '../../core/safeguards/case-facts.js';
import { ASSESSMENT_SOURCES } from '../../core/safeguards/case-facts.js';
import type { CaseFactKind, CaseFactPayload } from '../../core/schemas/case-fact.schema.js';
import { openSubjectFields } from '../people/open-person.js';
import type { AgreementOccupancy, AgreementFactSource, CaseFactRow, CaseSubjectRow, CountryAssessmentRow, CourtOrderRow } from '../../db/repositories/case-facts.repository.js';
import {
  listAgreementFactSources,
  listAgreementOccupancy,
  listCaseFactRows,
  listControllingAssessments,
  listCourtOrdersCovering,
  listLivePlaces,
  loadOneCaseSources,
} from '../../db/repositories/case-facts.repository.js';
import type { Queryable } from '../../db/schema.js';

/**
 * Assembles CaseFacts, the snapshot the safeguards read, from the stored facts. The batched form
 * runs one query per source for a whole batch of cases (subjects, facts, court orders, assessments,
 * agreements, capacity counters, live places), never one per case, so a sweep over 100k cases costs
 * ~6 queries per 1000; one case (a transition) reads everything in a single statement (loadOneCaseFacts).
 *
 * Capacity comes from the ledger the transitions keep (a place is reserved on propose_country,
 * consumed on relocation, released when the case leaves): reserved/consumed are the agreement's
 * counters in agreement_capacity, and a place is reserved for the case when it holds a live
 * reservation on that agreement in capacity_reservations. Criminal records are not yet recorded;
 * they read as false.
 */

/** What a transition changes before it is evaluated (propose_country evaluates the proposed destination). */
export interface FactOverrides {
  readonly destinationCountry?: string | null;
  readonly agreementId?: string | null;
}

/** Everything the builder loaded for a batch of cases. */
export interface FactSources {
  readonly subjects: ReadonlyMap<string, CaseSubjectRow>;
  readonly factRows: ReadonlyMap<string, readonly CaseFactRow[]>;
  readonly courtOrders: readonly CourtOrderRow[];
  readonly assessments: readonly CountryAssessmentRow[];
  readonly agreements: ReadonlyMap<string, AgreementFactSource>;
  readonly occupancy: ReadonlyMap<string, AgreementOccupancy>;
  /** Case id → the agreement it holds a live (reserved or consumed) place on. */
  readonly livePlaces: ReadonlyMap<string, string>;
}

/**
 * Loads the sources for many cases in one query per source. `at` limits facts to those recorded by
 * then (null: everything, used to check would-be facts for contradictions).
 *
 * @example const sources = await loadFactSources(db, subjects, now); assembleCaseFacts(subjects[0], sources, ctx.personKeyEncryptionKey)
 */
export async function loadFactSources(db: Queryable, subjects: readonly CaseSubjectRow[], at: string | null, overrides: FactOverrides = {}): Promise<FactSources> {
  const caseIds = subjects.map((s) => s.caseId);
  const destinations = unique([...subjects.map((s) => s.destinationCountry), overrides.destinationCountry ?? null]);
  const agreementIds = unique([...subjects.map((s) => s.agreementId), overrides.agreementId ?? null]);
  const [factRows, courtOrders, assessments, agreements, occupancy, livePlaces] = await Promise.all([
    listCaseFactRows(db, caseIds, at),
    listCourtOrdersCovering(db, { personIds: unique(subjects.map((s) => s.personId)), countries: destinations, programIds: agreementIds }, at),
    listControllingAssessments(db, destinations, at),
    listAgreementFactSources(db, agreementIds),
    listAgreementOccupancy(db, agreementIds),
    listLivePlaces(db, caseIds),
  ]);
  const byCase = new Map<string, CaseFactRow[]>();
  for (const row of factRows) {
    const list = byCase.get(row.caseId);
    if (list === undefined) byCase.set(row.caseId, [row]);
    else list.push(row);
  }
  return {
    subjects: new Map(subjects.map((s) => [s.caseId, s])),
    factRows: byCase,
    courtOrders,
    assessments,
    agreements: new Map(agreements.map((a) => [a.id, a])),
    occupancy,
    livePlaces,
  };
}

/**
 * The subject and sources of ONE case from a single statement (loadOneCaseSources), shaped as
 * loadFactSources shapes a batch, so assembleCaseFacts gives the same facts either way. A
 * transition calls this inside its transaction: one round trip instead of one per source.
 *
 * @example const loaded = await loadOneCaseFacts(trx, caseId, at, overrides); assembleCaseFacts(loaded.subject, loaded.sources, ctx.personKeyEncryptionKey, overrides)
 */
export async function loadOneCaseFacts(db: Queryable, caseId: string, at: string | null, overrides: FactOverrides = {}): Promise<{ subject: CaseSubjectRow; sources: FactSources } | undefined> {
  const loaded = await loadOneCaseSources(db, caseId, at, overrides);
  if (loaded === undefined) return undefined;
  const { subject } = loaded;
  return {
    subject,
    sources: {
      subjects: new Map([[subject.caseId, subject]]),
      factRows: new Map([[subject.caseId, loaded.factRows]]),
      courtOrders: loaded.courtOrders,
      assessments: loaded.assessments,
      agreements: new Map(loaded.agreement === null ? [] : [[loaded.agreement.id, loaded.agreement]]),
      occupancy: new Map(loaded.agreement === null || loaded.occupancy === null ? [] : [[loaded.agreement.id, loaded.occupancy]]),
      livePlaces: new Map(loaded.livePlaceAgreementId === null ? [] : [[subject.caseId, loaded.livePlaceAgreementId]]),
    },
  };
}

/**
 * Facts of one case as of `at`, or undefined when the case does not exist.
 *
 * @example const facts = await buildCaseFacts(ctx.db, ctx.personKeyEncryptionKey, caseId, nowInstant(ctx));
 */
export async function buildCaseFacts(db: Queryable, personKeyEncryptionKey: Uint8Array, caseId: string, at: string | null, overrides: FactOverrides = {}): Promise<CaseFacts | undefined> {
  const loaded = await loadOneCaseFacts(db, caseId, at, overrides);
  return loaded === undefined ? undefined : assembleCaseFacts(loaded.subject, loaded.sources, personKeyEncryptionKey, overrides);
}

/**
 * Facts of many cases with one query per source; the map is keyed by case id.
 *
 * @example const factsByCase = await buildCaseFactsBatch(db, ctx.personKeyEncryptionKey, subjects, now);
 */
export async function buildCaseFactsBatch(db: Queryable, personKeyEncryptionKey: Uint8Array, subjects: readonly CaseSubjectRow[], at: string | null): Promise<Map<string, CaseFacts>> {
  const sources = await loadFactSources(db, subjects, at);
  return new Map(subjects.map((s) => [s.caseId, assembleCaseFacts(s, sources, personKeyEncryptionKey)]));
}

/** Pure assembly of one case's facts from loaded sources (extraFacts: a fact about to be recorded). */
export function assembleCaseFacts(subject: CaseSubjectRow, sources: FactSources, personKeyEncryptionKey: Uint8Array, overrides: FactOverrides = {}, extraFacts: readonly CaseFactRow[] = []): CaseFacts {
  const destination = overrides.destinationCountry !== undefined ? overrides.destinationCountry : subject.destinationCountry;
  const agreementId = overrides.agreementId !== undefined ? overrides.agreementId : subject.agreementId;
  const rows = current([...(sources.factRows.get(subject.caseId) ?? []), ...extraFacts]);
  const ofKind = <K extends CaseFactKind>(kind: K): { row: CaseFactRow; payload: CaseFactPayload<K> }[] =>
    rows.filter((r) => r.kind === kind).map((row) => ({ row, payload: row.payload as CaseFactPayload<K> }));
  const latest = <K extends CaseFactKind>(kind: K): CaseFactPayload<K> | null => ofKind(kind).at(-1)?.payload ?? null;
  const latestFor = <K extends 'fear_outcome' | 'reasonable_fear_interview' | 'reopening'>(kind: K, claimId: string): CaseFactPayload<K> | null =>
    ofKind(kind).filter((f) => f.payload.fearClaimId === claimId).at(-1)?.payload ?? null;

  const agreement = agreementId === null ? undefined : sources.agreements.get(agreementId);
  // Age and nationality facts come from the decrypted fields here, never from SQL: the columns are sealed.
  const personal = openSubjectFields(subject.personId, subject.personalData, subject.wrappedPersonKey, personKeyEncryptionKey);
  return {
    factsVersion: 1,
    caseId: subject.caseId,
    programId: agreementId,
    person: {
      id: subject.personId,
      birthDate: personal.birthDate,
      nationalities: [...personal.nationalities],
      languages: [...personal.languages],
      vulnerabilities: [...personal.vulnerabilities],
      criminalRecord: false,
    },
    case: { state: subject.state, destinationCountry: destination, ruleSetId: subject.ruleSetId, counselOfRecord: subject.counselId !== null },
    agreement: agreement === undefined ? null : agreementFacts(agreement, sources.occupancy.get(agreement.id), sources.livePlaces.get(subject.caseId) === agreement.id),
    removalOrder: latest('removal_order'),
    designation: latest('designation_record')?.steps ?? [],
    fearClaims: ofKind('fear_claim').map(({ row, payload }) => {
      const outcome = latestFor('fear_outcome', row.id);
      const interview = latestFor('reasonable_fear_interview', row.id);
      const reopening = latestFor('reopening', row.id);
      return {
        id: row.id,
        country: payload.country,
        claimedAt: payload.claimedAt,
        outcome: outcome?.outcome ?? 'pending',
        decidedAt: outcome?.decidedAt ?? null,
        reasonableFearInterview: interview === null ? null : withoutClaimId(interview),
        reopening: reopening === null ? null : withoutClaimId(reopening),
      };
    }),
    protections: ofKind('protection').map((f) => f.payload),
    notices: ofKind('notice').map(({ row, payload }) => ({ id: row.id, ...payload })),
    courtOrders: sources.courtOrders
      .filter((o) => (o.scope.kind === 'person' ? o.scope.personId === subject.personId : o.scope.kind === 'destination' ? o.scope.country === destination : o.scope.programId === agreementId))
      .map((o) => ({ id: o.id, kind: o.kind, court: o.court, docket: o.docket, scope: o.scope, activeFrom: o.activeFrom, activeTo: o.activeTo })),
    assurances: ofKind('assurance').map(({ row, payload }) => ({ id: row.id, ...payload })),
    receivingConsent: latest('receiving_consent'),
    countryAssessments: sources.assessments
      .filter((a) => a.country === destination)
      .map((a) => ({
        id: a.id,
        country: a.country,
        finding: a.finding,
        controlling: a.controlling,
        date: `${a.assessedOn}T00:00:00.000Z`,
        source: (ASSESSMENT_SOURCES as readonly string[]).includes(a.source) ? (a.source as (typeof ASSESSMENT_SOURCES)[number]) : 'other',
        citation: a.citation,
      })),
    individualAssessments: ofKind('individual_assessment').map((f) => f.payload),
    vulnerabilityReview: latest('vulnerability_review'),
    exigentCircumstances: latest('exigent_circumstances'),
    monitoringPlan: latest('monitoring_plan'),
  };
}

/** Facts not corrected by a later fact. */
function current(rows: readonly CaseFactRow[]): CaseFactRow[] {
  const superseded = new Set(rows.map((r) => r.supersedes).filter((id): id is string => id !== null));
  return rows.filter((r) => !superseded.has(r.id));
}

function withoutClaimId<T extends { fearClaimId: string }>(payload: T): Omit<T, 'fearClaimId'> {
  const { fearClaimId: _claim, ...rest } = payload;
  return rest;
}

interface TermsShape {
  eligibility?: { excludedNationalities?: string[]; excludedCategories?: string[] };
  capacity?: { total?: number | null };
  monitoring?: { welfareCheckDays?: number[] };
  transferStandards?: { legallyBinding?: boolean; asylumProcedureAccess?: boolean; durableSolution?: boolean; independentMonitoring?: boolean };
}

function agreementFacts(agreement: AgreementFactSource, occupancy: AgreementOccupancy | undefined, holdsPlace: boolean): NonNullable<CaseFacts['agreement']> {
  const terms = (agreement.terms ?? {}) as TermsShape;
  const standards = terms.transferStandards ?? {};
  return {
    id: agreement.id,
    receivingCountry: agreement.receivingCountry,
    status: agreement.status as NonNullable<CaseFacts['agreement']>['status'],
    effectiveFrom: agreement.effectiveFrom === null ? null : `${agreement.effectiveFrom}T00:00:00.000Z`,
    // effective_to is the last day in force: the agreement ends at the start of the next day.
    effectiveTo: agreement.effectiveTo === null ? null : new Date(Date.parse(`${agreement.effectiveTo}T00:00:00.000Z`) + 86_400_000).toISOString(),
    eligibility: { excludedNationalities: terms.eligibility?.excludedNationalities ?? [], excludedCategories: terms.eligibility?.excludedCategories ?? [] },
    capacity: { total: terms.capacity?.total ?? null, reserved: occupancy?.reserved ?? 0, consumed: occupancy?.consumed ?? 0 },
    placeReservedForCase: holdsPlace,
    welfareCheckDays: terms.monitoring?.welfareCheckDays ?? [],
    // The terms schema does not record these qualities yet; absent means not shown (the protective reading).
    transferStandards: {
      legallyBinding: standards.legallyBinding ?? false,
      asylumProcedureAccess: standards.asylumProcedureAccess ?? false,
      durableSolution: standards.durableSolution ?? false,
      independentMonitoring: standards.independentMonitoring ?? false,
    },
  };
}

function unique(values: readonly (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== null))];
}
