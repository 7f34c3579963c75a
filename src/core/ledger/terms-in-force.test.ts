import { describe, expect, it } from 'vitest';
import { emptyTerms, type AgreementTerms } from '../agreement.js';
import { agreementStatusTimeline, dayAfter } from './status-timeline.js';
import { statusOn, termsInForce, type AgreementStatusEntry, type DatedTermsVersion } from './terms-in-force.js';

function termsWithCapacity(total: number): AgreementTerms {
  return { ...emptyTerms(), capacity: { total, perTransfer: null } };
}

const VERSIONS: DatedTermsVersion[] = [
  { versionNo: 1, effectiveFrom: '2025-03-13', terms: termsWithCapacity(10) },
  { versionNo: 2, effectiveFrom: '2025-09-01', terms: termsWithCapacity(25) },
  { versionNo: 3, effectiveFrom: '2026-01-01', terms: termsWithCapacity(40) },
];

const ACTIVE_THEN_SUSPENDED: AgreementStatusEntry[] = [
  { status: 'active', effectiveOn: '2025-03-13' },
  { status: 'suspended', effectiveOn: '2025-10-01' },
  { status: 'active', effectiveOn: '2025-11-15' },
  { status: 'terminated', effectiveOn: '2026-06-30' },
];

function capacityOn(date: string): number | null | undefined {
  return termsInForce(VERSIONS, ACTIVE_THEN_SUSPENDED, date)?.terms.capacity.total;
}

describe('termsInForce', () => {
  it('has nothing in force before the agreement takes effect', () => {
    expect(termsInForce(VERSIONS, ACTIVE_THEN_SUSPENDED, '2025-03-12')).toBeNull();
  });

  it('applies the first version from its effective day, inclusive', () => {
    expect(capacityOn('2025-03-13')).toBe(10);
    expect(capacityOn('2025-08-31')).toBe(10);
  });

  it('switches to an amendment on its effective date', () => {
    expect(capacityOn('2025-09-01')).toBe(25);
    expect(termsInForce(VERSIONS, ACTIVE_THEN_SUSPENDED, '2025-09-30')?.versionNo).toBe(2);
  });

  it('has no terms in force on any day of a suspension, and the amended terms again after it', () => {
    expect(capacityOn('2025-10-01')).toBeUndefined();
    expect(capacityOn('2025-11-14')).toBeUndefined();
    expect(capacityOn('2025-11-15')).toBe(25);
  });

  it('applies an amendment that took effect during the suspension once it is lifted', () => {
    const versions = [...VERSIONS, { versionNo: 4, effectiveFrom: '2025-10-15', terms: termsWithCapacity(12) }];
    expect(termsInForce(versions, ACTIVE_THEN_SUSPENDED, '2025-10-20')).toBeNull();
    expect(termsInForce(versions, ACTIVE_THEN_SUSPENDED, '2025-11-15')?.versionNo).toBe(4);
  });

  it('has nothing in force from the termination date on', () => {
    expect(capacityOn('2026-06-29')).toBe(40);
    expect(capacityOn('2026-06-30')).toBeUndefined();
    expect(capacityOn('2030-01-01')).toBeUndefined();
  });

  it('prefers the higher version when two take effect on the same day', () => {
    const versions = [...VERSIONS, { versionNo: 5, effectiveFrom: '2025-09-01', terms: termsWithCapacity(30) }];
    expect(termsInForce(versions, ACTIVE_THEN_SUSPENDED, '2025-09-02')?.versionNo).toBe(5);
  });

  it('has nothing in force while proposed or negotiating', () => {
    const history: AgreementStatusEntry[] = [
      { status: 'proposed', effectiveOn: '2025-01-01' },
      { status: 'negotiating', effectiveOn: '2025-02-01' },
      { status: 'active', effectiveOn: '2025-04-01' },
    ];
    expect(termsInForce(VERSIONS, history, '2025-03-20')).toBeNull();
    expect(termsInForce(VERSIONS, history, '2025-04-01')?.versionNo).toBe(1);
  });
});

describe('statusOn', () => {
  it('lets the later of two same-day entries win', () => {
    const history: AgreementStatusEntry[] = [
      { status: 'active', effectiveOn: '2025-03-13' },
      { status: 'suspended', effectiveOn: '2025-05-01' },
      { status: 'active', effectiveOn: '2025-05-01' },
    ];
    expect(statusOn(history, '2025-05-01')).toBe('active');
    expect(statusOn(history, '2025-03-12')).toBeNull();
  });
});

describe('agreementStatusTimeline', () => {
  const createdAt = '2026-01-15T12:00:00.000Z';

  it('starts with the recorded status from the effective date', () => {
    expect(agreementStatusTimeline({ status: 'active', effectiveFrom: '2025-03-13', effectiveTo: null, createdAt }, [])).toEqual([{ status: 'active', effectiveOn: '2025-03-13' }]);
  });

  it('starts from the creation day without an effective date, and from the first change’s former status', () => {
    expect(
      agreementStatusTimeline({ status: 'suspended', effectiveFrom: null, effectiveTo: null, createdAt }, [
        { fromStatus: 'negotiating', toStatus: 'active', effectiveOn: '2026-02-01' },
        { fromStatus: 'active', toStatus: 'suspended', effectiveOn: '2026-03-01' },
      ]),
    ).toEqual([
      { status: 'negotiating', effectiveOn: '2026-01-15' },
      { status: 'active', effectiveOn: '2026-02-01' },
      { status: 'suspended', effectiveOn: '2026-03-01' },
    ]);
  });

  it('ends the agreement the day after its stated end date', () => {
    const timeline = agreementStatusTimeline({ status: 'active', effectiveFrom: '2025-02-01', effectiveTo: '2025-12-31', createdAt }, []);
    expect(timeline).toEqual([
      { status: 'active', effectiveOn: '2025-02-01' },
      { status: 'terminated', effectiveOn: '2026-01-01' },
    ]);
    expect(termsInForce([{ versionNo: 1, effectiveFrom: '2025-02-01', terms: emptyTerms() }], timeline, '2025-12-31')?.versionNo).toBe(1);
    expect(termsInForce([{ versionNo: 1, effectiveFrom: '2025-02-01', terms: emptyTerms() }], timeline, '2026-01-01')).toBeNull();
  });

  it('computes the next day across month, year and leap-day boundaries', () => {
    expect(dayAfter('2024-02-28')).toBe('2024-02-29');
    expect(dayAfter('2025-02-28')).toBe('2025-03-01');
    expect(dayAfter('2025-12-31')).toBe('2026-01-01');
  });
});
