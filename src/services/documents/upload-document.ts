import { sha256Hex } from '../../audit/sha256.js';
import type { Caveat, DocumentKind } from '../../core/document.js';
import type { Classification, Principal } from '../../core/principal.js';
import { translateDatabaseError } from '../../db/database-errors.js';
import type { StoredParagraph } from '../../db/repositories/document.repository.js';
import { requireAllowed } from '../access/authorize.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { checkAttachment } from './attachment-limits.js';
import { documentFullResource } from './document-access.js';
import { assertDistributionFor, counselIdsOfCases, createdByOf, type DocumentPlacement } from './document-input.js';
import { sortCaveats } from '../../core/documents/portion-mark.js';
import { storeDocument, type StoredDocumentResult } from './store-document.js';

export interface UploadDocumentInput extends DocumentPlacement {
  readonly kind: DocumentKind;
  readonly title: string;
  readonly documentDate: string | null;
  readonly originator: string;
  readonly classification: Classification;
  readonly caveats: readonly Caveat[];
  readonly subjectTags: readonly string[];
  readonly countryTags: readonly string[];
  readonly file: { readonly filename: string; readonly contentType: string; readonly bytes: Uint8Array };
}

/**
 * Stores an uploaded file (PDF or UTF-8 text, at most 5 MiB, checked against
 * its magic bytes) with its metadata, links and SHA-256. A text file is also
 * split into paragraphs at blank lines (each at the document's level) so it
 * can be searched; a PDF is stored as bytes only.
 *
 * @example
 *   await uploadDocument(ctx, principal, { kind: 'court_order', title: 'Stay', ..., file: { filename: 'stay.pdf', contentType: 'application/pdf', bytes } });
 */
export async function uploadDocument(ctx: ServiceContext, principal: Principal, input: UploadDocumentInput): Promise<StoredDocumentResult> {
  const contentType = checkAttachment(input.file.contentType, input.file.bytes);
  const caveats = sortCaveats(input.caveats);
  assertDistributionFor(caveats, input.distribution);
  const counselIds = await counselIdsOfCases(ctx.db, input.links.caseIds);
  await requireAllowed(
    ctx,
    principal,
    'document:upload',
    documentFullResource({ id: 'new', classification: input.classification, caveats, distribution: input.distribution, releasableTo: input.releasableTo }, counselIds),
  );
  const paragraphs: StoredParagraph[] =
    contentType === 'text/plain'
      ? splitParagraphs(new TextDecoder().decode(input.file.bytes)).map((text, index) => ({ number: index + 1, markText: '', portion: { classification: input.classification, caveats }, text }))
      : [];
  const at = nowInstant(ctx);
  try {
    return await runWrite(ctx, (trx) =>
      storeDocument(
        trx,
        principal,
        {
          document: {
            kind: input.kind,
            title: input.title,
            documentDate: input.documentDate,
            originator: input.originator,
            classification: input.classification,
            caveats,
            header: null,
            distribution: input.distribution,
            releasableTo: input.releasableTo,
            subjectTags: input.subjectTags,
            countryTags: input.countryTags,
            // A whole-document marking binds every part of the file.
            floorClassification: input.classification,
            bindingCaveats: caveats,
            isDemo: false,
            createdBy: createdByOf(principal),
          },
          paragraphs,
          links: input.links,
          attachment: { filename: input.file.filename, contentType, bytes: input.file.bytes, sha256: sha256Hex(input.file.bytes) },
          auditAction: 'document.upload',
        },
        at,
      ),
    );
  } catch (error) {
    throw translateDatabaseError(error, { resource: 'document' });
  }
}

function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
