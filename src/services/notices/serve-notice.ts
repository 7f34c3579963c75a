import type { NOTICE_METHODS } from '../../core/safeguards/case-facts.js';
import { AppError } from '../../core/errors.js';
import type { Principal } from '../../core/principal.js';
import { findDocument, listAttachments, listLinks } from '../../db/repositories/document.repository.js';
import { recordCaseFact, type RecordedCaseFact } from '../cases/record-case-fact.js';
import type { ServiceContext } from '../context.js';

export interface ServeNoticeInput {
  readonly method: (typeof NOTICE_METHODS)[number];
  readonly servedAt: string;
  readonly servedToPerson: boolean;
  readonly servedToCounsel: boolean;
  readonly interpreterLanguage: string | null;
  /** When given, must equal the rendered notice's language. */
  readonly language?: string;
}

/**
 * Records that a rendered notice was served: the `notice` case fact with the
 * method, time, recipients, interpreter, the notice's language and
 * destination, and the SHA-256 of the exact document served — the fact the
 * notice safeguards read. The document must be a notice rendered for this
 * case (`not_found` otherwise); recordCaseFact authorizes (`notice:serve`),
 * checks consistency and audits.
 *
 * @example await serveNotice(ctx, principal, caseId, documentId, { method: 'in_person', servedAt, servedToPerson: true, servedToCounsel: true, interpreterLanguage: null })
 */
export async function serveNotice(ctx: ServiceContext, principal: Principal, caseId: string, documentId: string, input: ServeNoticeInput): Promise<RecordedCaseFact> {
  const document = await findDocument(ctx.db, documentId);
  const links = document ? await listLinks(ctx.db, documentId) : undefined;
  const notice = document?.header?.notice as { readonly language?: unknown; readonly destinationCountry?: unknown; readonly explainsHowToContest?: unknown } | undefined;
  if (!document || document.kind !== 'notice' || !links?.caseIds.includes(caseId) || notice === undefined) {
    throw new AppError('not_found', `notice ${documentId} of case ${caseId} not found`, { caseId, documentId });
  }
  const [attachment] = await listAttachments(ctx.db, documentId);
  if (attachment === undefined || typeof notice.language !== 'string' || typeof notice.destinationCountry !== 'string') {
    throw new AppError('not_found', `notice ${documentId} has no rendered file`, { documentId });
  }
  if (input.language !== undefined && input.language !== notice.language) {
    throw new AppError('validation_failed', `notice ${documentId} is in ${notice.language}, not ${input.language}`, { language: input.language, noticeLanguage: notice.language });
  }
  return recordCaseFact(ctx, principal, caseId, 'notice', {
    payload: {
      country: notice.destinationCountry,
      language: notice.language,
      method: input.method,
      servedAt: input.servedAt,
      servedToPerson: input.servedToPerson,
      servedToCounsel: input.servedToCounsel,
      interpreterLanguage: input.interpreterLanguage,
      // What the served document says: notices rendered before the court-review section existed did not.
      explainsHowToContest: notice.explainsHowToContest === true,
      documentHash: attachment.sha256,
    },
    supersedes: null,
  });
}
