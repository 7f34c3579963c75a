import { sql, type RawBuilder } from 'kysely';
import { DOCUMENT_INDEX } from '../../core/access/resources.js';
import type { Caveat, DocumentKind } from '../../core/document.js';
import { escapeHtml } from '../../core/notices/html-escape.js';
import type { Classification, Principal } from '../../core/principal.js';
import { counselIdsByDocument } from '../../db/repositories/document.repository.js';
import type { Queryable } from '../../db/schema.js';
import { decide, requireAllowed } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { canReadPortionOf, documentReadResource } from './document-access.js';
import { paragraphAccessPredicate } from './search-access-scope.js';

export interface DocumentSearchQuery {
  /** Web-search syntax: words, "quoted phrases", OR, -excluded. */
  readonly q: string;
  readonly kind?: DocumentKind | undefined;
  /** A TAGS country or a linked country (ISO 3166). */
  readonly country?: string | undefined;
  /** A TAGS subject, e.g. PREF. */
  readonly tag?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  /** The document's classification. */
  readonly classification?: Classification | undefined;
  readonly limit: number;
}

export interface DocumentSearchHit {
  readonly documentId: string;
  readonly title: string;
  readonly kind: DocumentKind;
  readonly documentDate: string | null;
  readonly paragraphNumber: number;
  readonly paragraphClassification: Classification;
  readonly rank: number;
  /** HTML: the paragraph's matching fragments, escaped, with the matched words in `<mark>`. */
  readonly snippet: string;
}

interface HitRow {
  readonly document_id: string;
  readonly number: number;
  readonly classification: string;
  readonly caveats: string[];
  readonly title: string;
  readonly kind: string;
  readonly document_date: string | null;
  readonly distribution: string[];
  readonly releasable_to: string[];
  readonly floor_classification: string;
  readonly binding_caveats: string[];
  readonly rank: number;
  readonly headline: string;
}

const MARK_START = '\u27e6';
const MARK_STOP = '\u27e7';

/**
 * Full-text search over document paragraphs (PostgreSQL `english` config,
 * websearch syntax), ranked with ts_rank, with highlighted snippets. The
 * access policy filters in SQL before ranking, so neither the results nor
 * their order nor any count depends on paragraphs the caller may not read;
 * every hit is then checked again with Cedar.
 *
 * @example const { items } = await searchDocuments(ctx, principal, { q: 'rwanda assurances', limit: 20 });
 */
export async function searchDocuments(ctx: ServiceContext, principal: Principal, query: DocumentSearchQuery): Promise<{ readonly items: DocumentSearchHit[] }> {
  await requireAllowed(ctx, principal, 'document:search', DOCUMENT_INDEX);
  const rows = await searchParagraphRows(ctx.db, principal, query);
  const counsel = await counselIdsByDocument(ctx.db, [...new Set(rows.map((row) => row.document_id))]);
  const items: DocumentSearchHit[] = [];
  for (const row of rows) {
    const document = {
      id: row.document_id,
      distribution: row.distribution,
      releasableTo: row.releasable_to,
      floorClassification: row.floor_classification as Classification,
      bindingCaveats: row.binding_caveats as Caveat[],
    } as const;
    const portion = { classification: row.classification as Classification, caveats: row.caveats as Caveat[] };
    const documentAllowed = decide(ctx, principal, 'document:read', documentReadResource(document, counsel.get(row.document_id) ?? [])).allowed;
    if (!documentAllowed || !canReadPortionOf(ctx, principal, document)(portion)) continue;
    items.push({
      documentId: row.document_id,
      title: row.title,
      kind: row.kind as DocumentKind,
      documentDate: row.document_date,
      paragraphNumber: row.number,
      paragraphClassification: portion.classification,
      rank: row.rank,
      snippet: markSnippet(row.headline),
    });
  }
  return { items };
}

/**
 * The SQL of the search, policy filter included; exported for the benchmark
 * (measureSearch). Ranks only paragraphs the principal may read, then builds
 * headlines for the top `limit` only (ts_headline is the costly part).
 */
export async function searchParagraphRows(db: Queryable, principal: Principal, query: DocumentSearchQuery): Promise<HitRow[]> {
  const filters: RawBuilder<boolean>[] = [sql<boolean>`p.tsv @@ q.query`, paragraphAccessPredicate(principal)];
  if (query.kind !== undefined) filters.push(sql<boolean>`d.kind = ${query.kind}`);
  if (query.classification !== undefined) filters.push(sql<boolean>`d.classification = ${query.classification}`);
  if (query.tag !== undefined) filters.push(sql<boolean>`d.subject_tags @> array[${query.tag}]::text[]`);
  if (query.country !== undefined) {
    filters.push(sql<boolean>`(d.country_tags @> array[${query.country}]::text[] or exists (select 1 from document_links cl where cl.document_id = d.id and cl.country = ${query.country}))`);
  }
  if (query.from !== undefined) filters.push(sql<boolean>`d.document_date >= ${query.from}::date`);
  if (query.to !== undefined) filters.push(sql<boolean>`d.document_date <= ${query.to}::date`);
  const result = await sql<HitRow>`
    with q as (select websearch_to_tsquery('english', ${query.q}) as query),
    ranked as (
      select p.document_id, p.number, p.classification, p.caveats, p.text,
             d.title, d.kind, d.document_date, d.distribution, d.releasable_to, d.floor_classification, d.binding_caveats,
             ts_rank(p.tsv, q.query) as rank
      from document_paragraphs p
      join documents d on d.id = p.document_id
      cross join q
      where ${sql.join(filters, sql` and `)}
      order by rank desc, d.document_date desc nulls last, p.document_id, p.number
      limit ${query.limit}
    )
    select r.document_id, r.number, r.classification, r.caveats, r.title, r.kind, r.document_date, r.distribution, r.releasable_to,
           r.floor_classification, r.binding_caveats, r.rank,
           ts_headline('english', r.text, q.query, ${`StartSel=${MARK_START}, StopSel=${MARK_STOP}, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`}) as headline
    from ranked r cross join q
    order by r.rank desc, r.document_date desc nulls last, r.document_id, r.number
  `.execute(db);
  return result.rows;
}

/** Escapes the headline and turns the selection markers into <mark>. */
function markSnippet(headline: string): string {
  return escapeHtml(headline).replaceAll(MARK_START, '<mark>').replaceAll(MARK_STOP, '</mark>');
}
