import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, isAppError, type ErrorCode } from '../core/errors.js';
import { isConnectionError, sqlState } from '../db/transaction.js';
import { ERROR_STATUS } from './error-status.js';

const FASTIFY_CODES: Readonly<Record<string, ErrorCode>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'validation_failed',
  FST_ERR_VALIDATION: 'validation_failed',
  // Router errors (passed in through Fastify's frameworkErrors option in server.ts): a path parameter over 100 characters, a bad percent-encoding.
  FST_ERR_MAX_PARAM_LENGTH: 'validation_failed',
  FST_ERR_BAD_URL: 'validation_failed',
};

/** Codes a refinement may carry in its params (see primitives.schema.ts) to name the problem precisely. */
const REFINEMENT_CODES = new Set<ErrorCode>(['unknown_country', 'unknown_language', 'unknown_currency', 'invalid_time', 'invalid_money']);

/**
 * Every failure leaves as `{ error: { code, message, details } }`. Unknown
 * errors are logged with their stack and reach the caller only as `internal`.
 */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.map((issue) => ({
      path: issue.instancePath,
      message: issue.message ?? 'invalid',
      ...(typeof issue.params.params === 'object' && issue.params.params !== null ? { ...(issue.params.params) } : {}),
    }));
    const specific = issues.map((issue) => (issue as { code?: unknown }).code).find((code): code is ErrorCode => REFINEMENT_CODES.has(code as ErrorCode));
    const where = (error as { validationContext?: string }).validationContext ?? 'request';
    const first = issues[0];
    return new AppError(specific ?? 'validation_failed', `${where}${first?.path ?? ''}: ${first?.message ?? 'invalid'}`, { in: where, issues });
  }
  const fastifyError = error as Partial<FastifyError>;
  if (fastifyError.code !== undefined && fastifyError.code in FASTIFY_CODES) {
    const code = FASTIFY_CODES[fastifyError.code] ?? 'validation_failed';
    return new AppError(code, fastifyError.message ?? code, {});
  }
  if (error instanceof SyntaxError && fastifyError.statusCode === 400) return new AppError('malformed_json', 'request body is not valid JSON', {});
  const state = sqlState(error);
  if (state === '22P02' || state === '22007' || state === '22008') return new AppError('validation_failed', 'a parameter has an invalid format', { sqlState: state });
  // Connection lost outside a transaction (a read), disk full (53100) or an I/O error (58030): the
  // caller may retry later; found by src/reliability/fault-injection.test.ts, which saw these as 500.
  if (state?.startsWith('08') || state === '57P01' || state === '53300' || state === '53100' || state === '58030' || isConnectionError(error)) {
    return new AppError('database_unavailable', 'the database is unavailable', state === undefined ? {} : { sqlState: state });
  }
  if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return new AppError('validation_failed', fastifyError.message ?? 'bad request', {});
  }
  return new AppError('internal', 'internal error', {}, 'An unexpected error occurred; it has been logged.');
}

export function errorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const appError = toAppError(error);
  const status = ERROR_STATUS[appError.code];
  if (status >= 500) {
    request.log.error({ err: error, serialization: isResponseSerializationError(error as object) }, 'request failed');
  } else {
    request.log.info({ code: appError.code }, appError.message);
  }
  if (appError.code === 'database_unavailable' || appError.code === 'rate_limited') void reply.header('retry-after', '1');
  void reply.status(status).send({ error: { code: appError.code, message: appError.userMessage, details: appError.details } });
}
