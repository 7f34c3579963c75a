import { apiGet, apiSend, type Fetched } from './api-client';
import type { Arrival, BoardingReconciliation, CreateTransferBody, Departure, Transfer, TransferDetail, TransferListQuery, TransferPage } from './transfer-types';

const transferPath = (id: string): string => `/api/transfers/${encodeURIComponent(id)}`;

/**
 * The transfer operations the Transfers pages use. Changes that refuse
 * answer with ApiError: 409 manifest_case_ineligible lists the reasons per
 * case in `details.cases`, 403 separation_of_duties when the preparer locks.
 *
 * @example const { data } = await listTransfers({ limit: 50 }, signal);
 */
export const listTransfers = (query: TransferListQuery, signal?: AbortSignal): Promise<Fetched<TransferPage>> =>
  apiGet('/api/transfers', query, signal);
export const getTransfer = (id: string, signal?: AbortSignal): Promise<Fetched<TransferDetail>> => apiGet(transferPath(id), {}, signal);
export const createTransfer = (body: CreateTransferBody): Promise<Fetched<Transfer>> => apiSend('POST', '/api/transfers', body);
export const addToManifest = (id: string, caseIds: readonly string[]): Promise<Fetched<{ readonly transfer: Transfer }>> =>
  apiSend('POST', `${transferPath(id)}/manifest`, { caseIds });
export const removeFromManifest = (id: string, caseIds: readonly string[]): Promise<Fetched<{ readonly transfer: Transfer }>> =>
  apiSend('POST', `${transferPath(id)}/manifest/remove`, { caseIds });
export const lockManifest = (id: string, etag: string | null): Promise<Fetched<{ readonly transfer: Transfer }>> => apiSend('POST', `${transferPath(id)}/lock`, undefined, etag);
export const departTransfer = (id: string): Promise<Fetched<Departure>> => apiSend('POST', `${transferPath(id)}/depart`, {});
export const recordBoarding = (id: string, caseIds: readonly string[]): Promise<Fetched<BoardingReconciliation>> => apiSend('POST', `${transferPath(id)}/boarding`, { caseIds });
export const confirmArrival = (id: string): Promise<Fetched<Arrival>> => apiSend('POST', `${transferPath(id)}/arrival`, undefined);
/** The printable manifest, served by the server as its own HTML page. */
export const manifestHtmlPath = (id: string): string => `${transferPath(id)}/manifest.html`;
