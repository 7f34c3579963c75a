import { sql, type Kysely } from 'kysely';

/**
 * Per-person data keys for crypto-shredding (issue 10, item 7). A person's
 * encrypted fields are readable only while their key exists; erasure
 * destroys the key (key := NULL, destroyed_at set), which a trigger makes
 * irreversible. Audit entries never hold personal data, so the audit chain
 * and its proofs are untouched by erasure.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table person_keys (
      person_id uuid primary key references people(id),
      key bytea check (key is null or octet_length(key) = 32),
      created_at timestamptz not null default now(),
      destroyed_at timestamptz,
      check ((key is null) = (destroyed_at is not null))
    );

    create function person_keys_guard() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE' and old.key is not null and new.key is null and new.destroyed_at is not null
         and new.person_id = old.person_id and new.created_at = old.created_at then
        return new; -- destruction: the only change ever allowed, once
      end if;
      raise exception 'person_keys only allows destroying a key: % refused', tg_op using errcode = 'P0001';
    end $$;
    create trigger person_keys_destroy_only before update or delete on person_keys
      for each row execute function person_keys_guard();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table person_keys;
    drop function person_keys_guard();
  `.execute(db);
}
