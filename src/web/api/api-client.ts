import { ApiError } from './api-error';
import type { ApiErrorBody, ErrorCode } from './api-types';
import { ERROR_MESSAGES } from './error-messages';

/** A JSON body with the ETag the server sent for it (needed for the next update). */
export interface Fetched<T> {
  readonly data: T;
  readonly etag: string | null;
}

export type QueryValue = string | number | undefined | null;

/**
 * The session's CSRF token, sent as x-csrf-token on every change; the
 * sign-in response provides it, and GET /api/session after a reload.
 */
let csrfToken: string | null = null;

/** The sign-in page, carrying where to come back to. */
export function signInPath(returnTo: string): string {
  return `/sign-in?returnTo=${encodeURIComponent(returnTo)}`;
}

/**
 * GET a JSON resource. Query values that are undefined, null or '' are left out.
 *
 * @example const { data } = await apiGet<CasePage>('/api/cases', { state: 'cleared', limit: 50 }, signal);
 */
export async function apiGet<T>(path: string, query: Readonly<Record<string, QueryValue>> = {}, signal?: AbortSignal): Promise<Fetched<T>> {
  return request<T>('GET', withQuery(path, query), undefined, undefined, signal);
}

/**
 * Send a change. Updates pass the ETag they read as `ifMatch`; the server
 * answers 412 precondition_failed when the record changed since.
 *
 * @example await apiSend<Case>('PATCH', `/api/cases/${id}`, { externalId: 'A-1' }, etag);
 */
export async function apiSend<T>(method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, body: unknown, ifMatch?: string | null): Promise<Fetched<T>> {
  csrfToken ??= await readCsrfToken();
  try {
    return await request<T>(method, path, body, ifMatch ?? undefined);
  } catch (error) {
    // A new session (signed in again in another tab) has a new token: fetch it once and retry.
    if (!(error instanceof ApiError && error.code === 'csrf_failed')) throw error;
    csrfToken = await readCsrfToken();
    return request<T>(method, path, body, ifMatch ?? undefined);
  }
}

/**
 * POST that answers with a file (a rendered notice) rather than JSON: the
 * caller gets the response headers (the stored document's id and hash).
 *
 * @example const headers = await apiSendForFile(`/api/cases/${id}/notices/render`, { language: 'es', format: 'html' });
 */
export async function apiSendForFile(path: string, body: unknown): Promise<Headers> {
  csrfToken ??= await readCsrfToken();
  const headers: Record<string, string> = { accept: '*/*', 'content-type': 'application/json' };
  if (csrfToken !== null) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', headers, credentials: 'same-origin', body: JSON.stringify(body) });
  } catch (error) {
    throw new ApiError(0, 'network', error instanceof Error ? error.message : 'fetch failed');
  }
  if (response.status === 401) redirectToSignIn();
  if (!response.ok) throw await toApiError(response);
  return response.headers;
}

export function rememberCsrfToken(token: string | null): void {
  csrfToken = token;
}

async function readCsrfToken(): Promise<string | null> {
  try {
    const response = await fetch('/api/session', { headers: { accept: 'application/json' }, credentials: 'same-origin' });
    if (!response.ok) return null;
    const session = (await response.json()) as { csrfToken?: unknown };
    return typeof session.csrfToken === 'string' ? session.csrfToken : null;
  } catch {
    return null;
  }
}

export function withQuery(path: string, query: Readonly<Record<string, QueryValue>>): string {
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') parameters.set(name, String(value));
  }
  const search = parameters.toString();
  return search === '' ? path : `${path}?${search}`;
}

async function request<T>(method: string, path: string, body: unknown, ifMatch: string | undefined, signal?: AbortSignal): Promise<Fetched<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (ifMatch !== undefined) headers['if-match'] = ifMatch;
  if (method !== 'GET' && csrfToken !== null) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined && { body: JSON.stringify(body) }),
      ...(signal !== undefined && { signal }),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'network', error instanceof Error ? error.message : 'fetch failed');
  }
  if (response.status === 401) redirectToSignIn();
  if (!response.ok) throw await toApiError(response);
  const data = response.status === 204 ? (undefined as T) : ((await response.json()) as T);
  return { data, etag: response.headers.get('etag') };
}

async function toApiError(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as Partial<ApiErrorBody> | null;
  const error = body?.error;
  // A code this build does not know (a newer server) still gets a readable message.
  if (error && isKnownCode(error.code)) {
    return new ApiError(response.status, error.code, error.message ?? '', error.details ?? {});
  }
  return new ApiError(response.status, 'unexpected_response', `HTTP ${response.status}`);
}

/** An expired session goes to sign-in, and sign-in brings the person back here. */
function redirectToSignIn(): void {
  const here = `${window.location.pathname}${window.location.search}`;
  if (window.location.pathname !== '/sign-in') window.location.assign(signInPath(here));
}

function isKnownCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(ERROR_MESSAGES, code);
}
