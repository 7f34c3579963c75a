import { sql, type Kysely } from 'kysely';
import { allCountries } from '../../core/country.js';

/**
 * Foundation schema: reference data, people, cases, agreements with versioned
 * terms, transfers, documents, users, decisions and the append-only audit log.
 * Invariants live here as CHECK constraints and triggers so that no code path,
 * and no operator with SQL access, can bypass them without disabling triggers.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table countries (
      code char(2) primary key check (code ~ '^[A-Z]{2}$'),
      name text not null
    );

    create table users (
      id uuid primary key default gen_random_uuid(),
      username text not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
      display_name text not null,
      agency text not null default '',
      roles text[] not null check (cardinality(roles) >= 1 and roles <@ array['program_officer','supervisor','diplomatic_officer','legal_reviewer','counsel','receiving_liaison','oversight','admin']::text[]),
      clearance text not null default 'UNCLASSIFIED' check (clearance in ('UNCLASSIFIED','SBU','CONFIDENTIAL','SECRET')),
      country char(2) references countries(code),
      active boolean not null default true,
      password_hash text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1 check (version >= 1),
      check ((not ('receiving_liaison' = any(roles))) or country is not null)
    );

    create table people (
      id uuid primary key default gen_random_uuid(),
      external_id text unique,
      given_names text not null check (length(given_names) between 1 and 200),
      family_name text not null check (length(family_name) between 1 and 200),
      aliases text[] not null default '{}',
      birth_date date,
      nationalities char(2)[] not null default '{}',
      languages text[] not null default '{}',
      vulnerabilities text[] not null default '{}' check (vulnerabilities <@ array['unaccompanied_minor','serious_medical','torture_survivor','pregnancy','disability','elderly','trafficking_victim','mental_health']::text[]),
      is_demo boolean not null default false,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1 check (version >= 1)
    );
    create index people_identity_idx on people (lower(family_name), lower(given_names), birth_date);

    create table agreements (
      id uuid primary key default gen_random_uuid(),
      code text not null unique check (code ~ '^[a-z0-9-]{3,64}$'),
      title text not null,
      sending_country char(2) not null references countries(code),
      receiving_country char(2) not null references countries(code),
      status text not null check (status in ('proposed','negotiating','active','suspended','terminated')),
      status_changed_at timestamptz not null default now(),
      effective_from date,
      effective_to date,
      summary text not null default '',
      confidence text not null default '',
      sources jsonb not null default '[]',
      is_demo boolean not null default false,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1 check (version >= 1),
      check (sending_country <> receiving_country),
      check (effective_to is null or effective_from is null or effective_to >= effective_from)
    );

    create table agreement_terms (
      id uuid primary key default gen_random_uuid(),
      agreement_id uuid not null references agreements(id),
      version_no integer not null check (version_no >= 1),
      effective_from date not null,
      change_summary text not null,
      terms jsonb not null,
      source_documents jsonb not null default '[]',
      created_at timestamptz not null default now(),
      unique (agreement_id, version_no)
    );

    create sequence case_reference_seq;
    create table cases (
      id uuid primary key default gen_random_uuid(),
      reference text not null unique,
      person_id uuid not null references people(id),
      state text not null check (state in ('intake','designation_review','country_proposed','notice_served','fear_screening','cleared','manifested','relocated','monitoring','closed','on_hold')),
      held_from_state text check (held_from_state in ('intake','designation_review','country_proposed','notice_served','fear_screening','cleared','manifested','relocated','monitoring')),
      hold_reason text,
      destination_country char(2) references countries(code),
      agreement_id uuid references agreements(id),
      rule_set_id text not null,
      officer_id uuid references users(id),
      counsel_id uuid references users(id),
      close_outcome text check (close_outcome in ('relocated','protection_granted','removed_to_origin','released','withdrawn')),
      opened_at timestamptz not null default now(),
      closed_at timestamptz,
      external_id text unique,
      is_demo boolean not null default false,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1 check (version >= 1),
      check ((state = 'on_hold') = (held_from_state is not null)),
      check ((state = 'on_hold') = (hold_reason is not null)),
      check ((state = 'closed') = (close_outcome is not null)),
      check ((state = 'closed') = (closed_at is not null))
    );
    create index cases_state_idx on cases (state, id);
    create index cases_person_idx on cases (person_id);
    create index cases_destination_idx on cases (destination_country, state);
    create index cases_agreement_idx on cases (agreement_id, state);

    create table transfers (
      id uuid primary key default gen_random_uuid(),
      reference text not null unique,
      agreement_id uuid not null references agreements(id),
      status text not null check (status in ('planned','manifest_locked','departed','arrived','closed','cancelled')),
      scheduled_departure timestamptz not null,
      carrier text not null default '',
      flight text not null default '',
      facility text not null default '',
      escort_count integer not null default 0 check (escort_count >= 0),
      prepared_by uuid references users(id),
      is_demo boolean not null default false,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1 check (version >= 1)
    );

    create table documents (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('cable','court_order','notice','assurance','country_report','after_action_report','other')),
      title text not null,
      document_date date,
      originator text not null default '',
      classification text not null check (classification in ('UNCLASSIFIED','SBU','CONFIDENTIAL','SECRET')),
      caveats text[] not null default '{}' check (caveats <@ array['NOFORN','NODIS','EXDIS','SIPDIS']::text[]),
      is_demo boolean not null default false,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1 check (version >= 1),
      check (not (caveats && array['SIPDIS']::text[] and caveats && array['NODIS','EXDIS']::text[]))
    );

    create table decisions (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references cases(id),
      transition text not null,
      rule_set_id text not null,
      rule_set_hash text not null,
      facts jsonb not null,
      facts_hash text not null,
      findings jsonb not null,
      outcome text not null check (outcome in ('allowed','blocked')),
      evaluated_at timestamptz not null,
      actor text not null,
      created_at timestamptz not null default now()
    );
    create index decisions_case_idx on decisions (case_id, created_at);

    -- Append-only audit log. Writers insert unsealed rows (no seq or hash) in
    -- their own transaction; a sealer later assigns the gapless seq and the
    -- hash chain in batches, so concurrent writers never queue on one row.
    create table audit_log (
      id bigint generated always as identity primary key,
      seq bigint unique,
      at timestamptz not null,
      actor text not null,
      action text not null,
      resource_type text not null,
      resource_id text,
      details jsonb not null default '{}',
      prev_hash text,
      hash text,
      check ((seq is null) = (hash is null) and (hash is null) = (prev_hash is null)),
      check (seq is null or seq >= 1)
    );
    create index audit_log_unsealed_idx on audit_log (id) where seq is null;
    create index audit_log_resource_idx on audit_log (resource_type, resource_id, at);

    create function audit_log_guard() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE'
         and old.seq is null and new.seq is not null
         and new.id = old.id and new.at = old.at and new.actor = old.actor and new.action = old.action
         and new.resource_type = old.resource_type and new.resource_id is not distinct from old.resource_id
         and new.details = old.details then
        return new; -- sealing: the only change ever allowed, once, from unsealed to sealed
      end if;
      raise exception 'audit_log is append-only: % refused', tg_op using errcode = 'P0001';
    end $$;
    create trigger audit_log_append_only before update or delete on audit_log
      for each row execute function audit_log_guard();
    create function audit_log_no_truncate() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only: TRUNCATE refused' using errcode = 'P0001';
    end $$;
    create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_no_truncate();
  `.execute(db);

  const countries = allCountries();
  await sql`insert into countries (code, name) select * from unnest(${countries.map((c) => c.code)}::text[], ${countries.map((c) => c.name)}::text[])`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table audit_log;
    drop function audit_log_guard();
    drop function audit_log_no_truncate();
    drop table decisions;
    drop table documents;
    drop table transfers;
    drop table cases;
    drop sequence case_reference_seq;
    drop table agreement_terms;
    drop table agreements;
    drop table people;
    drop table users;
    drop table countries;
  `.execute(db);
}
