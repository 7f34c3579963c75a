import { sql, type Kysely } from 'kysely';

/**
 * Public transparency report releases (issue 11). Each release is stored once
 * and never changed: the published content (already protected), its SHA-256
 * over the canonical JSON, the disclosure parameters and the disclosure
 * check's public result ({ ok, parameters }). Versions count up per kind;
 * the unique (kind, version) pair makes two concurrent releases collide
 * rather than share a number. A trigger refuses UPDATE, DELETE and TRUNCATE,
 * so a published release cannot be rewritten after the fact.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table report_releases (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('transparency')),
      version integer not null check (version >= 1),
      period_from date not null,
      period_to date not null,
      parameters jsonb not null,
      content jsonb not null,
      content_sha256 text not null check (content_sha256 ~ '^[0-9a-f]{64}$'),
      disclosure_check jsonb not null,
      released_at timestamptz not null,
      released_by text not null,
      check (period_from <= period_to),
      unique (kind, version)
    );

    create function report_releases_guard() returns trigger language plpgsql as $$
    begin
      raise exception 'report_releases is append-only: % refused', tg_op using errcode = 'P0001';
    end;
    $$;
    create trigger report_releases_append_only before update or delete on report_releases
      for each row execute function report_releases_guard();
    create trigger report_releases_no_truncate before truncate on report_releases
      for each statement execute function report_releases_guard();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table report_releases;
    drop function report_releases_guard();
  `.execute(db);
}
