import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { DEFAULT_RULE_SET_ID, RULE_SET_PROFILES } from './profiles.js';
import { resolveRuleSet, withParameters } from './resolve-rule-set.js';
import { ruleSetContent } from './rule-set-content.js';
import { resolveParameters } from './rule-set-parameters.js';

function codeOf(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('resolveRuleSet', () => {
  it('knows the five profiles', () => {
    expect(RULE_SET_PROFILES.map((p) => p.id)).toEqual(['us-ice-2025-07', 'us-dvd-strict', 'us-alien-enemies', 'uk', 'unhcr-transfer-2013']);
    for (const profile of RULE_SET_PROFILES) expect(resolveRuleSet(profile.id).profiles).toEqual([{ id: profile.id, version: 1 }]);
  });

  it('resolves the default combination as the union, in catalogue order', () => {
    const ruleSet = resolveRuleSet(DEFAULT_RULE_SET_ID);
    expect(ruleSet.safeguards.map((s) => s.id)).toEqual([
      'US-ORDER-FINAL',
      'US-DESIGNATION-SEQUENCE',
      'US-THIRD-COUNTRY-FLAG',
      'US-PROTECTION-COUNTRY-SPECIFIC',
      'US-ASSURANCES',
      'US-NOTICE-ICE-2025',
      'US-DVD-STRICT',
      'US-STAY',
      'INTL-TRANSFER-STANDARDS',
      'INTL-VULNERABLE',
      'AGREEMENT-ACTIVE',
      'AGREEMENT-CAPACITY',
      'RECEIVING-CONSENT',
      'MONITORING',
    ]);
    expect(ruleSet.effectiveFrom).toBe('2025-04-18T00:00:00.000Z');
    expect(ruleSet.safeguards.find((s) => s.id === 'US-DVD-STRICT')?.parameters).toEqual({ fearWindowDays: 10, interviewNoticeHours: 72, reopeningDays: 15 });
  });

  it('fills defaults for parameters a profile does not set', () => {
    expect(resolveRuleSet('us-alien-enemies').safeguards.find((s) => s.id === 'US-AEA-NOTICE')?.parameters).toEqual({ noticeDays: 7 });
  });

  it('throws unknown_rule_set for an unknown or repeated profile', () => {
    expect(codeOf(() => resolveRuleSet('us-ice-2024'))).toBe('unknown_rule_set');
    expect(codeOf(() => resolveRuleSet('uk+uk'))).toBe('unknown_rule_set');
    expect(codeOf(() => resolveRuleSet(''))).toBe('unknown_rule_set');
  });
});

describe('parameters', () => {
  it('accepts values inside the declared range, boundaries included', () => {
    expect(resolveParameters('US-NOTICE-ICE-2025', { noticeHours: 720 })).toEqual({ noticeHours: 720, exigentNoticeHours: 6 });
    expect(resolveParameters('US-DVD-STRICT', { reopeningDays: 15 })).toEqual({ fearWindowDays: 10, interviewNoticeHours: 72, reopeningDays: 15 });
  });

  it('refuses values outside the range, fractions and undeclared names', () => {
    expect(codeOf(() => resolveParameters('US-NOTICE-ICE-2025', { noticeHours: 23 }))).toBe('parameter_out_of_range');
    expect(codeOf(() => resolveParameters('US-NOTICE-ICE-2025', { noticeHours: 721 }))).toBe('parameter_out_of_range');
    expect(codeOf(() => resolveParameters('US-DVD-STRICT', { reopeningDays: 14.5 }))).toBe('parameter_out_of_range');
    expect(codeOf(() => resolveParameters('US-STAY', { days: 1 }))).toBe('parameter_out_of_range');
  });

  it('withParameters amends one safeguard and changes the content', () => {
    const base = resolveRuleSet('us-ice-2025-07');
    const amended = withParameters(base, 'US-NOTICE-ICE-2025', { noticeHours: 48 });
    expect(amended.safeguards.find((s) => s.id === 'US-NOTICE-ICE-2025')?.parameters).toEqual({ noticeHours: 48, exigentNoticeHours: 6 });
    expect(ruleSetContent(amended)).not.toBe(ruleSetContent(base));
    expect(codeOf(() => withParameters(base, 'US-NOTICE-ICE-2025', { exigentNoticeHours: 2 }))).toBe('parameter_out_of_range');
    expect(codeOf(() => withParameters(base, 'US-DVD-STRICT', { reopeningDays: 30 }))).toBe('unknown_rule_set');
  });
});

describe('ruleSetContent', () => {
  it('is canonical JSON, identical for identical rule sets', () => {
    const content = ruleSetContent(resolveRuleSet('uk'));
    expect(content).toBe(ruleSetContent(resolveRuleSet('uk')));
    expect(content.startsWith('{"contentFormat":1,"effectiveFrom":null,"effectiveTo":null,"id":"uk","profiles":[{"id":"uk","version":1}],"safeguards":[{"id":"UK-NON-REFOULEMENT","parameters":{}}')).toBe(true);
  });
});
