import { describe, expect, it } from 'vitest';
import type { Decision } from './decision.js';
import { DecisionMemo } from './decision-memo.js';

const allow: Decision = { allowed: true, reason: 'permitted', policyIds: ['p'], errors: [], breakGlass: false };
const deny: Decision = { allowed: false, reason: 'no_permit', policyIds: [], errors: [], breakGlass: false };

describe('DecisionMemo', () => {
  it('evicts the least recently used entry when full', () => {
    const memo = new DecisionMemo(2);
    memo.set('a', allow);
    memo.set('b', deny);
    expect(memo.get('a')).toBe(allow); // a is now the most recent
    memo.set('c', allow);
    expect(memo.get('b')).toBeUndefined();
    expect(memo.get('a')).toBe(allow);
    expect(memo.get('c')).toBe(allow);
    expect(memo.size).toBe(2);
  });

  it('remembers nothing with capacity 0', () => {
    const memo = new DecisionMemo(0);
    memo.set('a', allow);
    expect(memo.get('a')).toBeUndefined();
    expect(memo.size).toBe(0);
  });
});
