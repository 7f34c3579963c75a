import type { AuditEntryContent } from '../core/hash.js';

/** The structured columns of an audit entry that its leaf bytes cover (besides seq and prev_hash). */
export interface AuditEntryColumns {
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly resource_type: string;
  readonly resource_id: string | null;
  readonly details: Record<string, unknown>;
}

/**
 * The content an entry's chain hash covers: its canonical JSON is the leaf.
 * Warning: stored format; changing it invalidates every sealed entry.
 *
 * @example canonicalJson(entryContent(row, 1, GENESIS_HASH)) // the leaf of the first entry
 */
export function entryContent(row: AuditEntryColumns, seq: number, prevHash: string): AuditEntryContent {
  return {
    seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    resource: { type: row.resource_type, id: row.resource_id },
    details: row.details,
    prevHash,
  };
}
