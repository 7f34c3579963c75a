import { z } from 'zod';
import { DOCUMENT_KINDS } from '../../core/document.js';
import { CLASSIFICATIONS } from '../../core/principal.js';
import { listCaseDocuments } from '../../services/documents/list-case-documents.js';
import type { AppInstance } from '../app-instance.js';
import { errorResponses, idParamsSchema } from '../schemas/common.schema.js';

const caseDocumentSchema = z
  .object({
    id: z.string(),
    kind: z.enum(DOCUMENT_KINDS),
    title: z.string(),
    documentDate: z.string().nullable(),
    classification: z.enum(CLASSIFICATIONS).meta({ description: 'The declared level of the document' }),
    paragraphCount: z.number().int(),
    withheldParagraphs: z.number().int().meta({ description: 'Paragraphs the caller would see withheld when opening the document' }),
    createdAt: z.string(),
  })
  .meta({ id: 'CaseDocument', description: 'A document linked to a case, listed for a caller who may open it.' });

/** The documents of one case, for the case page: the case read's policy, then each document's own. */
export function registerCaseDocumentRoutes(app: AppInstance): void {
  app.get(
    '/api/cases/:id/documents',
    {
      schema: {
        tags: ['documents'],
        summary: 'Documents linked to a case that the caller may open, newest first (audited as a read of the case)',
        params: idParamsSchema,
        response: { 200: z.object({ items: z.array(caseDocumentSchema).readonly() }).meta({ id: 'CaseDocuments' }), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => ({ items: await listCaseDocuments(app.services, request.principal, request.params.id) }),
  );
}
