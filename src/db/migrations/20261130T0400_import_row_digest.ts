import { sql, type Kysely } from 'kysely';

/**
 * import_rows.row_sha256 was an unsalted SHA-256 of each imported row (external
 * ids, names, birth date, …): anyone holding a database dump could confirm a
 * guessed row, and it outlived the person's erasure. From here on the row
 * carries `row_digest` = HMAC-SHA-256(k_index, "import-row:" ‖ SHA-256 of
 * the row) (importRowDigest in src/services/import/import-row-digest.ts),
 * keyed with the people's blind index key, which lives outside the database.
 *
 * A migration has no key, so the old hashes cannot be keyed here. They move
 * to `legacy_row_sha256`, and start-up (openRuntime → keyLegacyImportRows)
 * replaces each by HMAC(k_index, "import-row:" ‖ old hash) — the same value
 * importRowDigest gives the same row — and clears it: re-running a file
 * imported before this migration still skips its rows instead of reporting
 * them as duplicates, and no unkeyed hash is left once the server has
 * started. Rows of people already erased lose their hash here: nothing may
 * recognise their content any more.
 *
 * Erasure sets both columns to NULL (erasePerson); the CHECK keeps at most
 * one of them set.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table import_rows rename column row_sha256 to legacy_row_sha256;
    alter table import_rows alter column legacy_row_sha256 drop not null;
    alter table import_rows add column row_digest text check (row_digest ~ '^[0-9a-f]{64}$');
    alter table import_rows add constraint import_rows_one_digest check (row_digest is null or legacy_row_sha256 is null);
    update import_rows r set legacy_row_sha256 = null
      from person_keys k where k.person_id = r.person_id and k.key is null;
    -- Start-up looks for rows still to key (keyLegacyImportRows): an empty index once done.
    create index import_rows_legacy_idx on import_rows (run_id, line) where legacy_row_sha256 is not null;
  `.execute(db);
}

/**
 * Back to one NOT NULL `row_sha256`. The keyed digests cannot be turned back
 * into plain hashes; they are kept in the column (the old code then reports a
 * re-run of those rows as duplicates instead of skipping them: refused, never
 * imported twice), and rows whose digest erasure cleared get 64 zeros, which
 * no row hashes to.
 */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index import_rows_legacy_idx;
    alter table import_rows drop constraint import_rows_one_digest;
    update import_rows set legacy_row_sha256 = coalesce(legacy_row_sha256, row_digest, repeat('0', 64));
    alter table import_rows drop column row_digest;
    alter table import_rows rename column legacy_row_sha256 to row_sha256;
    alter table import_rows alter column row_sha256 set not null;
  `.execute(db);
}
