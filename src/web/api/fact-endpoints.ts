import { apiSend, apiSendForFile, type Fetched } from './api-client';
import type { CaseFact } from './api-types';
import type { paths } from './openapi-types';

type FactPath = Extract<keyof paths, `/api/cases/{id}/facts/${string}`>;
/** The fact kinds the case page records, by their path segment. */
export type FactSegment = FactPath extends `/api/cases/{id}/facts/${infer Segment}` ? Segment : never;
export type FactBody<S extends FactSegment> = paths[`/api/cases/{id}/facts/${S}`] extends { post: { requestBody: { content: { 'application/json': infer Body } } } } ? Body : never;
export type ServeNoticeBody = paths['/api/cases/{id}/notices/{documentId}/serve']['post']['requestBody']['content']['application/json'];

/**
 * Records one fact on a case (removal order, designation record, monitoring
 * plan, ...). The server checks it against the facts already recorded (409
 * fact_contradiction) and validates the payload (400 validation_failed).
 *
 * @example await recordCaseFact(caseId, 'monitoring-plan', { payload: { welfareCheckDays: [30], monitor: 'NGO', plannedAt } });
 */
export const recordCaseFact = <S extends FactSegment>(caseId: string, segment: S, body: FactBody<S>): Promise<Fetched<CaseFact>> =>
  apiSend('POST', `/api/cases/${encodeURIComponent(caseId)}/facts/${segment}`, body);

/** Renders the case's notice in a language and stores it as a document; returns the stored document's id. */
export async function renderNotice(caseId: string, language: string): Promise<string> {
  const headers = await apiSendForFile(`/api/cases/${encodeURIComponent(caseId)}/notices/render`, { language, format: 'html' });
  const documentId = headers.get('x-document-id');
  if (documentId === null) throw new Error('the server stored no notice document');
  return documentId;
}

/** Records that a rendered notice was served: the `notice` fact, carrying the document's hash. */
export const serveNotice = (caseId: string, documentId: string, body: ServeNoticeBody): Promise<Fetched<CaseFact>> =>
  apiSend('POST', `/api/cases/${encodeURIComponent(caseId)}/notices/${encodeURIComponent(documentId)}/serve`, body);
