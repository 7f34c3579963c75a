import { sql, type Kysely } from 'kysely';

/**
 * Identity and access: case ownership for need-to-know (agency, case team),
 * named distribution for users, server-side sessions, hashed API tokens and
 * break-the-glass grants.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table cases add column agency text not null default '';
    alter table cases add column team_ids uuid[] not null default '{}';
    create index cases_officer_idx on cases (officer_id);
    create index cases_counsel_idx on cases (counsel_id);
    create index cases_agency_idx on cases (agency);

    alter table users add column distribution text[] not null default '{}';
    alter table users add column password_changed_at timestamptz;

    -- The cookie carries a random id; only its SHA-256 is stored, so a copy of the
    -- database cannot be replayed as a session.
    create table sessions (
      id_hash text primary key,
      user_id uuid not null references users(id),
      csrf_token text not null,
      created_at timestamptz not null,
      last_seen_at timestamptz not null,
      expires_at timestamptz not null,
      ended_at timestamptz,
      remote_address text not null default '',
      check (expires_at > created_at)
    );
    create index sessions_user_idx on sessions (user_id);

    create table api_tokens (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users(id),
      name text not null default '',
      token_hash text not null unique,
      created_at timestamptz not null,
      last_used_at timestamptz,
      revoked_at timestamptz
    );
    create index api_tokens_user_idx on api_tokens (user_id);

    create table break_glass_grants (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users(id),
      case_id uuid not null references cases(id),
      reason text not null check (length(trim(reason)) >= 10),
      granted_at timestamptz not null,
      expires_at timestamptz not null,
      reviewed_at timestamptz,
      reviewed_by uuid references users(id),
      check (expires_at > granted_at)
    );
    create index break_glass_active_idx on break_glass_grants (user_id, case_id, expires_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table break_glass_grants;
    drop table api_tokens;
    drop table sessions;
    alter table users drop column password_changed_at;
    alter table users drop column distribution;
    drop index cases_agency_idx;
    drop index cases_counsel_idx;
    drop index cases_officer_idx;
    alter table cases drop column team_ids;
    alter table cases drop column agency;
  `.execute(db);
}
