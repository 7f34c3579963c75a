import { apiGet, apiSend, type Fetched } from './api-client';
import type {
  AgreementDetail, AgreementListQuery, AgreementPage, Case, CaseDetail, CaseListQuery, CaseSafeguards, CasePage, Country, Person, PersonPage, PeopleListQuery, UpdateCaseBody,
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

/**
 * Sections whose APIs other work is still building: a 404 route_not_found
 * from these means "not available yet", which the page shows calmly.
 */
export const getCaseSection = (id: string, section: 'decisions' | 'documents', signal?: AbortSignal): Promise<Fetched<unknown>> =>
  apiGet(`/api/cases/${encodeURIComponent(id)}/${section}`, {}, signal);
