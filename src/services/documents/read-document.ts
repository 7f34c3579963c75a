import { appendAudit } from '../../audit/audit-log.js';
import type { Action } from '../../core/access/actions.js';
import { redactPortions, type RedactedDocument } from '../../core/documents/portion-redaction.js';
import { AppError } from '../../core/errors.js';
import { actorRef, type Principal } from '../../core/principal.js';
import {
  counselIdsByDocument,
  findDocument,
  listAttachments,
  listLinks,
  listParagraphs,
  readAttachmentBytes,
  type AttachmentMeta,
  type DocumentLinks,
  type StoredDocument,
} from '../../db/repositories/document.repository.js';
import { abilitiesFor, decide, requireAllowed } from '../access/authorize.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { canReadPortionOf, documentFullResource, documentReadResource } from './document-access.js';

/** How the document leaves the server; recorded with the read. */
export type DocumentReadChannel = 'view' | 'print' | 'export' | 'attachment';

export interface DocumentView {
  readonly document: StoredDocument;
  readonly links: DocumentLinks;
  /** Paragraphs the reader may see in full; the rest as "[paragraph N withheld: LEVEL]". */
  readonly redacted: RedactedDocument;
  readonly attachments: readonly AttachmentMeta[];
  /** True when the reader may download the original file (they may read every portion at the document's level). */
  readonly attachmentReadable: boolean;
  readonly abilities: Action[];
}

/**
 * Reads one document, redacted portion by portion, and audits the read
 * (`document.read` with the paragraph numbers shown and withheld, the channel
 * and purpose). A reader who may not open the document at all gets 404.
 *
 * @example const view = await readDocument(ctx, principal, id, { channel: 'view' }); view.redacted.text
 */
export async function readDocument(
  ctx: ServiceContext,
  principal: Principal,
  documentId: string,
  options: { readonly channel: DocumentReadChannel; readonly purpose?: string | undefined },
): Promise<DocumentView> {
  const { document, counselIds } = await loadReadableDocument(ctx, principal, documentId);
  const paragraphs = await listParagraphs(ctx.db, documentId);
  const canRead = canReadPortionOf(ctx, principal, document);
  const redacted = redactPortions(paragraphs, canRead);
  const full = documentFullResource(document, counselIds);
  const attachmentReadable = decide(ctx, principal, 'document:read', full).allowed && redacted.withheldNumbers.length === 0;
  await auditRead(ctx, principal, document.id, options.channel, redacted, options.purpose);
  return {
    document,
    links: await listLinks(ctx.db, documentId),
    redacted,
    attachments: await listAttachments(ctx.db, documentId),
    attachmentReadable,
    abilities: abilitiesFor(ctx, principal, documentReadResource(document, counselIds), ['document:read', 'document:upload']),
  };
}

/**
 * The original file of a document. It holds every portion, so the reader
 * must be allowed the document at its full level and caveats (and every
 * portion); otherwise 404 if they may not open the document, 403 if they may.
 */
export async function readDocumentAttachment(
  ctx: ServiceContext,
  principal: Principal,
  documentId: string,
  attachmentId: string,
): Promise<AttachmentMeta & { readonly bytes: Uint8Array }> {
  const { document, counselIds } = await loadReadableDocument(ctx, principal, documentId);
  await requireAllowed(ctx, principal, 'document:read', documentFullResource(document, counselIds));
  const paragraphs = await listParagraphs(ctx.db, documentId);
  const canRead = canReadPortionOf(ctx, principal, document);
  if (!paragraphs.every((paragraph) => canRead(paragraph.portion))) {
    throw new AppError('forbidden', 'the original file holds paragraphs you may not read', { documentId });
  }
  const attachment = await readAttachmentBytes(ctx.db, documentId, attachmentId);
  if (!attachment) throw new AppError('not_found', `attachment ${attachmentId} not found`, { id: attachmentId });
  const at = nowInstant(ctx);
  await runWrite(ctx, (trx) =>
    appendAudit(trx, {
      actor: actorRef(principal),
      action: 'document.read',
      resourceType: 'document',
      resourceId: documentId,
      details: { channel: 'attachment', attachmentId, sha256: attachment.sha256 },
      at,
    }),
  );
  return attachment;
}

async function loadReadableDocument(ctx: ServiceContext, principal: Principal, documentId: string): Promise<{ document: StoredDocument; counselIds: string[] }> {
  const document = await findDocument(ctx.db, documentId);
  if (!document) throw new AppError('not_found', `document ${documentId} not found`, { id: documentId });
  const counselIds = (await counselIdsByDocument(ctx.db, [documentId])).get(documentId) ?? [];
  await requireAllowed(ctx, principal, 'document:read', documentReadResource(document, counselIds));
  return { document, counselIds };
}

async function auditRead(ctx: ServiceContext, principal: Principal, documentId: string, channel: DocumentReadChannel, redacted: RedactedDocument, purpose: string | undefined): Promise<void> {
  const at = nowInstant(ctx);
  await runWrite(ctx, (trx) =>
    appendAudit(trx, {
      actor: actorRef(principal),
      action: 'document.read',
      resourceType: 'document',
      resourceId: documentId,
      details: {
        channel,
        paragraphsShown: redacted.paragraphs.filter((paragraph) => paragraph.visible).map((paragraph) => paragraph.number),
        paragraphsWithheld: [...redacted.withheldNumbers],
        ...(purpose !== undefined && { purpose }),
      },
      at,
    }),
  );
}
