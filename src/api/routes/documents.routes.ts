import { z } from 'zod';
import { documentSearchQuerySchema, importCableSchema, uploadDocumentSchema } from '../../core/schemas/document.schema.js';
import { MAX_ATTACHMENT_BYTES } from '../../services/documents/attachment-limits.js';
import { documentExportText, documentPrintHtml } from '../../services/documents/document-print.js';
import { importCable } from '../../services/documents/import-cable.js';
import { readDocument, readDocumentAttachment, type DocumentView } from '../../services/documents/read-document.js';
import { searchDocuments } from '../../services/documents/search-documents.js';
import type { StoredDocumentResult } from '../../services/documents/store-document.js';
import { uploadDocument } from '../../services/documents/upload-document.js';
import type { AppInstance } from '../app-instance.js';
import { errorResponses, idParamsSchema } from '../schemas/common.schema.js';
import { documentSearchResultSchema, documentViewSchema, storedDocumentSchema } from '../schemas/document.schema.js';

/** Base64 grows a file by 4/3; leave room for the metadata so an oversize file reaches the service's 413. */
const UPLOAD_BODY_LIMIT = Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 256 * 1024;
/** Files (HTML, text, PDF) leave as they are; Fastify does not serialize strings and buffers. */
const fileResponseSchema = z.unknown().meta({ description: 'The file' });
const purposeQuerySchema = z.strictObject({ purpose: z.string().max(500).optional().meta({ description: 'Why the document is opened (audited)' }) });

function storedResponse(result: StoredDocumentResult) {
  const { document } = result;
  return {
    id: document.id,
    kind: document.kind,
    title: document.title,
    documentDate: document.documentDate,
    classification: document.classification,
    caveats: document.caveats,
    paragraphCount: result.paragraphCount,
    attachment: result.attachment,
  };
}

function viewResponse(view: DocumentView) {
  const { document, redacted } = view;
  const hasPortions = redacted.paragraphs.length > 0;
  return {
    id: document.id,
    kind: document.kind,
    title: document.title,
    documentDate: document.documentDate,
    originator: document.originator,
    classification: hasPortions ? redacted.overallClassification : document.classification,
    caveats: hasPortions ? redacted.overallCaveats : document.caveats,
    declaredClassification: document.classification,
    header: document.header,
    distribution: document.distribution,
    releasableTo: document.releasableTo,
    subjectTags: document.subjectTags,
    countryTags: document.countryTags,
    links: view.links,
    paragraphs: redacted.paragraphs,
    withheldNumbers: redacted.withheldNumbers,
    text: redacted.text,
    attachments: view.attachments,
    attachmentReadable: view.attachmentReadable,
    abilities: view.abilities,
    version: document.version,
  };
}

/**
 * Documents: upload (PDF or text, base64 in JSON), cable import, audited and
 * portion-redacted read, print view and text export, full-text search.
 */
export function registerDocumentRoutes(app: AppInstance): void {
  const tags = ['documents'];

  app.post(
    '/api/documents',
    {
      bodyLimit: UPLOAD_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Upload a document file (PDF or UTF-8 text, at most 5 MiB) with metadata and links; SHA-256 stored',
        body: uploadDocumentSchema,
        response: { 201: storedDocumentSchema, ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      const { file, ...metadata } = request.body;
      const result = await uploadDocument(app.services, request.principal, { ...metadata, file: { filename: file.filename, contentType: file.contentType, bytes: new Uint8Array(Buffer.from(file.base64, 'base64')) } });
      void reply.status(201).header('location', `/api/documents/${result.document.id}`);
      return storedResponse(result);
    },
  );

  app.post(
    '/api/documents/cables',
    {
      bodyLimit: UPLOAD_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Import a cable (telegram text): header, captions, TAGS and portion-marked paragraphs; malformed cables are refused with line numbers',
        body: importCableSchema,
        response: { 201: storedDocumentSchema, ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      const { text, filename, ...placement } = request.body;
      const result = await importCable(app.services, request.principal, { text, ...(filename !== undefined && { filename }), ...placement });
      void reply.status(201).header('location', `/api/documents/${result.document.id}`);
      return storedResponse(result);
    },
  );

  app.get(
    '/api/documents/search',
    {
      schema: {
        tags,
        summary: 'Full-text search over paragraphs you may read (filtered by policy before ranking), ranked, with highlighted snippets',
        querystring: documentSearchQuerySchema,
        response: { 200: documentSearchResultSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => searchDocuments(app.services, request.principal, request.query),
  );

  app.get(
    '/api/documents/:id',
    {
      schema: {
        tags,
        summary: 'Read a document (audited), each paragraph shown or withheld by its portion mark',
        params: idParamsSchema,
        querystring: purposeQuerySchema,
        response: { 200: documentViewSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => viewResponse(await readDocument(app.services, request.principal, request.params.id, { channel: 'view', ...request.query })),
  );

  app.get(
    '/api/documents/:id/print.html',
    { schema: { tags, summary: 'Print view (HTML) with the same redaction as the read', params: idParamsSchema, querystring: purposeQuerySchema, response: { 200: fileResponseSchema, ...errorResponses(400, 401, 403, 404) } } },
    async (request, reply) => {
      const view = await readDocument(app.services, request.principal, request.params.id, { channel: 'print', ...request.query });
      return reply.type('text/html; charset=utf-8').send(documentPrintHtml(view));
    },
  );

  app.get(
    '/api/documents/:id/export.txt',
    { schema: { tags, summary: 'Plain-text export with the same redaction as the read', params: idParamsSchema, querystring: purposeQuerySchema, response: { 200: fileResponseSchema, ...errorResponses(400, 401, 403, 404) } } },
    async (request, reply) => {
      const view = await readDocument(app.services, request.principal, request.params.id, { channel: 'export', ...request.query });
      return reply.type('text/plain; charset=utf-8').header('content-disposition', `attachment; filename="document-${view.document.id}.txt"`).send(documentExportText(view));
    },
  );

  app.get(
    '/api/documents/:id/attachments/:attachmentId',
    {
      schema: {
        tags,
        summary: 'The original file (only for readers of every portion at the full level)',
        params: z.strictObject({ id: z.uuid(), attachmentId: z.uuid() }),
        response: { 200: fileResponseSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const attachment = await readDocumentAttachment(app.services, request.principal, request.params.id, request.params.attachmentId);
      return reply
        .type(attachment.contentType === 'application/pdf' ? 'application/pdf' : `${attachment.contentType}; charset=utf-8`)
        .header('x-content-sha256', attachment.sha256)
        .send(Buffer.from(attachment.bytes));
    },
  );
}
