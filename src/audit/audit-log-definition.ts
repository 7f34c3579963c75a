import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

/**
 * What readers see of a sealed audit entry is parsed from its hashed bytes by the `audit_log`
 * view, and the CHECK `audit_log_sealed_derived` keeps the stored columns of sealed rows NULL
 * (migration 20261130T0110_audit_derived_columns). Verify therefore only hashes bytes — provided
 * the view and the CHECK are still exactly these. An owner could otherwise redefine the view to
 * show a forged actor, or drop the CHECK and park values that some future reader might trust.
 *
 * Warning: must match the latest migration that defines the view or the CHECK, word for word in
 * meaning: the catalog's deparsed text of both is compared with the deparse of these.
 */
export const AUDIT_LOG_VIEW_SELECT = `
  select id, seq,
         case when seq is null then at else (leaf::jsonb ->> 'at')::timestamptz end as at,
         case when seq is null then actor else leaf::jsonb ->> 'actor' end as actor,
         case when seq is null then action else leaf::jsonb ->> 'action' end as action,
         case when seq is null then resource_type else (leaf::jsonb -> 'resource') ->> 'type' end as resource_type,
         case when seq is null then resource_id else (leaf::jsonb -> 'resource') ->> 'id' end as resource_id,
         case when seq is null then details else leaf::jsonb -> 'details' end as details,
         leaf::jsonb ->> 'prevHash' as prev_hash,
         hash, leaf
    from audit_log_rows`;

export const AUDIT_LOG_SEALED_DERIVED_CHECK = `
  case when seq is null
    then hash is null and leaf is null and at is not null and actor is not null and action is not null
         and resource_type is not null and details is not null
    else hash is not null and leaf is not null and at is null and actor is null and action is null
         and resource_type is null and resource_id is null and details is null
  end`;

/** Thrown inside the catalog transaction to roll back its temporary objects. */
class RollBack extends Error {
  constructor(readonly outcome: string | null) {
    super('roll back the catalog comparison');
  }
}

/**
 * Null when the `audit_log` view and the CHECK on `audit_log_rows` are exactly the expected ones
 * (the CHECK also validated), else what differs. The expected definitions are created as
 * temporary objects in a transaction that is rolled back, so both sides are deparsed by the same
 * server: the comparison holds across PostgreSQL versions and PGlite.
 *
 * @example const problem = await auditLogDefinitionProblem(db); if (problem !== null) report(problem);
 */
export async function auditLogDefinitionProblem(db: Kysely<DB>): Promise<string | null> {
  try {
    await db.transaction().execute(async (trx) => {
      const { rows: tables } = await sql<{ present: boolean }>`select to_regclass('audit_log_rows') is not null as present`.execute(trx);
      if (tables[0]?.present !== true) throw new RollBack('the table audit_log_rows is missing');
      await sql`create temporary view audit_log_expected as ${sql.raw(AUDIT_LOG_VIEW_SELECT)}`.execute(trx);
      await sql`create temporary table audit_log_rows_expected (like audit_log_rows)`.execute(trx);
      await sql`alter table audit_log_rows_expected add constraint audit_log_sealed_derived check (${sql.raw(AUDIT_LOG_SEALED_DERIVED_CHECK)})`.execute(trx);
      const { rows } = await sql<{ view: boolean | null; check: boolean | null }>`
        select (select c.relkind = 'v' and pg_get_viewdef(c.oid) = pg_get_viewdef('pg_temp.audit_log_expected'::regclass)
                  from pg_class c where c.oid = to_regclass('audit_log')) as view,
               (select k.convalidated and pg_get_constraintdef(k.oid) = (
                         select pg_get_constraintdef(e.oid) from pg_constraint e
                          where e.conrelid = 'pg_temp.audit_log_rows_expected'::regclass and e.conname = 'audit_log_sealed_derived')
                  from pg_constraint k where k.conrelid = to_regclass('audit_log_rows') and k.conname = 'audit_log_sealed_derived') as check`.execute(trx);
      const row = rows[0];
      if (row?.view !== true) throw new RollBack('the audit_log view is missing or no longer derives sealed entries from their bytes');
      if (row.check !== true) throw new RollBack('the CHECK audit_log_sealed_derived is missing, altered or not validated');
      throw new RollBack(null);
    });
  } catch (error) {
    if (error instanceof RollBack) return error.outcome;
    throw error;
  }
  return null;
}
