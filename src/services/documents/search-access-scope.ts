import { sql, type RawBuilder } from 'kysely';
import type { Role } from '../../core/principal.js';
import { classificationRank, type Principal } from '../../core/principal.js';

/** Roles whose policies let them read any document within clearance and caveats (src/access/policies). */
const ANY_DOCUMENT_ROLES: readonly Role[] = ['program_officer', 'supervisor', 'diplomatic_officer', 'legal_reviewer', 'oversight'];

/**
 * The access policy for documents and paragraphs written as SQL, so that
 * search filters before it ranks and counts: nothing the reader may not see
 * takes part in ranking, snippets or hit counts. It mirrors
 * classification.cedar (clearance, NOFORN for foreign users, NODIS/EXDIS only
 * to the named distribution) and the role permits for `document:read`; each
 * hit is checked again with Cedar afterwards, so a mismatch can only hide a
 * hit, never show one.
 *
 * Expects the aliases `p` (document_paragraphs) and `d` (documents).
 *
 * @example sql`select … from document_paragraphs p join documents d on … where ${paragraphAccessPredicate(principal)}`
 */
export function paragraphAccessPredicate(principal: Principal): RawBuilder<boolean> {
  if (principal.kind === 'system') return sql<boolean>`true`;
  if (principal.kind === 'anonymous' || principal.active === false) return sql<boolean>`false`;
  const ownDistribution = [...(principal.distribution ?? []), `user:${principal.userId ?? `system:${principal.username}`}`];
  const conditions: RawBuilder<boolean>[] = [
    sql<boolean>`p.classification_rank <= ${classificationRank(principal.clearance)}`,
    sql<boolean>`(not (p.caveats && array['NODIS','EXDIS']::text[]) or d.distribution && ${sql.val(ownDistribution)}::text[])`,
  ];
  if (principal.country !== null) conditions.push(sql<boolean>`not ('NOFORN' = any(p.caveats))`);
  conditions.push(documentRolePredicate(principal));
  return sql<boolean>`(${sql.join(conditions, sql` and `)})`;
}

function documentRolePredicate(principal: Principal): RawBuilder<boolean> {
  if (principal.roles.some((role) => ANY_DOCUMENT_ROLES.includes(role))) return sql<boolean>`true`;
  const alternatives: RawBuilder<boolean>[] = [];
  if (principal.roles.includes('counsel') && principal.userId !== null) {
    alternatives.push(sql<boolean>`exists (select 1 from document_links l join cases c on c.id = l.case_id where l.document_id = d.id and c.counsel_id = ${principal.userId})`);
  }
  if (principal.roles.includes('receiving_liaison') && principal.country !== null && principal.country !== '') {
    alternatives.push(sql<boolean>`${principal.country} = any(d.releasable_to)`);
  }
  return alternatives.length === 0 ? sql<boolean>`false` : sql<boolean>`(${sql.join(alternatives, sql` or `)})`;
}
