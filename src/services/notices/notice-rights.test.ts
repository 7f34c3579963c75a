import { describe, expect, it } from 'vitest';
import { resolveRuleSet } from '../../core/rulesets/resolve-rule-set.js';
import { noticeRightsFor } from './notice-rights.js';

describe('noticeRightsFor', () => {
  it('tells a person removed by the United States how to contest in court, under every US rule set', () => {
    for (const id of ['us-ice-2025-07', 'us-dvd-strict', 'us-alien-enemies']) {
      expect({ id, contest: noticeRightsFor(resolveRuleSet(id), 'tell the officer.').contestInCourt }).toEqual({ id, contest: true });
    }
  });

  it('does not name a US federal court under a rule set of another state', () => {
    expect(noticeRightsFor(resolveRuleSet('uk'), 'tell the officer.').contestInCourt).toBe(false);
  });

  it('gives the longest wait any notice safeguard imposes (Alien Enemies Act days count in hours)', () => {
    const aea = resolveRuleSet('us-alien-enemies');
    const days = aea.safeguards.find((safeguard) => safeguard.id === 'US-AEA-NOTICE')?.parameters['noticeDays'];
    expect(days).toBeGreaterThan(0);
    expect(noticeRightsFor(aea, 'x').hoursBeforeRemoval).toBeGreaterThanOrEqual((days ?? 0) * 24);
  });
});
