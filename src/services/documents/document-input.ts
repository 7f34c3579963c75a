import { AppError } from '../../core/errors.js';
import type { Caveat } from '../../core/document.js';
import type { Principal } from '../../core/principal.js';
import type { DocumentLinks } from '../../db/repositories/document.repository.js';
import type { Queryable } from '../../db/schema.js';

/** Where a document may go and what it is linked to; shared by upload and cable import. */
export interface DocumentPlacement {
  /** Named distribution (list names or `user:<id>`); required for NODIS and EXDIS. */
  readonly distribution: readonly string[];
  /** Receiving states (ISO 3166) the document is released to. */
  readonly releasableTo: readonly string[];
  readonly links: DocumentLinks;
}

/** NODIS and EXDIS documents go to a named distribution; without one nobody could read them. */
export function assertDistributionFor(caveats: readonly Caveat[], distribution: readonly string[]): void {
  if ((caveats.includes('NODIS') || caveats.includes('EXDIS')) && distribution.length === 0) {
    throw new AppError('validation_failed', 'a NODIS or EXDIS document needs a named distribution', { caveats: [...caveats] }, 'Name the distribution list for this NODIS or EXDIS document.');
  }
}

/** Counsel of record of the cases a new document will be linked to (the policy lets counsel upload to their clients' cases). */
export async function counselIdsOfCases(db: Queryable, caseIds: readonly string[]): Promise<string[]> {
  if (caseIds.length === 0) return [];
  const rows = await db.selectFrom('cases').select('counsel_id').where('id', 'in', [...caseIds]).execute();
  return rows.map((row) => row.counsel_id).filter((id): id is string => id !== null);
}

/** The actor recorded on the document row. */
export function createdByOf(principal: Principal): string {
  return `${principal.kind}:${principal.username}`;
}
