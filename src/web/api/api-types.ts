import type { components, paths } from './openapi-types';

/**
 * Names for the API's shapes, all derived from the generated OpenAPI types so
 * a change to a route's schema shows up here as a compile error.
 *
 * @example const state: CaseState = 'cleared';
 */
export type Schemas = components['schemas'];
export type Case = Schemas['Case'];
/** A case as GET /api/cases/{id} returns it: redacted to the caller, with the actions allowed now. */
export type CaseDetail = Schemas['CaseDetail'];
export type CasePage = Schemas['CasePage'];
export type CaseState = Case['state'];
export type CaseSafeguards = Schemas['CaseSafeguards'];
export type Person = Schemas['Person'];
export type PersonPage = Schemas['PersonPage'];
export type Agreement = Schemas['Agreement'];
export type AgreementPage = Schemas['AgreementPage'];
export type AgreementDetail = Schemas['AgreementDetail'];
export type AgreementTermsVersion = AgreementDetail['terms'][number];
export type AgreementStatus = Agreement['status'];
export type Country = Schemas['Country'];
export type UpdateCaseBody = Schemas['UpdateCase'];
export type ApiErrorBody = Schemas['Error'];
export type ErrorCode = ApiErrorBody['error']['code'];

export type CaseListQuery = NonNullable<paths['/api/cases']['get']['parameters']['query']>;
export type PeopleListQuery = NonNullable<paths['/api/people']['get']['parameters']['query']>;
export type AgreementListQuery = NonNullable<paths['/api/agreements']['get']['parameters']['query']>;
