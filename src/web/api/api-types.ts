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
export type Session = Schemas['Session'];
export type Role = Session['user']['roles'][number];
export type TransitionBody = Schemas['TransitionCase'];
export type TransitionName = TransitionBody['transition'];
export type TransitionResult = Schemas['TransitionResult'];
export type Decision = Schemas['Decision'];
export type Finding = Schemas['Finding'];
export type SafeguardId = Finding['safeguardId'];
export type AgreementLedger = Schemas['AgreementLedger'];
export type AgreementSummary = Schemas['AgreementSummary'];
export type CapacityPosition = Schemas['CapacityPosition'];
export type MoneyView = Schemas['MoneyView'];
export type RuleSets = Schemas['RuleSets'];
export type WhatIfBody = Schemas['WhatIf'];
export type WhatIfReport = Schemas['WhatIfReport'];
export type AuditCheckpoint = Schemas['AuditCheckpoint'];
export type AuditKey = Schemas['AuditKey'];
export type AccessReport = Schemas['AccessReport'];
export type CaseFact = Schemas['CaseFact'];
export type AccessReportQuery = paths['/api/audit/access-report']['get']['parameters']['query'];
export type FearClaimBody = paths['/api/cases/{id}/facts/fear-claim']['post']['requestBody']['content']['application/json'];
export type ReceivingConsentBody = paths['/api/cases/{id}/facts/receiving-consent']['post']['requestBody']['content']['application/json'];

export type CaseListQuery = NonNullable<paths['/api/cases']['get']['parameters']['query']>;
export type PeopleListQuery = NonNullable<paths['/api/people']['get']['parameters']['query']>;
export type AgreementListQuery = NonNullable<paths['/api/agreements']['get']['parameters']['query']>;
