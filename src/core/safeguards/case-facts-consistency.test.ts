import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { caseFactsSchema } from './case-facts.js';
import { assertConsistentFacts, findContradictions } from './case-facts-consistency.js';
import { VECTOR_BASE_FACTS } from './vector-base-facts.js';
import { applyPatch } from './vectors.js';

const withPatch = (patch: Record<string, unknown>) => caseFactsSchema.parse(applyPatch(VECTOR_BASE_FACTS, patch));
const notice = VECTOR_BASE_FACTS.notices[0];

describe('findContradictions', () => {
  it('names a fear outcome dated before its claim and a notice served before the order', () => {
    const facts = withPatch({
      fearClaims: [{ id: 'fc-1', country: 'RW', claimedAt: '2025-08-10T00:00:00.000Z', outcome: 'negative', decidedAt: '2025-08-09T00:00:00.000Z', reasonableFearInterview: null, reopening: null }],
      notices: [{ ...notice, servedAt: '2025-04-30T00:00:00.000Z' }],
    });
    expect(findContradictions(facts)).toEqual(['fear claim fc-1: decided before it was claimed', 'notice notice-1: served before the removal order was issued']);
  });

  it('throws contradictory_facts with the list, and accepts consistent facts', () => {
    const facts = withPatch({ receivingConsent: { status: 'pending' } });
    let caught: unknown = null;
    try {
      assertConsistentFacts(facts);
    } catch (error) {
      caught = error;
    }
    expect(caught instanceof AppError ? [caught.code, caught.details] : caught).toEqual(['contradictory_facts', { problems: ['receiving consent: status and decision date disagree'] }]);
    expect(() => assertConsistentFacts(VECTOR_BASE_FACTS)).not.toThrow();
  });

  it('the schema refuses malformed instants and unknown countries', () => {
    expect(caseFactsSchema.safeParse(applyPatch(VECTOR_BASE_FACTS, { case: { destinationCountry: 'XX' } })).success).toBe(false);
    expect(caseFactsSchema.safeParse(applyPatch(VECTOR_BASE_FACTS, { removalOrder: { issuedAt: '2025-05-01 12:00' } })).success).toBe(false);
    expect(caseFactsSchema.safeParse(applyPatch(VECTOR_BASE_FACTS, { factsVersion: 2 })).success).toBe(false);
  });
});
