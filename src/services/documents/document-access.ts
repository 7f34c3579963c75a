import type { DocumentResource, ParagraphResource } from '../../core/access/resources.js';
import type { PortionMark } from '../../core/documents/cable.js';
import type { Principal } from '../../core/principal.js';
import type { StoredDocument } from '../../db/repositories/document.repository.js';
import type { ServiceContext } from '../context.js';

/**
 * The document as the policy sees it when a reader asks to open it: at its
 * lowest portion level with the caveats every portion carries. Portion
 * marking exists so that an SBU reader can open a CONFIDENTIAL cable and see
 * its SBU paragraphs; each paragraph is then decided on its own mark
 * (canReadPortionOf). A reader denied here gets 404.
 *
 * @example requireAllowed(ctx, principal, 'document:read', documentReadResource(doc, counselIds))
 */
export function documentReadResource(
  document: Pick<StoredDocument, 'id' | 'floorClassification' | 'bindingCaveats' | 'distribution' | 'releasableTo'>,
  counselIds: readonly string[]): DocumentResource {
  return {
    type: 'Document',
    id: document.id,
    classification: document.floorClassification,
    caveats: document.bindingCaveats,
    distribution: document.distribution,
    counselIds,
    releasableTo: document.releasableTo,
  };
}

/**
 * The document at its full level and every caveat: what a reader needs to see
 * the original file (a cable's raw text holds every paragraph) and what an
 * uploader needs to store it.
 */
export function documentFullResource(
  document: Pick<StoredDocument, 'id' | 'classification' | 'caveats' | 'distribution' | 'releasableTo'>,
  counselIds: readonly string[],
): DocumentResource {
  return {
    type: 'Document',
    id: document.id,
    classification: document.classification,
    caveats: document.caveats,
    distribution: document.distribution,
    counselIds,
    releasableTo: document.releasableTo,
  };
}

export function paragraphResource(document: Pick<StoredDocument, 'id' | 'distribution'>, number: number, portion: PortionMark): ParagraphResource {
  return {
    type: 'Paragraph',
    id: `${document.id}#${number}`,
    documentId: document.id,
    classification: portion.classification,
    caveats: portion.caveats,
    distribution: document.distribution,
  };
}

/**
 * The predicate redactPortions needs: may this principal read a paragraph of
 * this document with this mark? System operators read everything.
 *
 * @example redactPortions(paragraphs, canReadPortionOf(ctx, principal, doc))
 */
export function canReadPortionOf(ctx: ServiceContext, principal: Principal, document: Pick<StoredDocument, 'id' | 'distribution'>): (portion: PortionMark) => boolean {
  if (principal.kind === 'system') return () => true;
  // The paragraph's number does not matter to any policy; the mark and the document's distribution do.
  return (portion) => ctx.authorizer.canReadParagraph(principal, paragraphResource(document, 0, portion));
}
