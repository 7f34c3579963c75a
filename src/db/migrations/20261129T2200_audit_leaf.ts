import { sql, type Kysely } from 'kysely';
import { canonicalJson } from '../../core/canonical-json.js';

/**
 * Stores each sealed audit entry's leaf bytes — the RFC 8785 canonical JSON whose
 * SHA-256(0x00 ‖ bytes) is the entry's chain hash and Merkle leaf hash — in `leaf`,
 * written by the sealer together with seq and hash. Verify then streams these bytes
 * and hashes them instead of rebuilding canonical JSON from the jsonb columns per
 * entry (issue 10: verify at ≥ 60 % of raw SHA-256 throughput). Verify still checks
 * that the structured columns say what the bytes say (docs/AUDIT.md, "Verify").
 *
 * Entries sealed before this migration get their bytes rebuilt from their columns,
 * exactly as verify did before: a row tampered with earlier still fails its hash.
 *
 * Warning: `leaf` is hashed content. The sealing trigger lets it be set only in the
 * one sealing UPDATE (unsealed → sealed), like seq and hash.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table audit_log add column leaf text`.execute(db);
  await sql`alter table audit_log disable trigger audit_log_append_only`.execute(db);
  for (let after = 0; ; ) {
    const { rows } = await sql<LegacyRow>`
      select seq, at, actor, action, resource_type, resource_id, details, prev_hash
        from audit_log where seq > ${after} order by seq limit 5000`.execute(db);
    if (rows.length === 0) break;
    const seqs = rows.map((row) => row.seq);
    const leaves = rows.map(legacyLeaf);
    await sql`
      update audit_log as a set leaf = v.leaf
        from (select unnest(${seqs}::bigint[]) as seq, unnest(${leaves}::text[]) as leaf) as v
       where a.seq = v.seq`.execute(db);
    after = Number(rows[rows.length - 1]?.seq ?? after);
  }
  await sql`alter table audit_log enable trigger audit_log_append_only`.execute(db);
  await sql`alter table audit_log add constraint audit_log_leaf_when_sealed check ((seq is null) = (leaf is null))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table audit_log drop constraint audit_log_leaf_when_sealed`.execute(db);
  await sql`alter table audit_log drop column leaf`.execute(db);
}

interface LegacyRow {
  seq: number | string;
  at: string;
  actor: string;
  action: string;
  resource_type: string;
  resource_id: string | null;
  details: Record<string, unknown>;
  prev_hash: string;
}

/** The leaf format as of this migration (src/audit/audit-log.ts entryContent), frozen here on purpose. */
function legacyLeaf(row: LegacyRow): string {
  return canonicalJson({
    seq: Number(row.seq),
    at: row.at,
    actor: row.actor,
    action: row.action,
    resource: { type: row.resource_type, id: row.resource_id },
    details: row.details,
    prevHash: row.prev_hash,
  });
}
