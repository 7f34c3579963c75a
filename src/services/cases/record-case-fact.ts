import { randomUUID } from 'node:crypto';
import { appendAudit } from '../../audit/audit-log.js';
import { canonicalHash } from '../../audit/sha256.js';
import { AppError } from '../../core/errors.js';
import { actorRef, type Principal } from '../../core/principal.js';
import { assertConsistentFacts } from '../../core/safeguards/case-facts-consistency.js';
import type { CaseFactKind, CaseFactPayload } from '../../core/schemas/case-fact.schema.js';
import { translateDatabaseError } from '../../db/database-errors.js';
import type { CaseFactRow } from '../../db/repositories/case-facts.repository.js';
import { insertCaseFact } from '../../db/repositories/case-facts.repository.js';
import { lockCase } from '../../db/repositories/case.repository.js';
import type { Action } from '../../core/access/actions.js';
import { authorizeCaseAction } from '../access/case-access.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';

/** Facts with an action of their own (counsel file fear claims; liaisons answer for the receiving state). */
const FACT_ACTION: Partial<Record<CaseFactKind, Action>> = {
  fear_claim: 'fact:file-fear-claim',
  reopening: 'fact:file-fear-claim',
  notice: 'notice:serve',
  receiving_consent: 'liaison:decide',
};
import { assembleCaseFacts, loadOneCaseFacts } from './build-case-facts.js';

export interface RecordedCaseFact {
  readonly id: string;
  readonly caseId: string;
  readonly kind: CaseFactKind;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly recordedAt: string;
  readonly recordedBy: string;
  readonly supersedes: string | null;
}

/**
 * Records one fact about a case (already schema-validated at the edge) in one transaction with its
 * audit entry. The case row is locked so two facts recorded at once are checked against each other.
 * Refuses facts that would contradict the others (`contradictory_facts`, e.g. a fear outcome dated
 * before the claim, a notice served before the order), a reference to a fear claim the case does
 * not have, or a correction of a fact of another case or kind (`validation_failed`).
 * The audit entry holds the fact id, kind and payload hash, never the payload (personal data).
 *
 * @example await recordCaseFact(ctx, principal, caseId, 'notice', { payload: notice, supersedes: null })
 */
export async function recordCaseFact<K extends CaseFactKind>(
  ctx: ServiceContext,
  principal: Principal,
  caseId: string,
  kind: K,
  input: { readonly payload: CaseFactPayload<K>; readonly supersedes: string | null },
): Promise<RecordedCaseFact> {
  await authorizeCaseAction(ctx, principal, caseId, FACT_ACTION[kind] ?? 'case:record-fact');
  const at = nowInstant(ctx);
  try {
    return await runWrite(ctx, async (trx) => {
      const locked = await lockCase(trx, caseId);
      if (!locked) throw new AppError('not_found', `case ${caseId} not found`, { caseId });
      if (locked.state === 'closed') throw new AppError('conflict', `case ${caseId} is closed`, { caseId, state: locked.state }, 'A closed case takes no new facts.');
      const loaded = await loadOneCaseFacts(trx, caseId, null);
      if (loaded === undefined) throw new AppError('not_found', `case ${caseId} not found`, { caseId });
      const { subject, sources } = loaded;
      const existing = sources.factRows.get(caseId) ?? [];
      const payload = input.payload as Readonly<Record<string, unknown>>;
      if (input.supersedes !== null && !existing.some((row) => row.id === input.supersedes && row.kind === kind)) {
        throw new AppError('validation_failed', `fact ${input.supersedes} is not a ${kind} of case ${caseId}`, { supersedes: input.supersedes, kind });
      }
      const claimId = typeof payload.fearClaimId === 'string' ? payload.fearClaimId : null;
      if (claimId !== null && !existing.some((row) => row.id === claimId && row.kind === 'fear_claim')) {
        throw new AppError('validation_failed', `case ${caseId} has no fear claim ${claimId}`, { fearClaimId: claimId });
      }
      const fact: CaseFactRow = { id: randomUUID(), caseId, kind, payload, recordedAt: at, recordedBy: actorRef(principal), supersedes: input.supersedes };
      // Check the facts as they would be once this one is recorded.
      assertConsistentFacts(assembleCaseFacts(subject, sources, ctx.personKeyEncryptionKey, {}, [fact]));
      await insertCaseFact(trx, fact);
      await appendAudit(trx, {
        actor: fact.recordedBy,
        action: 'case.fact_record',
        resourceType: 'case',
        resourceId: caseId,
        details: { factId: fact.id, kind, payloadHash: canonicalHash(payload), supersedes: fact.supersedes },
        at,
      });
      return fact;
    });
  } catch (error) {
    throw translateDatabaseError(error, { resource: 'case fact' });
  }
}
