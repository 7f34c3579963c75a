import { sql, type Kysely } from 'kysely';

/**
 * Makes what a sealed audit entry says *derived from* its hashed bytes, so there is nothing left
 * for verify to cross-check (issue 10: verify at ≥ 60 % of raw SHA-256 throughput).
 *
 * - The table becomes `audit_log_rows`. Writers insert unsealed rows there with their structured
 *   columns; the sealing UPDATE writes seq, hash and the leaf bytes and sets every structured
 *   column to NULL (CHECK `audit_log_sealed_derived`). `prev_hash` is dropped: the leaf holds it.
 * - `audit_log` becomes a view with the old column names: unsealed rows show their columns,
 *   sealed rows show the values parsed from `leaf`. Every existing reader (access report,
 *   exports, API tests, …) keeps reading `audit_log` and can no longer see a stored column that
 *   disagrees with the hashed bytes, because for a sealed row there is none.
 * - The resource filter of the access report gets an expression index on the view's own
 *   expressions, so a lookup by resource finds exactly the rows the view shows.
 * - The sealing trigger now also checks, in the database, that the leaf says what the columns
 *   it replaces said (one jsonb parse per entry, at sealing time instead of at every verify).
 *
 * Verify checks in the catalog that the view and the CHECK are exactly these (and validated),
 * then hashes bytes only (src/audit/audit-log-definition.ts, src/audit/scan-sealed-chain.ts).
 * Existing sealed rows are converted: their columns are dropped in favour of their leaf, which
 * the hash pins (a column edited before this migration was a lie the leaf never told).
 *
 * Warning: the view and CHECK text below are frozen; verify compares the catalog with
 * src/audit/audit-log-definition.ts, which must change together with any later migration.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table audit_log rename to audit_log_rows;
    drop index audit_log_resource_idx;
    alter table audit_log_rows drop column prev_hash;
    alter table audit_log_rows
      alter column at drop not null, alter column actor drop not null, alter column action drop not null,
      alter column resource_type drop not null, alter column details drop not null;
    alter table audit_log_rows disable trigger audit_log_append_only;
    update audit_log_rows set at = null, actor = null, action = null, resource_type = null, resource_id = null, details = null
     where seq is not null;
    alter table audit_log_rows enable trigger audit_log_append_only;
    alter table audit_log_rows add constraint audit_log_sealed_derived check (
      case when seq is null
        then hash is null and leaf is null and at is not null and actor is not null and action is not null
             and resource_type is not null and details is not null
        else hash is not null and leaf is not null and at is null and actor is null and action is null
             and resource_type is null and resource_id is null and details is null
      end);
    create index audit_log_resource_idx on audit_log_rows (
      (case when seq is null then resource_type else (leaf::jsonb -> 'resource') ->> 'type' end),
      (case when seq is null then resource_id else (leaf::jsonb -> 'resource') ->> 'id' end));
    create view audit_log as
      select id, seq,
             case when seq is null then at else (leaf::jsonb ->> 'at')::timestamptz end as at,
             case when seq is null then actor else leaf::jsonb ->> 'actor' end as actor,
             case when seq is null then action else leaf::jsonb ->> 'action' end as action,
             case when seq is null then resource_type else (leaf::jsonb -> 'resource') ->> 'type' end as resource_type,
             case when seq is null then resource_id else (leaf::jsonb -> 'resource') ->> 'id' end as resource_id,
             case when seq is null then details else leaf::jsonb -> 'details' end as details,
             leaf::jsonb ->> 'prevHash' as prev_hash,
             hash, leaf
        from audit_log_rows;
    create or replace function audit_log_guard() returns trigger language plpgsql as $$
    declare
      content jsonb;
    begin
      if tg_op = 'UPDATE' and old.seq is null and new.seq is not null and new.id = old.id and new.leaf is not null then
        content := new.leaf::jsonb;
        -- Sealing, the only change ever allowed, once: the bytes must say what the columns they replace said.
        if jsonb_typeof(content -> 'prevHash') = 'string'
           and content = jsonb_build_object(
                 'seq', new.seq,
                 'at', to_char(old.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                 'actor', old.actor, 'action', old.action,
                 'resource', jsonb_build_object('type', old.resource_type, 'id', old.resource_id),
                 'details', old.details, 'prevHash', content -> 'prevHash') then
          return new;
        end if;
      end if;
      raise exception 'audit_log is append-only: % refused', tg_op using errcode = 'P0001';
    end $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop view audit_log;
    drop index audit_log_resource_idx;
    alter table audit_log_rows drop constraint audit_log_sealed_derived;
    alter table audit_log_rows add column prev_hash text;
    alter table audit_log_rows disable trigger audit_log_append_only;
    update audit_log_rows
       set at = (leaf::jsonb ->> 'at')::timestamptz, actor = leaf::jsonb ->> 'actor', action = leaf::jsonb ->> 'action',
           resource_type = (leaf::jsonb -> 'resource') ->> 'type', resource_id = (leaf::jsonb -> 'resource') ->> 'id',
           details = leaf::jsonb -> 'details', prev_hash = leaf::jsonb ->> 'prevHash'
     where seq is not null;
    alter table audit_log_rows enable trigger audit_log_append_only;
    alter table audit_log_rows
      alter column at set not null, alter column actor set not null, alter column action set not null,
      alter column resource_type set not null, alter column details set not null,
      add check ((seq is null) = (hash is null) and (hash is null) = (prev_hash is null));
    alter table audit_log_rows rename to audit_log;
    create index audit_log_resource_idx on audit_log (resource_type, resource_id, at);
    create or replace function audit_log_guard() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE'
         and old.seq is null and new.seq is not null
         and new.id = old.id and new.at = old.at and new.actor = old.actor and new.action = old.action
         and new.resource_type = old.resource_type and new.resource_id is not distinct from old.resource_id
         and new.details = old.details then
        return new;
      end if;
      raise exception 'audit_log is append-only: % refused', tg_op using errcode = 'P0001';
    end $$;
  `.execute(db);
}
