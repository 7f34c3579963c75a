import type { Selectable } from 'kysely';
import type { PortionMark } from '../../core/documents/cable.js';
import type { Caveat, DocumentKind } from '../../core/document.js';
import type { Classification } from '../../core/principal.js';
import type { Queryable, Tx } from '../schema.js';
import type { DocumentsTable } from '../tables/foundation.table.js';
import type { DocumentColumnsAdded } from '../tables/documents.table.js';

/** A document as stored, without paragraphs or attachment bytes. */
export interface StoredDocument {
  readonly id: string;
  readonly kind: DocumentKind;
  readonly title: string;
  readonly documentDate: string | null;
  readonly originator: string;
  /** The declared level (a cable's classification line; an upload's stated level). */
  readonly classification: Classification;
  readonly caveats: readonly Caveat[];
  /** Parsed cable header (ParsedCable without paragraphs) or notice render parameters; null otherwise. */
  readonly header: Readonly<Record<string, unknown>> | null;
  /** Named distribution for NODIS/EXDIS: list names or `user:<id>`. */
  readonly distribution: readonly string[];
  readonly releasableTo: readonly string[];
  readonly subjectTags: readonly string[];
  readonly countryTags: readonly string[];
  /** Lowest portion level: the least a reader needs to open the document at all. */
  readonly floorClassification: Classification;
  /** Caveats every portion carries. */
  readonly bindingCaveats: readonly Caveat[];
  readonly isDemo: boolean;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly version: number;
}

export interface StoredParagraph {
  readonly number: number;
  readonly markText: string;
  readonly portion: PortionMark;
  readonly text: string;
}

export interface DocumentLinks {
  readonly caseIds: readonly string[];
  readonly agreementIds: readonly string[];
  readonly transferIds: readonly string[];
  readonly countries: readonly string[];
}

export interface AttachmentMeta {
  readonly id: string;
  readonly filename: string;
  readonly contentType: string;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly createdAt: string;
}

/** What a new document row is made from: everything stored but the id, creation time and version the insert assigns. */
export type NewDocument = Omit<StoredDocument, 'id' | 'createdAt' | 'version'>;

export interface NewAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
  readonly sha256: string;
}

type DocumentRow = Selectable<DocumentsTable> & Selectable<DocumentColumnsAdded>;

function toStoredDocument(row: DocumentRow): StoredDocument {
  return {
    id: row.id,
    kind: row.kind as DocumentKind,
    title: row.title,
    documentDate: row.document_date,
    originator: row.originator,
    classification: row.classification as Classification,
    caveats: row.caveats as Caveat[],
    header: row.header,
    distribution: row.distribution,
    releasableTo: row.releasable_to,
    subjectTags: row.subject_tags,
    countryTags: row.country_tags,
    floorClassification: row.floor_classification as Classification,
    bindingCaveats: row.binding_caveats as Caveat[],
    isDemo: row.is_demo,
    createdBy: row.created_by,
    createdAt: row.created_at,
    version: row.version,
  };
}

/** Inserts the document row; returns its id. */
export async function insertDocument(trx: Tx, document: NewDocument, at: string): Promise<StoredDocument> {
  const row = await trx
    .insertInto('documents')
    .values({
      kind: document.kind,
      title: document.title,
      document_date: document.documentDate,
      originator: document.originator,
      classification: document.classification,
      caveats: [...document.caveats],
      header: document.header === null ? null : JSON.stringify(document.header),
      distribution: [...document.distribution],
      releasable_to: [...document.releasableTo],
      subject_tags: [...document.subjectTags],
      country_tags: [...document.countryTags],
      floor_classification: document.floorClassification,
      binding_caveats: [...document.bindingCaveats],
      is_demo: document.isDemo,
      created_by: document.createdBy,
      created_at: at,
      updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toStoredDocument(row);
}

export async function insertParagraphs(trx: Tx, documentId: string, paragraphs: readonly StoredParagraph[]): Promise<void> {
  if (paragraphs.length === 0) return;
  await trx
    .insertInto('document_paragraphs')
    .values(
      paragraphs.map((paragraph) => ({
        document_id: documentId,
        number: paragraph.number,
        classification: paragraph.portion.classification,
        caveats: [...paragraph.portion.caveats],
        mark_text: paragraph.markText,
        text: paragraph.text,
      })),
    )
    .execute();
}

export async function insertLinks(trx: Tx, documentId: string, links: DocumentLinks): Promise<void> {
  const rows = [
    ...links.caseIds.map((id) => ({ document_id: documentId, case_id: id, agreement_id: null, transfer_id: null, country: null })),
    ...links.agreementIds.map((id) => ({ document_id: documentId, case_id: null, agreement_id: id, transfer_id: null, country: null })),
    ...links.transferIds.map((id) => ({ document_id: documentId, case_id: null, agreement_id: null, transfer_id: id, country: null })),
    ...links.countries.map((code) => ({ document_id: documentId, case_id: null, agreement_id: null, transfer_id: null, country: code })),
  ];
  if (rows.length > 0) await trx.insertInto('document_links').values(rows).execute();
}

export async function insertAttachment(trx: Tx, documentId: string, attachment: NewAttachment, at: string): Promise<AttachmentMeta> {
  const row = await trx
    .insertInto('document_attachments')
    .values({
      document_id: documentId,
      filename: attachment.filename,
      content_type: attachment.contentType,
      size_bytes: attachment.bytes.byteLength,
      sha256: attachment.sha256,
      bytes: attachment.bytes,
      created_at: at,
    })
    .returning(['id', 'filename', 'content_type', 'size_bytes', 'sha256', 'created_at'])
    .executeTakeFirstOrThrow();
  return { id: row.id, filename: row.filename, contentType: row.content_type, sizeBytes: row.size_bytes, sha256: row.sha256, createdAt: row.created_at };
}

export async function findDocument(db: Queryable, id: string): Promise<StoredDocument | undefined> {
  const row = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toStoredDocument(row);
}

/** The paragraphs of a document in number order. */
export async function listParagraphs(db: Queryable, documentId: string): Promise<StoredParagraph[]> {
  const rows = await db
    .selectFrom('document_paragraphs')
    .select(['number', 'classification', 'caveats', 'mark_text', 'text'])
    .where('document_id', '=', documentId)
    .orderBy('number')
    .execute();
  return rows.map((row) => ({
    number: row.number,
    markText: row.mark_text,
    portion: { classification: row.classification as Classification, caveats: row.caveats as Caveat[] },
    text: row.text,
  }));
}

export async function listLinks(db: Queryable, documentId: string): Promise<DocumentLinks> {
  const rows = await db.selectFrom('document_links').selectAll().where('document_id', '=', documentId).orderBy('id').execute();
  const pick = (value: (row: (typeof rows)[number]) => string | null): string[] => rows.map(value).filter((v): v is string => v !== null).sort();
  return { caseIds: pick((r) => r.case_id), agreementIds: pick((r) => r.agreement_id), transferIds: pick((r) => r.transfer_id), countries: pick((r) => r.country) };
}

export async function listAttachments(db: Queryable, documentId: string): Promise<AttachmentMeta[]> {
  const rows = await db
    .selectFrom('document_attachments')
    .select(['id', 'filename', 'content_type', 'size_bytes', 'sha256', 'created_at'])
    .where('document_id', '=', documentId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ id: row.id, filename: row.filename, contentType: row.content_type, sizeBytes: row.size_bytes, sha256: row.sha256, createdAt: row.created_at }));
}

export async function readAttachmentBytes(db: Queryable, documentId: string, attachmentId: string): Promise<(AttachmentMeta & { readonly bytes: Uint8Array }) | undefined> {
  const row = await db.selectFrom('document_attachments').selectAll().where('document_id', '=', documentId).where('id', '=', attachmentId).executeTakeFirst();
  if (!row) return undefined;
  return { id: row.id, filename: row.filename, contentType: row.content_type, sizeBytes: row.size_bytes, sha256: row.sha256, createdAt: row.created_at, bytes: new Uint8Array(row.bytes) };
}

/** Id of a document of this kind holding an attachment with this hash (re-import detection). */
export async function findDocumentIdByAttachmentHash(db: Queryable, kind: DocumentKind, sha256: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('document_attachments')
    .innerJoin('documents', 'documents.id', 'document_attachments.document_id')
    .select('documents.id')
    .where('document_attachments.sha256', '=', sha256)
    .where('documents.kind', '=', kind)
    .executeTakeFirst();
  return row?.id;
}

/** Counsel of record (users.id) of the cases each document is linked to: the policy's `counselIds`. */
export async function counselIdsByDocument(db: Queryable, documentIds: readonly string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>(documentIds.map((id) => [id, []]));
  if (documentIds.length === 0) return result;
  const rows = await db
    .selectFrom('document_links')
    .innerJoin('cases', 'cases.id', 'document_links.case_id')
    .select(['document_links.document_id', 'cases.counsel_id'])
    .where('document_links.document_id', 'in', [...documentIds])
    .where('cases.counsel_id', 'is not', null)
    .execute();
  for (const row of rows) {
    if (row.counsel_id !== null) result.get(row.document_id)?.push(row.counsel_id);
  }
  return result;
}
