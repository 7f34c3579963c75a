import { describe, expect, it } from 'vitest';
import { caseFactsSchema } from './case-facts.js';
import { findContradictions } from './case-facts-consistency.js';
import { SAFEGUARD_IDS } from './safeguard-ids.js';
import { VECTOR_BASE_FACTS } from './vector-base-facts.js';
import { VECTOR_FILES, applyPatch, runAllVectors, runVectors } from './vectors.js';

describe('safeguard test vectors', () => {
  const reports = runAllVectors();

  for (const report of reports) {
    it(`${report.safeguardId}: all ${report.total} vectors hold`, () => {
      expect(report.failures).toEqual([]);
      expect(report.total).toBeGreaterThanOrEqual(4);
    });
  }

  it('every safeguard has exactly one vector file', () => {
    expect(VECTOR_FILES.map((file) => file.safeguardId).sort()).toEqual([...SAFEGUARD_IDS].sort());
  });

  it('every rule has at least one blocking vector and one passing vector', () => {
    for (const file of VECTOR_FILES) {
      const outcomes = new Set(file.vectors.map((v) => v.expect.outcome));
      expect([file.safeguardId, outcomes.has('pass'), outcomes.has('block')]).toEqual([file.safeguardId, true, true]);
    }
  });

  it('the base facts are valid and consistent', () => {
    expect(caseFactsSchema.safeParse(VECTOR_BASE_FACTS).success).toBe(true);
    expect(findContradictions(VECTOR_BASE_FACTS)).toEqual([]);
  });

  it('reports a wrong expectation as a failure (the runner can fail)', () => {
    const report = runVectors('US-NOTICE-ICE-2025', [
      { name: 'wrong on purpose', at: '2025-08-02T11:59:59.000Z', expect: { outcome: 'pass' } },
      { name: 'wrong instant', at: '2025-08-02T11:59:59.000Z', expect: { outcome: 'pending', earliestPassAt: '2025-08-02T11:59:59.000Z' } },
    ]);
    expect(report.passed).toBe(0);
    expect(report.failures.map((f) => [f.name, f.actual.outcome, f.actual.earliestPassAt])).toEqual([
      ['wrong on purpose', 'pending', '2025-08-02T12:00:00.000Z'],
      ['wrong instant', 'pending', '2025-08-02T12:00:00.000Z'],
    ]);
  });
});

describe('applyPatch', () => {
  it('merges objects and replaces arrays', () => {
    expect(applyPatch({ a: { b: 1, c: [1, 2] }, d: 1 }, { a: { c: [3] } })).toEqual({ a: { b: 1, c: [3] }, d: 1 });
    expect(applyPatch({ a: { b: 1 } }, { a: null })).toEqual({ a: null });
  });
});
