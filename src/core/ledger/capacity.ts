/**
 * Places on an agreement. `capacity` null means the terms state no cap.
 * The database holds the same invariant as a CHECK on agreement_capacity:
 * reserved + consumed ≤ capacity.
 */
export interface CapacityCounts {
  readonly capacity: number | null;
  readonly reserved: number;
  readonly consumed: number;
}

/**
 * Places still free, or null when there is no cap.
 *
 * @example freePlaces({ capacity: 10, reserved: 3, consumed: 5 }) === 2
 */
export function freePlaces(counts: CapacityCounts): number | null {
  return counts.capacity === null ? null : Math.max(0, counts.capacity - counts.reserved - counts.consumed);
}

/** True when one more place can be reserved. */
export function hasFreePlace(counts: CapacityCounts): boolean {
  const free = freePlaces(counts);
  return free === null || free > 0;
}

/**
 * True when a new total would still cover every place already promised
 * (reserved or consumed); amendments that lower capacity must pass this.
 *
 * @example coversCommitments(6, { capacity: 10, reserved: 2, consumed: 5 }) === false
 */
export function coversCommitments(newCapacity: number | null, counts: CapacityCounts): boolean {
  return newCapacity === null || newCapacity >= counts.reserved + counts.consumed;
}
