import { apiGet, apiSend, type Fetched } from './api-client';
import type {
  AccessReport, AccessReportQuery, AgreementDetail, AgreementLedger, AgreementListQuery, AgreementPage, AgreementSummary, AuditCheckpoint, AuditKey, Case, CaseDetail, CaseFact,
  CaseListQuery, CaseSafeguards, CasePage, Country, Decision, FearClaimBody, Person, PersonPage, PeopleListQuery, ReceivingConsentBody, RuleSets, Session, TransitionBody,
  TransitionResult, UpdateCaseBody, WhatIfBody, WhatIfReport,
} from './api-types';

/**
 * One function per API operation the pages use, typed from the OpenAPI
 * document. Pages call these, never fetch directly.
 *
 * @example const { data: page } = await listCases({ state: 'on_hold', limit: 50 }, signal);
 */
export const listCases = (query: CaseListQuery, signal?: AbortSignal): Promise<Fetched<CasePage>> => apiGet('/api/cases', query, signal);
export const getCase = (id: string, signal?: AbortSignal): Promise<Fetched<CaseDetail>> => apiGet(`/api/cases/${encodeURIComponent(id)}`, {}, signal);
export const updateCase = (id: string, body: UpdateCaseBody, etag: string | null): Promise<Fetched<Case>> =>
  apiSend('PATCH', `/api/cases/${encodeURIComponent(id)}`, body, etag);

export const listPeople = (query: PeopleListQuery, signal?: AbortSignal): Promise<Fetched<PersonPage>> => apiGet('/api/people', query, signal);
export const getPerson = (id: string, signal?: AbortSignal): Promise<Fetched<Person>> => apiGet(`/api/people/${encodeURIComponent(id)}`, {}, signal);

export const listAgreements = (query: AgreementListQuery, signal?: AbortSignal): Promise<Fetched<AgreementPage>> => apiGet('/api/agreements', query, signal);
export const getAgreement = (idOrCode: string, signal?: AbortSignal): Promise<Fetched<AgreementDetail>> =>
  apiGet(`/api/agreements/${encodeURIComponent(idOrCode)}`, {}, signal);

export const getCaseSafeguards = (id: string, signal?: AbortSignal): Promise<Fetched<CaseSafeguards>> =>
  apiGet(`/api/cases/${encodeURIComponent(id)}/safeguards`, {}, signal);

export const listCountries = (signal?: AbortSignal): Promise<Fetched<{ readonly items: readonly Country[] }>> => apiGet('/api/countries', {}, signal);

export const getSession = (signal?: AbortSignal): Promise<Fetched<Session>> => apiGet('/api/session', {}, signal);

/** Moves a case along the workflow; 409 safeguard_blocked carries the blocking findings in `details.findings`. */
export const transitionCase = (id: string, body: TransitionBody, etag: string | null): Promise<Fetched<TransitionResult>> =>
  apiSend('POST', `/api/cases/${encodeURIComponent(id)}/transitions`, body, etag);
export const listDecisions = (id: string, signal?: AbortSignal): Promise<Fetched<{ readonly items: readonly Decision[] }>> =>
  apiGet(`/api/cases/${encodeURIComponent(id)}/decisions`, {}, signal);
export const fileFearClaim = (id: string, body: FearClaimBody): Promise<Fetched<CaseFact>> =>
  apiSend('POST', `/api/cases/${encodeURIComponent(id)}/facts/fear-claim`, body);
export const recordReceivingConsent = (id: string, body: ReceivingConsentBody): Promise<Fetched<CaseFact>> =>
  apiSend('POST', `/api/cases/${encodeURIComponent(id)}/facts/receiving-consent`, body);

export const getAgreementLedger = (idOrCode: string, signal?: AbortSignal): Promise<Fetched<AgreementLedger>> =>
  apiGet(`/api/agreements/${encodeURIComponent(idOrCode)}/ledger`, {}, signal);
export const getAgreementSummary = (idOrCode: string, signal?: AbortSignal): Promise<Fetched<AgreementSummary>> =>
  apiGet(`/api/agreements/${encodeURIComponent(idOrCode)}/summary`, {}, signal);

export const getRuleSets = (signal?: AbortSignal): Promise<Fetched<RuleSets>> => apiGet('/api/rulesets', {}, signal);
export const runWhatIf = (body: WhatIfBody): Promise<Fetched<WhatIfReport>> => apiSend('POST', '/api/whatif', body);

export const getAuditKey = (signal?: AbortSignal): Promise<Fetched<AuditKey>> => apiGet('/api/audit/key', {}, signal);
export const getLatestCheckpoint = (signal?: AbortSignal): Promise<Fetched<AuditCheckpoint>> => apiGet('/api/audit/checkpoints/latest', {}, signal);
export const getAccessReport = (query: AccessReportQuery, signal?: AbortSignal): Promise<Fetched<AccessReport>> => apiGet('/api/audit/access-report', query, signal);
