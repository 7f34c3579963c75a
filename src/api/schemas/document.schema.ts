import { z } from 'zod';
import { CAVEATS, DOCUMENT_KINDS } from '../../core/document.js';
import { CLASSIFICATIONS } from '../../core/principal.js';

const portionSchema = z.object({ classification: z.enum(CLASSIFICATIONS), caveats: z.array(z.enum(CAVEATS)).readonly() });

const linksSchema = z.object({
  caseIds: z.array(z.string()).readonly(),
  agreementIds: z.array(z.string()).readonly(),
  transferIds: z.array(z.string()).readonly(),
  countries: z.array(z.string()).readonly(),
});

const attachmentSchema = z
  .object({ id: z.string(), filename: z.string(), contentType: z.string(), sizeBytes: z.number().int(), sha256: z.string(), createdAt: z.string() })
  .meta({ id: 'DocumentAttachment' });

export const storedDocumentSchema = z
  .object({
    id: z.string(),
    kind: z.enum(DOCUMENT_KINDS),
    title: z.string(),
    documentDate: z.string().nullable(),
    classification: z.enum(CLASSIFICATIONS),
    caveats: z.array(z.enum(CAVEATS)).readonly(),
    paragraphCount: z.number().int(),
    attachment: attachmentSchema.nullable(),
  })
  .meta({ id: 'StoredDocument', description: 'A document just imported or uploaded.' });

export const documentViewSchema = z
  .object({
    id: z.string(),
    kind: z.enum(DOCUMENT_KINDS),
    title: z.string(),
    documentDate: z.string().nullable(),
    originator: z.string(),
    classification: z.enum(CLASSIFICATIONS).meta({ description: 'Overall level: the highest portion (the declared level for documents without portions)' }),
    caveats: z.array(z.enum(CAVEATS)).readonly(),
    declaredClassification: z.enum(CLASSIFICATIONS),
    header: z.record(z.string(), z.unknown()).nullable(),
    distribution: z.array(z.string()).readonly(),
    releasableTo: z.array(z.string()).readonly(),
    subjectTags: z.array(z.string()).readonly(),
    countryTags: z.array(z.string()).readonly(),
    links: linksSchema,
    paragraphs: z.array(z.object({ number: z.number().int(), portion: portionSchema, visible: z.boolean(), text: z.string() })).readonly(),
    withheldNumbers: z.array(z.number().int()).readonly(),
    text: z.string().meta({ description: 'Visible paragraphs as "N. (MARK) text", withheld ones as "[paragraph N withheld: LEVEL]"' }),
    attachments: z.array(attachmentSchema).readonly(),
    attachmentReadable: z.boolean(),
    abilities: z.array(z.string()).readonly(),
    version: z.number().int(),
  })
  .meta({ id: 'DocumentView' });

export const documentSearchResultSchema = z
  .object({
    items: z
      .array(
        z.object({
          documentId: z.string(),
          title: z.string(),
          kind: z.enum(DOCUMENT_KINDS),
          documentDate: z.string().nullable(),
          paragraphNumber: z.number().int(),
          paragraphClassification: z.enum(CLASSIFICATIONS),
          rank: z.number(),
          snippet: z.string().meta({ description: 'Escaped HTML with matches in <mark>' }),
        }),
      )
      .readonly(),
  })
  .meta({ id: 'DocumentSearchResult' });
