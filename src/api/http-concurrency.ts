import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../core/errors.js';

/**
 * ETags are the record version (`"v7"`); updates must send If-Match with the
 * ETag they read, so two officers editing the same case cannot silently
 * overwrite each other (the loser gets 412 and re-reads).
 */
export function etagFor(version: number): string {
  return `"v${version}"`;
}

/** Sets the ETag of a versioned record and returns the body, for `return sendWithEtag(reply, record)`. */
export function sendWithEtag<T extends { readonly version: number }>(reply: FastifyReply, body: T): T {
  void reply.header('etag', etagFor(body.version));
  return body;
}

export function setEtag(reply: FastifyReply, version: number): void {
  void reply.header('etag', etagFor(version));
}

export function requiredIfMatchVersion(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (header === undefined || header === '') {
    throw new AppError('precondition_required', 'this update needs an If-Match header with the ETag you read', {});
  }
  const match = /^(?:W\/)?"v(\d{1,9})"$/.exec(header.trim());
  if (!match) throw new AppError('precondition_failed', `If-Match ${header} is not an ETag of this resource`, { ifMatch: header });
  return Number(match[1]);
}
