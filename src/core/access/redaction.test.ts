import { describe, expect, it } from 'vitest';
import { caseFieldGroupOf, FIELD_GROUPS, type FieldGroup } from './field-groups.js';
import { isRedactedField, redact } from './redaction.js';

const record = {
  id: 'c1',
  reference: 'WP-2025-000001',
  fullName: 'A. B.',
  removalOrder: { authority: 'INA 240' },
  criminalRecord: null,
  vulnerabilities: ['diabetes'],
  detentionFacility: 'Facility 3',
  phone: '+1 555 0100',
  freeText: 'anything',
};

describe('redact', () => {
  it('keeps allowed groups and metadata, replaces the rest with a marker naming the group', () => {
    expect(redact(record, new Set<FieldGroup>(['identity', 'medical']), caseFieldGroupOf)).toEqual({
      id: 'c1',
      reference: 'WP-2025-000001',
      fullName: 'A. B.',
      removalOrder: { redacted: true, group: 'immigration_history' },
      criminalRecord: { redacted: true, group: 'criminal_allegations' },
      vulnerabilities: ['diabetes'],
      detentionFacility: { redacted: true, group: 'location' },
      phone: { redacted: true, group: 'contact' },
      freeText: { redacted: true, group: 'undeclared' },
    });
  });

  it('redacts even a null value, so absence of a fact is not disclosed either', () => {
    expect(redact({ criminalRecord: null }, new Set(), caseFieldGroupOf)).toEqual({
      criminalRecord: { redacted: true, group: 'criminal_allegations' },
    });
  });

  it('with every group allowed, leaves declared fields untouched and still hides undeclared ones', () => {
    const result = redact(record, new Set(FIELD_GROUPS), caseFieldGroupOf);
    expect(Object.entries(result).filter(([, value]) => isRedactedField(value))).toEqual([
      ['freeText', { redacted: true, group: 'undeclared' }],
    ]);
  });

  it('does not change its input', () => {
    const input = { phone: '1' };
    redact(input, new Set(), caseFieldGroupOf);
    expect(input).toEqual({ phone: '1' });
  });
});

describe('isRedactedField', () => {
  it('recognises only the marker', () => {
    expect(isRedactedField({ redacted: true, group: 'medical' })).toBe(true);
    expect(isRedactedField({ redacted: 'true' })).toBe(false);
    expect(isRedactedField(null)).toBe(false);
    expect(isRedactedField('redacted')).toBe(false);
  });
});
