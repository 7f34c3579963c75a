import { AppError } from '../errors.js';
import { isBefore } from '../time.js';
import type { CaseFacts } from './case-facts.js';

/**
 * Facts that contradict each other, as readable sentences (empty when consistent).
 * Such facts would let a safeguard pass on an impossible history, so services refuse them.
 *
 * @example findContradictions(facts) // ['fear claim fc-1: decided before it was claimed']
 */
export function findContradictions(facts: CaseFacts): string[] {
  const problems: string[] = [];
  const orderIssuedAt = facts.removalOrder?.issuedAt ?? null;
  for (const claim of facts.fearClaims) {
    if (claim.decidedAt !== null && isBefore(claim.decidedAt, claim.claimedAt)) problems.push(`fear claim ${claim.id}: decided before it was claimed`);
    if (claim.outcome === 'pending' && claim.decidedAt !== null) problems.push(`fear claim ${claim.id}: pending but has a decision date`);
    if (claim.outcome !== 'pending' && claim.decidedAt === null) problems.push(`fear claim ${claim.id}: ${claim.outcome} without a decision date`);
    const interview = claim.reasonableFearInterview;
    if (interview !== null && isBefore(interview.scheduledAt, interview.noticeGivenAt)) problems.push(`fear claim ${claim.id}: interview notice given after the interview`);
    const reopening = claim.reopening;
    if (reopening !== null && reopening.decidedAt !== null && isBefore(reopening.decidedAt, reopening.filedAt)) problems.push(`fear claim ${claim.id}: reopening decided before it was filed`);
  }
  for (const notice of facts.notices) {
    if (orderIssuedAt !== null && isBefore(notice.servedAt, orderIssuedAt)) problems.push(`notice ${notice.id}: served before the removal order was issued`);
    if (!notice.servedToPerson && !notice.servedToCounsel) problems.push(`notice ${notice.id}: served to no one`);
  }
  const order = facts.removalOrder;
  if (order !== null && order.final !== (order.finalAt !== null)) problems.push('removal order: final flag and final date disagree');
  if (order?.finalAt && isBefore(order.finalAt, order.issuedAt)) problems.push('removal order: final before it was issued');
  for (const courtOrder of facts.courtOrders) {
    if (courtOrder.activeTo !== null && isBefore(courtOrder.activeTo, courtOrder.activeFrom)) problems.push(`court order ${courtOrder.id}: ends before it starts`);
  }
  for (const protection of facts.protections) {
    if (protection.terminatedAt !== null && isBefore(protection.terminatedAt, protection.grantedAt)) problems.push(`protection for ${protection.country}: terminated before it was granted`);
  }
  const consent = facts.receivingConsent;
  if (consent !== null && (consent.status === 'pending') !== (consent.decidedAt === null)) problems.push('receiving consent: status and decision date disagree');
  return problems;
}

/**
 * Throws AppError `contradictory_facts` (details.problems lists each) when facts contradict each other.
 *
 * @example assertConsistentFacts(facts); // then evaluate
 */
export function assertConsistentFacts(facts: CaseFacts): void {
  const problems = findContradictions(facts);
  if (problems.length > 0) {
    throw new AppError('contradictory_facts', `case ${facts.caseId}: ${problems.join('; ')}`, { problems }, 'Some recorded facts contradict each other.');
  }
}
