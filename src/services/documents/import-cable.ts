import { sha256Hex } from '../../audit/sha256.js';
import { parseCableOrThrow } from '../../core/documents/cable-parser.js';
import { AppError } from '../../core/errors.js';
import type { Principal } from '../../core/principal.js';
import { translateDatabaseError } from '../../db/database-errors.js';
import { findDocumentIdByAttachmentHash } from '../../db/repositories/document.repository.js';
import { requireAllowed } from '../access/authorize.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { checkAttachment } from './attachment-limits.js';
import { documentFullResource } from './document-access.js';
import { assertDistributionFor, counselIdsOfCases, createdByOf, type DocumentPlacement } from './document-input.js';
import { portionFloor } from './portion-floor.js';
import { storeDocument, type StoredDocumentResult } from './store-document.js';

export interface ImportCableInput extends DocumentPlacement {
  readonly text: string;
  readonly filename?: string;
  readonly isDemo?: boolean;
}

/**
 * Parses a telegram and stores it: header fields, every paragraph with its
 * portion mark (indexed for search), the raw text as a text/plain attachment
 * with its SHA-256. A malformed cable throws the parser's AppError
 * (`cable_malformed`, `unknown_caveat`, `classification_contradiction`,
 * `caveat_conflict`; details.errors lists `{line, code, message}`) and stores
 * nothing; the same text imported twice is `duplicate`.
 *
 * @example
 *   const { document } = await importCable(ctx, principal, { text, distribution: [], releasableTo: [], links: NO_LINKS });
 */
export async function importCable(ctx: ServiceContext, principal: Principal, input: ImportCableInput): Promise<StoredDocumentResult> {
  const bytes = new TextEncoder().encode(input.text);
  checkAttachment('text/plain', bytes);
  const cable = parseCableOrThrow(input.text);
  assertDistributionFor(cable.caveats, input.distribution);
  const counselIds = await counselIdsOfCases(ctx.db, input.links.caseIds);
  await requireAllowed(
    ctx,
    principal,
    'document:upload',
    documentFullResource({ id: 'new', classification: cable.classification, caveats: cable.caveats, distribution: input.distribution, releasableTo: input.releasableTo }, counselIds),
  );
  const sha256 = sha256Hex(bytes);
  const existing = await findDocumentIdByAttachmentHash(ctx.db, 'cable', sha256);
  if (existing !== undefined) throw new AppError('duplicate', 'this cable has already been imported', { documentId: existing, sha256 }, 'This cable has already been imported.');

  const { paragraphs, ...header } = cable;
  const floor = portionFloor(paragraphs.map((paragraph) => paragraph.portion), cable.classification, cable.caveats);
  const at = nowInstant(ctx);
  try {
    return await runWrite(ctx, (trx) =>
      storeDocument(
        trx,
        principal,
        {
          document: {
            kind: 'cable',
            title: cable.subject,
            documentDate: cable.sentAt.slice(0, 10),
            originator: cable.from,
            classification: cable.classification,
            caveats: cable.caveats,
            header,
            distribution: input.distribution,
            releasableTo: input.releasableTo,
            subjectTags: cable.subjectTags,
            countryTags: cable.countryTags,
            ...floor,
            isDemo: input.isDemo ?? false,
            createdBy: createdByOf(principal),
          },
          paragraphs: paragraphs.map((paragraph) => ({ number: paragraph.number, markText: paragraph.markText, portion: paragraph.portion, text: paragraph.text })),
          links: input.links,
          attachment: { filename: input.filename ?? `${cable.serial ?? 'cable'}.txt`, contentType: 'text/plain', bytes, sha256 },
          auditAction: 'document.import',
        },
        at,
      ),
    );
  } catch (error) {
    throw translateDatabaseError(error, { resource: 'document' });
  }
}
