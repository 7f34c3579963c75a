import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { TRANSFER_STATUSES, type TransferStatus } from '../transfer.js';
import { boardingsNotOnManifest, reconcileBoarding } from './boarding-reconciliation.js';
import { assertDepartureWindowOpen } from './departure-window.js';
import { manifestIneligibility } from './manifest-eligibility.js';
import { buildManifestSnapshot } from './manifest-snapshot.js';
import { assertManifestEditable, planTransferStep, TRANSFER_STEPS, type TransferStep } from './transfer-lifecycle.js';
import { planWelfareChecks } from './welfare-schedule.js';

function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof AppError ? error.code : 'not an AppError';
  }
}

describe('transfer lifecycle', () => {
  it('allows exactly these steps (status × step matrix)', () => {
    const allowed: string[] = [];
    for (const status of TRANSFER_STATUSES) {
      for (const step of TRANSFER_STEPS) {
        const code = codeOf(() => planTransferStep(status, step));
        if (code === null) allowed.push(`${status}:${step}->${planTransferStep(status, step)}`);
        else expect(code).toBe('transfer_step_not_allowed');
      }
    }
    expect(allowed).toEqual([
      'planned:lock->manifest_locked',
      'planned:cancel->cancelled',
      'manifest_locked:depart->departed',
      'manifest_locked:cancel->cancelled',
      'departed:arrive->arrived',
      'arrived:close->closed',
    ]);
  });

  it('edits the manifest only while planned', () => {
    const editable = TRANSFER_STATUSES.filter((status: TransferStatus) => codeOf(() => assertManifestEditable(status)) === null);
    expect(editable).toEqual(['planned']);
    const step: TransferStep = 'arrive';
    expect(codeOf(() => planTransferStep('arrived', step))).toBe('transfer_step_not_allowed');
  });
});

describe('manifest eligibility', () => {
  const transfer = { id: 't1', agreementId: 'a1', scheduledDeparture: '2025-08-05T12:00:00.000Z' };
  const base = { caseId: 'c1', state: 'cleared' as const, agreementId: 'a1', earliestDepartureAt: '2025-08-05T12:00:00.000Z', openTransferId: null };
  it('accepts a cleared case of the agreement free to depart at the scheduled instant', () => {
    expect(manifestIneligibility(base, transfer)).toEqual([]);
    expect(manifestIneligibility({ ...base, openTransferId: 't1' }, transfer)).toEqual([]);
  });
  it('lists every reason', () => {
    expect(manifestIneligibility({ ...base, state: 'notice_served', agreementId: 'a2', earliestDepartureAt: '2025-08-05T12:00:00.001Z', openTransferId: 't2' }, transfer)).toEqual([
      'not_cleared',
      'other_agreement',
      'departs_too_early',
      'on_another_transfer',
    ]);
    expect(manifestIneligibility({ ...base, earliestDepartureAt: null }, transfer)).toEqual(['no_earliest_departure']);
  });
});

describe('manifest snapshot', () => {
  it('orders entries by case id and lists distinct rule-set hashes', () => {
    const entry = (caseId: string, ruleSetHash: string) => ({ caseId, decisionId: `d-${caseId}`, ruleSetId: 'uk', ruleSetHash, factsHash: 'f'.repeat(64) });
    const snapshot = buildManifestSnapshot({
      transferId: 't1',
      reference: 'TR-1',
      agreementId: 'a1',
      scheduledDeparture: '2025-08-05T12:00:00.000Z',
      lockedAt: '2025-08-04T12:00:00.000Z',
      lockedBy: 'user:supervisor',
      entries: [entry('c', 'h2'), entry('a', 'h1'), entry('b', 'h2')],
    });
    expect(snapshot.entries.map((e) => e.caseId)).toEqual(['a', 'b', 'c']);
    expect(snapshot.ruleSetHashes).toEqual(['h1', 'h2']);
    expect([snapshot.snapshotVersion, snapshot.evaluatedAt]).toEqual([1, '2025-08-05T12:00:00.000Z']);
  });
});

describe('boarding reconciliation', () => {
  it('lists boarded, not boarded and removed', () => {
    expect(reconcileBoarding({ manifest: ['d', 'a', 'b', 'c'], removedAtDeparture: ['c'], boarded: ['a', 'd'] })).toEqual({ boarded: ['a', 'd'], notBoarded: ['b'], removedAtDeparture: ['c'] });
  });
  it('refuses boardings of cases not on the manifest or removed at departure', () => {
    expect(boardingsNotOnManifest({ manifest: ['a', 'c'], removedAtDeparture: ['c'], requested: ['a', 'x', 'c', 'x'] })).toEqual(['c', 'x']);
    expect(boardingsNotOnManifest({ manifest: ['a'], removedAtDeparture: [], requested: ['a'] })).toEqual([]);
  });
});

describe('departure window', () => {
  it('opens 6 hours before by default, a parameter otherwise', () => {
    expect(codeOf(() => assertDepartureWindowOpen('2025-08-05T05:59:59.999Z', '2025-08-05T12:00:00.000Z'))).toBe('departure_window_not_open');
    expect(codeOf(() => assertDepartureWindowOpen('2025-08-05T06:00:00.000Z', '2025-08-05T12:00:00.000Z'))).toBeNull();
    expect(codeOf(() => assertDepartureWindowOpen('2025-08-05T06:00:00.000Z', '2025-08-05T12:00:00.000Z', 2))).toBe('departure_window_not_open');
    expect(codeOf(() => assertDepartureWindowOpen('2025-08-09T00:00:00.000Z', '2025-08-05T12:00:00.000Z'))).toBeNull();
  });
});

describe('welfare schedule', () => {
  it('unions the agreement, assurances and monitoring plan by day', () => {
    expect(planWelfareChecks('2025-08-03T00:00:00.000Z', { agreement: [90, 30], assurances: [[30, 180]], monitoringPlan: [90] })).toEqual([
      { dayOffset: 30, dueAt: '2025-09-02T00:00:00.000Z', sources: ['agreement', 'assurance'] },
      { dayOffset: 90, dueAt: '2025-11-01T00:00:00.000Z', sources: ['agreement', 'monitoring_plan'] },
      { dayOffset: 180, dueAt: '2026-01-30T00:00:00.000Z', sources: ['assurance'] },
    ]);
    expect(planWelfareChecks('2025-08-03T00:00:00.000Z', { agreement: [], assurances: [], monitoringPlan: null })).toEqual([]);
  });
});
