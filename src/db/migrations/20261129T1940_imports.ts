import { sql, type Kysely } from 'kysely';

/**
 * Bulk import bookkeeping (issue 8). import_runs records each run of a file
 * (its SHA-256 once read, mode, status, counts); import_rows records each
 * imported row's external ids and content hash, so re-running the same file
 * — after success or after the process was killed mid-way — skips the rows
 * already committed instead of importing them twice. A row is written in the
 * same transaction as the person and case it created, so it exists exactly
 * when they do.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table import_runs (
      id uuid primary key default gen_random_uuid(),
      file_sha256 text check (file_sha256 is null or file_sha256 ~ '^[0-9a-f]{64}$'),
      file_name text not null default '',
      format text not null check (format in ('csv','jsonl')),
      mode text not null check (mode in ('all-or-nothing','valid-rows')),
      status text not null check (status in ('running','completed','rolled_back','failed')),
      actor text not null,
      rows_read integer not null default 0 check (rows_read >= 0),
      rows_imported integer not null default 0 check (rows_imported >= 0),
      rows_skipped integer not null default 0 check (rows_skipped >= 0),
      rows_rejected integer not null default 0 check (rows_rejected >= 0),
      failure text,
      started_at timestamptz not null,
      finished_at timestamptz,
      check ((status = 'running') = (finished_at is null))
    );

    create table import_rows (
      run_id uuid not null references import_runs(id),
      line integer not null check (line >= 1),
      person_external_id text not null,
      case_external_id text not null unique,
      row_sha256 text not null check (row_sha256 ~ '^[0-9a-f]{64}$'),
      person_id uuid not null references people(id),
      case_id uuid not null references cases(id),
      primary key (run_id, line)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table import_rows;
    drop table import_runs;
  `.execute(db);
}
