import { z } from 'zod';
import { CAVEATS, DOCUMENT_KINDS } from '../document.js';
import { CLASSIFICATIONS } from '../principal.js';
import { NOTICE_METHODS } from '../safeguards/case-facts.js';
import { calendarDateSchema, countryCodeSchema, instantSchema, languageCodeSchema, textSchema, uuidSchema } from './primitives.schema.js';

/**
 * Request schemas for documents and notices (issue 7). Sizes of files are
 * checked by the service (413), not here, so an oversize file is a 413 and
 * not a 400.
 */
const distributionSchema = z
  .array(textSchema(100).min(1))
  .max(50)
  .default([])
  .meta({ description: 'Named distribution for NODIS/EXDIS: list names or user:<id>' });

export const documentLinksSchema = z
  .strictObject({
    caseIds: z.array(uuidSchema).max(100).default([]),
    agreementIds: z.array(uuidSchema).max(100).default([]),
    transferIds: z.array(uuidSchema).max(100).default([]),
    countries: z.array(countryCodeSchema).max(50).default([]),
  })
  .default({ caseIds: [], agreementIds: [], transferIds: [], countries: [] });

const placement = {
  distribution: distributionSchema,
  releasableTo: z.array(countryCodeSchema).max(50).default([]).meta({ description: 'Receiving states the document is released to' }),
  links: documentLinksSchema,
};

export const importCableSchema = z
  .strictObject({
    text: z.string().min(1).meta({ description: 'The telegram as plain text (format: SAFEGUARDS.md, "Cable format")' }),
    filename: textSchema(200).optional(),
    ...placement,
  })
  .meta({ id: 'ImportCable' });
export type ImportCableBody = z.infer<typeof importCableSchema>;

export const uploadDocumentSchema = z
  .strictObject({
    kind: z.enum(DOCUMENT_KINDS),
    title: textSchema(500).min(1),
    documentDate: calendarDateSchema.nullable().default(null),
    originator: textSchema(300).default(''),
    classification: z.enum(CLASSIFICATIONS),
    caveats: z.array(z.enum(CAVEATS)).max(4).default([]),
    subjectTags: z.array(z.string().regex(/^[A-Z]{2,6}$/)).max(30).default([]),
    countryTags: z.array(countryCodeSchema).max(30).default([]),
    ...placement,
    file: z.strictObject({
      filename: textSchema(200).min(1),
      contentType: z.string().max(100).meta({ description: 'application/pdf or text/plain' }),
      base64: z.base64().meta({ description: 'The file, base64-encoded (at most 5 MiB decoded)' }),
    }),
  })
  .meta({ id: 'UploadDocument' });
export type UploadDocumentBody = z.infer<typeof uploadDocumentSchema>;

export const documentSearchQuerySchema = z.strictObject({
  q: z.string().min(1).max(500).meta({ description: 'Web-search syntax: words, "phrases", OR, -word' }),
  kind: z.enum(DOCUMENT_KINDS).optional(),
  country: countryCodeSchema.optional(),
  tag: z.string().regex(/^[A-Z]{2,6}$/).optional(),
  from: calendarDateSchema.optional(),
  to: calendarDateSchema.optional(),
  classification: z.enum(CLASSIFICATIONS).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const renderNoticeSchema = z
  .strictObject({
    language: z.string().min(2).max(3).meta({ description: 'ISO 639-1 language of a notice template (400 lists the available ones)' }),
    format: z.enum(['html', 'pdf']),
    fearClaimHow: textSchema(500).min(1).optional().meta({ description: 'How to raise a fear claim, in the notice language (default: a standard sentence)' }),
    removalNotBefore: instantSchema.nullable().default(null),
    timeZone: z.string().max(64).optional(),
    legalServices: z
      .array(z.strictObject({ name: textSchema(200).min(1), phone: textSchema(50).nullable().default(null), address: textSchema(300).nullable().default(null) }))
      .max(10)
      .default([]),
  })
  .meta({ id: 'RenderNotice' });
export type RenderNoticeBody = z.infer<typeof renderNoticeSchema>;

export const serveNoticeSchema = z
  .strictObject({
    method: z.enum(NOTICE_METHODS),
    servedAt: instantSchema,
    servedToPerson: z.boolean(),
    servedToCounsel: z.boolean(),
    interpreterLanguage: languageCodeSchema.nullable().default(null),
    language: languageCodeSchema.optional().meta({ description: 'Must equal the rendered notice language when given' }),
  })
  .meta({ id: 'ServeNotice' });
export type ServeNoticeBody = z.infer<typeof serveNoticeSchema>;
