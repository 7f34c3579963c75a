import { AppError } from '../../core/errors.js';
import type { CapacityCounts } from '../../core/ledger/capacity.js';

/** The 409 a full agreement answers with: which agreement and its numbers. */
export function capacityExhausted(agreementCode: string, counts: CapacityCounts): AppError {
  return new AppError(
    'capacity_exhausted',
    `agreement ${agreementCode} is full: capacity ${counts.capacity ?? 'unlimited'}, ${counts.reserved} reserved, ${counts.consumed} consumed`,
    { agreement: agreementCode, capacity: counts.capacity, reserved: counts.reserved, consumed: counts.consumed, free: 0 },
  );
}
