import { appendAudit } from '../../audit/audit-log.js';
import type { Principal } from '../../core/principal.js';
import { actorRef } from '../../core/principal.js';
import {
  insertAttachment,
  insertDocument,
  insertLinks,
  insertParagraphs,
  type AttachmentMeta,
  type DocumentLinks,
  type NewAttachment,
  type NewDocument,
  type StoredDocument,
  type StoredParagraph,
} from '../../db/repositories/document.repository.js';
import type { Tx } from '../../db/schema.js';

export interface StoredDocumentResult {
  readonly document: StoredDocument;
  readonly attachment: AttachmentMeta | null;
  readonly paragraphCount: number;
}

/**
 * Writes one document with its paragraphs, links and attachment, and the
 * audit entry (`document.<verb>` with the hash and counts, never the text),
 * inside the caller's transaction. Shared by cable import, upload and notice
 * rendering so the three store the same way.
 */
export async function storeDocument(
  trx: Tx,
  principal: Principal,
  input: {
    readonly document: NewDocument;
    readonly paragraphs: readonly StoredParagraph[];
    readonly links: DocumentLinks;
    readonly attachment: NewAttachment | null;
    readonly auditAction: 'document.import' | 'document.upload' | 'document.render';
  },
  at: string,
): Promise<StoredDocumentResult> {
  const document = await insertDocument(trx, input.document, at);
  await insertParagraphs(trx, document.id, input.paragraphs);
  await insertLinks(trx, document.id, input.links);
  const attachment = input.attachment === null ? null : await insertAttachment(trx, document.id, input.attachment, at);
  await appendAudit(trx, {
    actor: actorRef(principal),
    action: input.auditAction,
    resourceType: 'document',
    resourceId: document.id,
    details: {
      kind: document.kind,
      classification: document.classification,
      caveats: [...document.caveats],
      paragraphs: input.paragraphs.length,
      sha256: attachment?.sha256 ?? null,
      links: { cases: input.links.caseIds.length, agreements: input.links.agreementIds.length, transfers: input.links.transferIds.length, countries: [...input.links.countries] },
    },
    at,
  });
  return { document, attachment, paragraphCount: input.paragraphs.length };
}

export const NO_LINKS: DocumentLinks = { caseIds: [], agreementIds: [], transferIds: [], countries: [] };
