import type { Kysely } from 'kysely';
import { AppError } from '../core/errors.js';
import type { DB } from '../db/schema.js';

export interface AccessReportQuery {
  readonly resourceType: string;
  readonly resourceId: string;
  /** Inclusive lower bound, RFC 3339. */
  readonly from: string;
  /** Exclusive upper bound, RFC 3339. */
  readonly to: string;
  /** At most this many entries (default 1000, at most 10 000). */
  readonly limit?: number;
}

/** One audit entry about the record: a read (action `<area>.read`) or a change (any other action). */
export interface AccessReportEntry {
  /** Null for an entry committed but not yet sealed (normally under a second old). */
  readonly seq: number | null;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly kind: 'read' | 'change';
  /** What the actor saw, where read auditing recorded it (details.fieldGroups); empty otherwise. */
  readonly fieldGroups: readonly string[];
  /** Stated purpose (e.g. a break-the-glass reason) where given (details.purpose). */
  readonly purpose: string | null;
  readonly details: Readonly<Record<string, unknown>>;
}

/** Per actor: how often they read and changed the record, and every field group they were shown. */
export interface AccessReportActor {
  readonly actor: string;
  readonly reads: number;
  readonly changes: number;
  readonly fieldGroups: readonly string[];
  readonly firstAt: string;
  readonly lastAt: string;
}

export interface AccessReport {
  readonly resourceType: string;
  readonly resourceId: string;
  readonly from: string;
  readonly to: string;
  readonly entries: readonly AccessReportEntry[];
  readonly actors: readonly AccessReportActor[];
  /** True when more entries exist than `limit`: narrow the dates. */
  readonly truncated: boolean;
}

const DEFAULT_LIMIT = 1000;
const MAX_LIMIT = 10_000;

/**
 * Who read or changed one record between two instants, and what each saw:
 * the audit entries for (resourceType, resourceId) with `from <= at < to`,
 * oldest first, plus a per-actor summary. Uses the audit_log_resource_idx
 * index (resource_type, resource_id, at). Throws AppError `validation_failed`
 * when `from` is after `to` or the limit is out of range.
 *
 * @example await accessReport(db, { resourceType: 'case', resourceId: id, from: '2026-01-01T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z' })
 */
export async function accessReport(db: Kysely<DB>, query: AccessReportQuery): Promise<AccessReport> {
  const limit = query.limit ?? DEFAULT_LIMIT;
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw new AppError('validation_failed', `limit must be 1-${MAX_LIMIT}, not ${limit}`);
  if (Date.parse(query.from) > Date.parse(query.to)) throw new AppError('validation_failed', `from ${query.from} is after to ${query.to}`, { from: query.from, to: query.to });
  const rows = await db
    .selectFrom('audit_log')
    .select(['seq', 'at', 'actor', 'action', 'details'])
    .where('resource_type', '=', query.resourceType)
    .where('resource_id', '=', query.resourceId)
    .where('at', '>=', query.from)
    .where('at', '<', query.to)
    .orderBy('at')
    .orderBy('id')
    .limit(limit + 1)
    .execute();
  const entries = rows.slice(0, limit).map((row): AccessReportEntry => ({
    seq: row.seq,
    at: new Date(row.at).toISOString(),
    actor: row.actor,
    action: row.action,
    kind: row.action.endsWith('.read') ? 'read' : 'change',
    fieldGroups: stringList(row.details.fieldGroups),
    purpose: typeof row.details.purpose === 'string' ? row.details.purpose : null,
    details: row.details,
  }));
  return { resourceType: query.resourceType, resourceId: query.resourceId, from: query.from, to: query.to, entries, actors: summarise(entries), truncated: rows.length > limit };
}

function summarise(entries: readonly AccessReportEntry[]): AccessReportActor[] {
  const byActor = new Map<string, { reads: number; changes: number; fieldGroups: Set<string>; firstAt: string; lastAt: string }>();
  for (const entry of entries) {
    const summary = byActor.get(entry.actor) ?? { reads: 0, changes: 0, fieldGroups: new Set<string>(), firstAt: entry.at, lastAt: entry.at };
    if (entry.kind === 'read') summary.reads += 1;
    else summary.changes += 1;
    for (const group of entry.fieldGroups) summary.fieldGroups.add(group);
    summary.lastAt = entry.at;
    byActor.set(entry.actor, summary);
  }
  return [...byActor.entries()]
    .map(([actor, summary]) => ({ actor, reads: summary.reads, changes: summary.changes, fieldGroups: [...summary.fieldGroups].sort(), firstAt: summary.firstAt, lastAt: summary.lastAt }))
    .sort((a, b) => a.actor.localeCompare(b.actor));
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
