import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Tx } from '../../db/schema.js';
import type { ScaleRandom } from './scale-random.js';

export interface DocumentSeedCounts {
  readonly documents: number;
  readonly paragraphs: number;
}

/** Paragraph tables the documents work may create, and the column names we know how to fill. */
const PARAGRAPH_TABLES = ['document_paragraphs', 'paragraphs'] as const;
const FILLERS: Readonly<Record<string, (p: SyntheticParagraph) => unknown>> = {
  id: (p) => p.id,
  document_id: (p) => p.documentId,
  ordinal: (p) => p.ordinal,
  seq: (p) => p.ordinal,
  position: (p) => p.ordinal,
  paragraph_no: (p) => p.ordinal,
  number: (p) => p.ordinal,
  text: (p) => p.text,
  body: (p) => p.text,
  content: (p) => p.text,
  portion_mark: (p) => p.portionMark,
  classification: (p) => p.portionMark,
};

interface SyntheticParagraph {
  readonly id: string;
  readonly documentId: string;
  readonly ordinal: number;
  readonly text: string;
  readonly portionMark: string;
}

const SUBJECTS = ['Embassy Kigali', 'The receiving ministry', 'The removal office', 'Counsel for the detainee', 'The district court', 'The monitoring team', 'The welfare officer', 'The liaison office'];
const VERBS = ['reports', 'confirms', 'requests', 'notes', 'assures', 'questions', 'records', 'declines'];
const OBJECTS = ['the reception arrangements', 'the diplomatic assurance', 'the travel documents', 'the medical screening', 'the welfare check at 30 days', 'the capacity for the next flight', 'the payment schedule', 'the notice served in Arabic', 'the reasonable fear interview', 'the housing allocation'];
const PLACES = ['Kigali', 'Mbabane', 'Accra', 'Pristina', 'Malabo', 'Juba', 'Kampala', 'Koror'];

/**
 * One cable per `casesPerDocument` cases, with 3–8 paragraphs of synthetic prose, when the
 * schema allows: the documents table must need no column we do not fill, and a paragraph table
 * (document_paragraphs or paragraphs) must exist whose required columns we know. Otherwise
 * nothing is written (the counts say 0) — the documents capability owns those tables.
 */
export async function insertSyntheticDocuments(trx: Tx, caseIds: readonly string[], random: ScaleRandom, at: string, casesPerDocument: number): Promise<DocumentSeedCounts> {
  if (casesPerDocument <= 0) return { documents: 0, paragraphs: 0 };
  const table = await fillableParagraphTable(trx);
  if (table === null) return { documents: 0, paragraphs: 0 };
  const documentCount = Math.ceil(caseIds.length / casesPerDocument);
  const documents = Array.from({ length: documentCount }, () => ({ id: randomUUID(), title: `${random.pick(PLACES)} ${random.integer(100, 999)}: ${random.pick(OBJECTS)}`, classification: random.pick(['UNCLASSIFIED', 'SBU', 'CONFIDENTIAL']) }));
  await sql`
    insert into documents (id, kind, title, document_date, originator, classification, is_demo, created_at, updated_at)
    select id, 'cable', title, ${at.slice(0, 10)}::date, 'Embassy (synthetic)', classification, true, ${at}::timestamptz, ${at}::timestamptz
      from unnest(${documents.map((d) => d.id)}::uuid[], ${documents.map((d) => d.title)}::text[], ${documents.map((d) => d.classification)}::text[]) as v(id, title, classification)`.execute(trx);
  const paragraphs: SyntheticParagraph[] = documents.flatMap((d) =>
    Array.from({ length: random.integer(3, 8) }, (_, i) => ({
      id: randomUUID(),
      documentId: d.id,
      ordinal: i + 1,
      text: `${random.pick(SUBJECTS)} ${random.pick(VERBS)} ${random.pick(OBJECTS)} in ${random.pick(PLACES)}; ${random.pick(SUBJECTS).toLowerCase()} ${random.pick(VERBS)} ${random.pick(OBJECTS)}.`,
      portionMark: d.classification === 'CONFIDENTIAL' && random.chance(0.5) ? 'CONFIDENTIAL' : 'UNCLASSIFIED',
    })),
  );
  const columns = table.columns;
  const arrays = columns.map((column) => {
    const fill = FILLERS[column.name];
    return fill === undefined ? [] : paragraphs.map(fill);
  });
  const unnestArgs = sql.join(columns.map((column, i) => sql`${arrays[i]}::${sql.raw(column.type)}[]`));
  await sql`insert into ${sql.table(table.name)} (${sql.join(columns.map((c) => sql.ref(c.name)))}) select * from unnest(${unnestArgs})`.execute(trx);
  return { documents: documents.length, paragraphs: paragraphs.length };
}

interface ColumnInfo {
  readonly name: string;
  readonly type: string;
}

async function fillableParagraphTable(trx: Tx): Promise<{ name: string; columns: ColumnInfo[] } | null> {
  const { rows } = await sql<{ table_name: string; column_name: string; udt_name: string; required: boolean; generated: boolean }>`
    select table_name, column_name, udt_name, (is_nullable = 'NO' and column_default is null) as required, (is_generated = 'ALWAYS' or is_identity = 'YES') as generated
      from information_schema.columns
     where table_schema = current_schema() and table_name in ('documents', 'document_paragraphs', 'paragraphs')`.execute(trx);
  const documentsFillable = new Set(['id', 'kind', 'title', 'document_date', 'originator', 'classification', 'is_demo', 'created_at', 'updated_at']);
  const documentsOk = rows.filter((r) => r.table_name === 'documents' && r.required && !r.generated).every((r) => documentsFillable.has(r.column_name));
  if (!documentsOk) return null;
  for (const name of PARAGRAPH_TABLES) {
    const columns = rows.filter((r) => r.table_name === name && !r.generated);
    if (columns.length === 0) continue;
    if (!columns.filter((c) => c.required).every((c) => FILLERS[c.column_name] !== undefined)) continue;
    const filled = columns.filter((c) => FILLERS[c.column_name] !== undefined && !(c.column_name === 'classification' && columns.some((o) => o.column_name === 'portion_mark')));
    if (!filled.some((c) => c.column_name === 'document_id')) continue;
    // Only simple scalar types get an unnest cast; anything else (tsvector, enums) is left to defaults.
    return { name, columns: filled.filter((c) => ['uuid', 'text', 'int4', 'int2', 'int8', 'varchar'].includes(c.udt_name)).map((c) => ({ name: c.column_name, type: c.udt_name })) };
  }
  return null;
}
