/**
 * Boarding against the manifest. The manifest (after the departure gate) is what may board; a
 * boarding of anyone else is refused, never recorded. Reconciliation lists the differences.
 */
export interface BoardingReconciliation {
  /** On the manifest at departure and recorded as boarded. */
  readonly boarded: readonly string[];
  /** On the manifest at departure but not (yet) recorded as boarded. */
  readonly notBoarded: readonly string[];
  /** Taken off at the departure gate (never boardable). */
  readonly removedAtDeparture: readonly string[];
}

/**
 * The difference between manifest, departure removals and boardings (case ids, sorted).
 *
 * @example reconcileBoarding({ manifest: ['a', 'b', 'c'], removedAtDeparture: ['c'], boarded: ['a'] }).notBoarded // ['b']
 */
export function reconcileBoarding(input: { readonly manifest: readonly string[]; readonly removedAtDeparture: readonly string[]; readonly boarded: readonly string[] }): BoardingReconciliation {
  const removed = new Set(input.removedAtDeparture);
  const boarded = new Set(input.boarded);
  const boardable = input.manifest.filter((id) => !removed.has(id));
  return {
    boarded: boardable.filter((id) => boarded.has(id)).sort(),
    notBoarded: boardable.filter((id) => !boarded.has(id)).sort(),
    removedAtDeparture: [...removed].sort(),
  };
}

/**
 * The requested boardings that are not allowed: not on the manifest, or removed at departure.
 *
 * @example boardingsNotOnManifest({ manifest: ['a'], removedAtDeparture: [], requested: ['a', 'x'] }) // ['x']
 */
export function boardingsNotOnManifest(input: { readonly manifest: readonly string[]; readonly removedAtDeparture: readonly string[]; readonly requested: readonly string[] }): string[] {
  const removed = new Set(input.removedAtDeparture);
  const allowed = new Set(input.manifest.filter((id) => !removed.has(id)));
  return [...new Set(input.requested.filter((id) => !allowed.has(id)))].sort();
}
