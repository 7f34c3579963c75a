import { appendAudit } from '../../audit/audit-log.js';
import type { DocumentKind } from '../../core/document.js';
import { redactPortions } from '../../core/documents/portion-redaction.js';
import { AppError } from '../../core/errors.js';
import { actorRef, type Classification, type Principal } from '../../core/principal.js';
import { findCase } from '../../db/repositories/case.repository.js';
import { counselIdsByDocument, findDocument, listParagraphs } from '../../db/repositories/document.repository.js';
import { decide, requireAllowed } from '../access/authorize.js';
import { breakGlassContext, caseResourceOf } from '../access/case-access.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { canReadPortionOf, documentReadResource } from './document-access.js';

/** One document linked to a case, as the caller may see it listed. */
export interface CaseDocumentItem {
  readonly id: string;
  readonly kind: DocumentKind;
  readonly title: string;
  readonly documentDate: string | null;
  /** The document's declared level (the reader's view of it may be lower: see withheldParagraphs). */
  readonly classification: Classification;
  readonly paragraphCount: number;
  /** Paragraphs this caller would see as "[paragraph N withheld: LEVEL]" when opening it. */
  readonly withheldParagraphs: number;
  readonly createdAt: string;
}

/**
 * The documents (notices, cables, court orders, uploads) linked to a case,
 * newest first. The case read decides access exactly as GET /api/cases/{id}
 * does (404 outside need-to-know); each document is then decided on its own
 * like a document read, and one the caller may not open is left out (as the
 * search leaves it out) rather than listed as withheld, so its existence does
 * not leak. The listing is audited as a read of the case, naming the
 * documents shown.
 *
 * @example const items = await listCaseDocuments(ctx, principal, caseId);
 */
export async function listCaseDocuments(ctx: ServiceContext, principal: Principal, caseId: string): Promise<CaseDocumentItem[]> {
  const found = await findCase(ctx.db, caseId);
  if (!found) throw new AppError('not_found', `case ${caseId} not found`, { id: caseId });
  const context = await breakGlassContext(ctx, principal, caseId);
  const decision = await requireAllowed(ctx, principal, 'case:read', caseResourceOf(found), context);

  const linked = await ctx.db
    .selectFrom('document_links')
    .innerJoin('documents', 'documents.id', 'document_links.document_id')
    .select('documents.id')
    .distinct()
    .where('document_links.case_id', '=', caseId)
    .execute();
  const documentIds = linked.map((row) => row.id);
  const counselIds = await counselIdsByDocument(ctx.db, documentIds);
  const items: CaseDocumentItem[] = [];
  for (const documentId of documentIds) {
    const document = await findDocument(ctx.db, documentId);
    if (!document) continue;
    const readable = principal.kind === 'system' || decide(ctx, principal, 'document:read', documentReadResource(document, counselIds.get(documentId) ?? [])).allowed;
    if (!readable) continue;
    const paragraphs = await listParagraphs(ctx.db, documentId);
    const redacted = redactPortions(paragraphs, canReadPortionOf(ctx, principal, document));
    items.push({
      id: document.id,
      kind: document.kind,
      title: document.title,
      documentDate: document.documentDate,
      classification: document.classification,
      paragraphCount: paragraphs.length,
      withheldParagraphs: redacted.withheldNumbers.length,
      createdAt: document.createdAt,
    });
  }
  items.sort((a, b) => (a.createdAt === b.createdAt ? a.id.localeCompare(b.id) : b.createdAt.localeCompare(a.createdAt)));

  const at = nowInstant(ctx);
  await runWrite(ctx, (trx) =>
    appendAudit(trx, {
      actor: actorRef(principal),
      action: 'case.documents.read',
      resourceType: 'case',
      resourceId: caseId,
      details: { documentIds: items.map((item) => item.id), policyIds: [...decision.policyIds], breakGlass: decision.breakGlass },
      at,
    }),
  );
  return items;
}
