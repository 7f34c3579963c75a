import type { ColumnType, Generated } from 'kysely';

/** Row types of migration 20261129T1935_documents (see its comment for the access columns). */
export interface DocumentParagraphsTable {
  document_id: string;
  number: number;
  classification: string;
  classification_rank: ColumnType<number, never, never>;
  caveats: ColumnType<string[], string[] | undefined, string[]>;
  mark_text: Generated<string>;
  text: string;
  tsv: ColumnType<string, never, never>;
}

export interface DocumentLinksTable {
  id: Generated<string>;
  document_id: string;
  case_id: string | null;
  agreement_id: string | null;
  transfer_id: string | null;
  country: string | null;
}

export interface DocumentAttachmentsTable {
  id: Generated<string>;
  document_id: string;
  filename: Generated<string>;
  content_type: string;
  size_bytes: number;
  sha256: string;
  bytes: Uint8Array;
  created_at: ColumnType<string, string | undefined, string>;
}

/** Columns the documents migration adds to the foundation's `documents` table (merged into DB by intersection). */
export interface DocumentColumnsAdded {
  header: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  distribution: ColumnType<string[], string[] | undefined, string[]>;
  releasable_to: ColumnType<string[], string[] | undefined, string[]>;
  subject_tags: ColumnType<string[], string[] | undefined, string[]>;
  country_tags: ColumnType<string[], string[] | undefined, string[]>;
  floor_classification: Generated<string>;
  binding_caveats: ColumnType<string[], string[] | undefined, string[]>;
  created_by: Generated<string>;
}

export interface DocumentsTables {
  documents: DocumentColumnsAdded;
  document_paragraphs: DocumentParagraphsTable;
  document_links: DocumentLinksTable;
  document_attachments: DocumentAttachmentsTable;
}
