import { describe, expect, it } from 'vitest';
import { ACTION_RESOURCE_TYPE, ACTIONS, actionsForResourceType, isAction, isWriteAction, RESOURCE_TYPES, WRITE_ACTIONS } from './actions.js';

describe('actions', () => {
  it('has unique ids, each applying to a known resource type', () => {
    expect(new Set(ACTIONS).size).toBe(ACTIONS.length);
    for (const action of ACTIONS) expect(RESOURCE_TYPES).toContain(ACTION_RESOURCE_TYPE[action]);
  });

  it('lists the candidate abilities of a case in ACTIONS order', () => {
    expect(actionsForResourceType('Transfer')).toEqual([
      'transfer:read',
      'transfer:write',
      'manifest:lock',
      'transfer:depart',
      'transfer:confirm-arrival',
    ]);
  });

  it('classifies writes; reads, exports and audit verification are not writes', () => {
    expect(WRITE_ACTIONS.every((action) => isWriteAction(action))).toBe(true);
    expect(isWriteAction('case:export')).toBe(false);
    expect(isWriteAction('audit:verify')).toBe(false);
    expect(isWriteAction('case:break-glass')).toBe(true);
  });

  it('recognises action ids', () => {
    expect(isAction('case:read')).toBe(true);
    expect(isAction('case:delete')).toBe(false);
  });
});
