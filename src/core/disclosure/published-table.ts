import type { DisclosureParameters } from './disclosure-parameters.js';

/**
 * One number as the public sees it. Suppressed entries carry no reason: saying
 * "primary" would tell the reader the value is below the threshold.
 * WARNING: stored JSON shape of report releases; change only additively.
 */
export type PublishedValue =
  | { readonly status: 'published'; readonly value: number }
  | { readonly status: 'suppressed' };

/** A protected table, ready for HTML, CSV, JSON and PDF rendering. */
export interface PublishedTable {
  readonly rowLabels: readonly string[];
  readonly columnLabels: readonly string[];
  readonly cells: readonly (readonly PublishedValue[])[];
  readonly rowTotals: readonly PublishedValue[];
  readonly columnTotals: readonly PublishedValue[];
  readonly grandTotal: PublishedValue;
  readonly parameters: DisclosureParameters;
}
