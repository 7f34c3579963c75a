import { sql, type Kysely } from 'kysely';

/**
 * Documents (issue 7): cable headers, portion-marked paragraphs with a
 * full-text index, links to cases/agreements/transfers/countries, and file
 * attachments kept in the database (bytea, at most 5 MiB each, so both
 * PGlite and PostgreSQL back up one thing).
 *
 * Access columns on documents: `floor_classification` is the lowest portion
 * level and `binding_caveats` the caveats every portion carries. They decide
 * whether a reader may open the document at all (portion marking lets an SBU
 * reader see the SBU paragraphs of a CONFIDENTIAL cable); each paragraph is
 * then checked on its own mark.
 *
 * Warning: `header` holds the parsed cable header (ParsedCable without
 * paragraphs) or the notice render parameters; keep its shape additive.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table documents
      add column header jsonb,
      add column distribution text[] not null default '{}',
      add column releasable_to text[] not null default '{}',
      add column subject_tags text[] not null default '{}',
      add column country_tags text[] not null default '{}',
      add column floor_classification text not null default 'UNCLASSIFIED'
        check (floor_classification in ('UNCLASSIFIED','SBU','CONFIDENTIAL','SECRET')),
      add column binding_caveats text[] not null default '{}'
        check (binding_caveats <@ array['NOFORN','NODIS','EXDIS','SIPDIS']::text[]),
      add column created_by text not null default '';

    create index documents_kind_date on documents (kind, document_date);
    create index documents_country_tags on documents using gin (country_tags);
    create index documents_subject_tags on documents using gin (subject_tags);

    create table document_paragraphs (
      document_id uuid not null references documents(id) on delete cascade,
      number integer not null check (number >= 1),
      classification text not null check (classification in ('UNCLASSIFIED','SBU','CONFIDENTIAL','SECRET')),
      classification_rank smallint generated always as (
        case classification when 'UNCLASSIFIED' then 0 when 'SBU' then 1 when 'CONFIDENTIAL' then 2 else 3 end
      ) stored,
      caveats text[] not null default '{}' check (caveats <@ array['NOFORN','NODIS','EXDIS','SIPDIS']::text[]),
      mark_text text not null default '',
      text text not null,
      tsv tsvector generated always as (to_tsvector('english', text)) stored,
      primary key (document_id, number)
    );
    create index document_paragraphs_tsv on document_paragraphs using gin (tsv);

    create table document_links (
      id uuid primary key default gen_random_uuid(),
      document_id uuid not null references documents(id) on delete cascade,
      case_id uuid references cases(id),
      agreement_id uuid references agreements(id),
      transfer_id uuid references transfers(id),
      country text references countries(code),
      check (num_nonnulls(case_id, agreement_id, transfer_id, country) = 1)
    );
    create index document_links_document on document_links (document_id);
    create index document_links_case on document_links (case_id) where case_id is not null;
    create index document_links_country on document_links (country) where country is not null;

    create table document_attachments (
      id uuid primary key default gen_random_uuid(),
      document_id uuid not null references documents(id) on delete cascade,
      filename text not null default '',
      content_type text not null check (content_type in ('application/pdf','text/plain','text/html')),
      size_bytes integer not null check (size_bytes >= 0 and size_bytes <= 5242880),
      sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
      bytes bytea not null check (octet_length(bytes) = size_bytes),
      created_at timestamptz not null default now()
    );
    create index document_attachments_document on document_attachments (document_id);
    create index document_attachments_sha256 on document_attachments (sha256);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table document_attachments;
    drop table document_links;
    drop table document_paragraphs;
    drop index documents_kind_date;
    drop index documents_country_tags;
    drop index documents_subject_tags;
    alter table documents
      drop column header, drop column distribution, drop column releasable_to, drop column subject_tags,
      drop column country_tags, drop column floor_classification, drop column binding_caveats, drop column created_by;
  `.execute(db);
}
