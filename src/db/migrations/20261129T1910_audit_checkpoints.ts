import { sql, type Kysely } from 'kysely';

/**
 * Signed checkpoints of the audit log (issue 10): one row per signed tree
 * head, append-only like audit_log itself. `frontier` holds the Merkle
 * frontier at `tree_size` so the next checkpoint extends it without
 * re-reading the whole log; verify never trusts it, it recomputes roots.
 *
 * Warning: stored format. `root_hash`, `signed_at` and `tree_size` are exactly
 * what the signature covers (waypoint-tree-head/v1); outside witnesses hold them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table audit_checkpoints (
      id bigint generated always as identity primary key,
      tree_size bigint not null unique check (tree_size >= 1),
      root_hash text not null check (root_hash ~ '^[0-9a-f]{64}$'),
      signed_at timestamptz not null,
      signature text not null,
      key_id text not null check (key_id ~ '^[0-9a-f]{64}$'),
      frontier jsonb not null
    );

    create function audit_checkpoints_guard() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_checkpoints is append-only: % refused', tg_op using errcode = 'P0001';
    end $$;
    create trigger audit_checkpoints_append_only before update or delete on audit_checkpoints
      for each row execute function audit_checkpoints_guard();
    create trigger audit_checkpoints_no_truncate before truncate on audit_checkpoints
      for each statement execute function audit_checkpoints_guard();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table audit_checkpoints;
    drop function audit_checkpoints_guard();
  `.execute(db);
}
