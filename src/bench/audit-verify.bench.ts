import { sql } from 'kysely';
import { sealPending } from '../audit/audit-log.js';
import { measureVerifyThroughput } from '../audit/checkpoints/verify-throughput.js';
import type { BenchEnvironment } from './bench-environment.js';
import { measuredRow, type BenchRow } from './bench-row.js';
import type { BenchScale } from './bench-scale.js';

/**
 * Tops the log up to `scale.auditEntries` sealed entries with realistic read entries (a
 * case.read with its field groups and purpose, as every audited read writes), inserted in bulk
 * by one INSERT … SELECT per 50k and sealed by the application's own sealer.
 */
async function ensureAuditEntries(env: BenchEnvironment, target: number): Promise<void> {
  await env.services.sealer.flush();
  const { rows } = await sql<{ n: string }>`select count(*)::text as n from audit_log_rows`.execute(env.database.db);
  let missing = target - Number(rows[0]?.n ?? 0);
  while (missing > 0) {
    const chunk = Math.min(missing, 50_000);
    await sql`
      insert into audit_log_rows (at, actor, action, resource_type, resource_id, details)
      select now() - (g || ' seconds')::interval, 'user:' || md5(g::text)::uuid, 'case.read', 'case', md5((g * 7)::text)::uuid::text,
             jsonb_build_object('purpose', 'casework', 'fieldGroups', jsonb_build_array('identity', 'immigration_history'))
        from generate_series(1, ${chunk}::int) as g`.execute(env.database.db);
    missing -= chunk;
    await sealPending(env.database.db);
  }
}

/**
 * measureVerifyThroughput (the audit helper's figures) over the sealed log: verify end to end
 * against raw SHA-256 of the same stored leaf bytes (one hash per entry, the baseline),
 * against raw SHA-256 of every input verify must hash (leaves and the n − 1 Merkle nodes),
 * and verify's in-memory hashing alone.
 */
export async function benchAuditVerify(env: BenchEnvironment, scale: BenchScale): Promise<BenchRow[]> {
  await ensureAuditEntries(env, scale.auditEntries);
  const figures = await measureVerifyThroughput(env.database.db, null);
  const raw = figures.rawSha256.entriesPerSecond;
  const megabytes = (figures.bytes / 1e6).toFixed(1);
  const common = { bench: 'audit-verify' as const, unit: 'entries/s', higherIsBetter: true, goal: '≥ 60%' };
  return [
    measuredRow({
      ...common,
      metric: `audit verify end to end, ${figures.entries} entries`,
      value: figures.verifyEndToEnd.entriesPerSecond,
      baseline: raw,
      baselineLabel: `raw SHA-256 of the same ${megabytes} MB, one per entry`,
      pass: figures.endToEndRatio >= 0.6,
      details: { entries: figures.entries, bytes: figures.bytes, seconds: figures.verifyEndToEnd.seconds, rawSeconds: figures.rawSha256.seconds },
    }),
    measuredRow({
      ...common,
      metric: `audit verify end to end vs the hashing it needs, ${figures.entries} entries`,
      value: figures.verifyEndToEnd.entriesPerSecond,
      baseline: figures.rawSha256OfVerifyInputs.entriesPerSecond,
      baselineLabel: `raw SHA-256 of the ${megabytes} MB leaves + ${Math.max(0, figures.entries - 1)} Merkle node inputs`,
      pass: figures.endToEndRatioToVerifyInputs >= 0.6,
      details: { seconds: figures.verifyEndToEnd.seconds, rawInputsSeconds: figures.rawSha256OfVerifyInputs.seconds },
    }),
    measuredRow({
      ...common,
      metric: `audit verify hashing (leaf + Merkle), ${figures.entries} entries`,
      value: figures.verifyHashing.entriesPerSecond,
      baseline: raw,
      baselineLabel: `raw SHA-256 of the same ${megabytes} MB, one per entry`,
      pass: figures.hashingRatio >= 0.6,
      details: { seconds: figures.verifyHashing.seconds },
    }),
  ];
}
