import { apiGet, apiSend, type Fetched } from './api-client';
import type { Schemas } from './api-types';
import type { paths } from './openapi-types';

export type DocumentView = Schemas['DocumentView'];
export type DocumentSearchResult = Schemas['DocumentSearchResult'];
export type DocumentSearchHit = DocumentSearchResult['items'][number];
export type DocumentSearchQuery = NonNullable<paths['/api/documents/search']['get']['parameters']['query']>;
export type DocumentKind = NonNullable<DocumentSearchQuery['kind']>;
export type Classification = NonNullable<DocumentSearchQuery['classification']>;
export type StoredDocument = Schemas['StoredDocument'];
/** A document linked to a case, as GET /api/cases/{id}/documents lists it for the caller. */
export type CaseDocument = Schemas['CaseDocument'];

const documentPath = (id: string): string => `/api/documents/${encodeURIComponent(id)}`;

/**
 * Document search, reading and cable import. Search hits carry an escaped
 * HTML snippet with <mark> around matches: render it with
 * `snippetParts`, never as HTML.
 *
 * @example const { data } = await searchDocuments({ q: 'nationals', limit: 20 }, signal);
 */
export const searchDocuments = (query: DocumentSearchQuery, signal?: AbortSignal): Promise<Fetched<DocumentSearchResult>> => apiGet('/api/documents/search', query, signal);
export const getDocument = (id: string, signal?: AbortSignal): Promise<Fetched<DocumentView>> => apiGet(documentPath(id), {}, signal);
/** Imports a cable as written (the server reads classification and portion marks from the text). */
export const importCable = (text: string, filename?: string): Promise<Fetched<StoredDocument>> =>
  apiSend('POST', '/api/documents/cables', {
    text,
    ...(filename !== undefined && { filename }),
    distribution: [],
    releasableTo: [],
    links: { caseIds: [], agreementIds: [], transferIds: [], countries: [] },
  });
/** The documents linked to a case that the caller may open (the server decides each; the read is audited). */
export const listCaseDocuments = (caseId: string, signal?: AbortSignal): Promise<Fetched<{ readonly items: readonly CaseDocument[] }>> =>
  apiGet(`/api/cases/${encodeURIComponent(caseId)}/documents`, {}, signal);
export type UploadDocumentBody = paths['/api/documents']['post']['requestBody']['content']['application/json'];
/** Uploads a PDF or text file (base64 in JSON, at most 5 MiB) with its metadata; the server stores its SHA-256. */
export const uploadDocument = (body: UploadDocumentBody): Promise<Fetched<StoredDocument>> => apiSend('POST', '/api/documents', body);
export const documentPrintPath = (id: string): string => `${documentPath(id)}/print.html`;
