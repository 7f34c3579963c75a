import type { ErrorCode } from './api-types';
import { CLIENT_FAILURE_MESSAGES, ERROR_MESSAGES } from './error-messages';

export type ClientFailureCode = keyof typeof CLIENT_FAILURE_MESSAGES;

/**
 * A failed API call: the server's stable `code` (or a client-side failure
 * such as `network`), the HTTP status, and a message safe to show.
 *
 * @example if (error instanceof ApiError && error.code === 'not_found') showNotFound();
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | ClientFailureCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(status: number, code: ErrorCode | ClientFailureCode, serverMessage: string, details: Readonly<Record<string, unknown>> = {}) {
    super(serverMessage);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** The readable message for this code (the table), never raw server text. */
  get userMessage(): string {
    return readableMessage(this.code);
  }
}

/** @example readableMessage('forbidden') // 'You do not have permission to do this.' */
export function readableMessage(code: ErrorCode | ClientFailureCode): string {
  return code in CLIENT_FAILURE_MESSAGES ? CLIENT_FAILURE_MESSAGES[code as ClientFailureCode] : ERROR_MESSAGES[code as ErrorCode];
}

/** Anything thrown while loading, as the message a person should read. */
export function describeFailure(error: unknown): string {
  return error instanceof ApiError ? error.userMessage : CLIENT_FAILURE_MESSAGES.unexpected_response;
}

/** True when the server answered "no such route": a feature whose API has not landed yet. */
export function isRouteMissing(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'route_not_found';
}
