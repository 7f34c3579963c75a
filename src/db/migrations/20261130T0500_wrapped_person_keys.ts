import { sql, type Kysely } from 'kysely';

/**
 * Person data keys are stored wrapped under a key-encryption key (KEK) kept
 * outside the database (`<dataDir>/keys/person-keys.kek`,
 * src/audit/retention/person-key-wrap.ts): 61 bytes, version 0x01 ‖ nonce ‖
 * tag ‖ ciphertext. A dump or backup alone then no longer holds both the
 * sealed personal data and the keys that open it.
 *
 * The migration has no KEK, so it cannot wrap the existing (32-byte) keys:
 * it admits both lengths, and lets the destroy-only trigger allow one more
 * change — a live 32-byte key replaced by a wrapped one, once — which
 * start-up makes for every legacy key (wrapLegacyPersonKeys in openRuntime).
 * Destruction stays the only other change, and a destroyed key can be
 * neither wrapped nor restored.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table person_keys drop constraint person_keys_key_check;
    alter table person_keys add constraint person_keys_key_check
      check (key is null or octet_length(key) = 32 or (octet_length(key) = 61 and get_byte(key, 0) = 1));

    -- Empty once start-up has wrapped every key: the check each start makes stays one index probe.
    create index person_keys_legacy_idx on person_keys (person_id) where octet_length(key) = 32;

    create or replace function person_keys_guard() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE' and old.key is not null and new.key is null and new.destroyed_at is not null
         and new.person_id = old.person_id and new.created_at = old.created_at then
        return new; -- destruction: allowed once
      end if;
      if tg_op = 'UPDATE' and octet_length(old.key) = 32 and octet_length(new.key) = 61
         and old.destroyed_at is null and new.destroyed_at is null
         and new.person_id = old.person_id and new.created_at = old.created_at then
        return new; -- wrapping a legacy key: allowed once (a wrapped key is never 32 bytes again)
      end if;
      raise exception 'person_keys only allows destroying a key: % refused', tg_op using errcode = 'P0001';
    end $$;
  `.execute(db);
}

/**
 * Restores the destroy-only trigger and the 32-byte CHECK for new rows. It
 * cannot unwrap (that needs the KEK, which a migration does not have), so
 * wrapped keys stay as they are — the CHECK is added NOT VALID so they are
 * kept, and `up` again finds them intact. Code from before wrapping refuses
 * a 61-byte key ("a person data key has 32 bytes, not 61"), never misreads it.
 */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index person_keys_legacy_idx;
    alter table person_keys drop constraint person_keys_key_check;
    alter table person_keys add constraint person_keys_key_check check (key is null or octet_length(key) = 32) not valid;
    create or replace function person_keys_guard() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE' and old.key is not null and new.key is null and new.destroyed_at is not null
         and new.person_id = old.person_id and new.created_at = old.created_at then
        return new; -- destruction: the only change ever allowed, once
      end if;
      raise exception 'person_keys only allows destroying a key: % refused', tg_op using errcode = 'P0001';
    end $$;
  `.execute(db);
}
