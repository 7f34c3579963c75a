import type { DisclosureParameters } from './disclosure-parameters.js';

/**
 * The method statement printed in every public report, so readers know what
 * was withheld, why, and how rounding affects totals.
 *
 * @example describeMethod({ threshold: 5, roundingBase: null }).startsWith('Counts from 1 to 4')
 */
export function describeMethod(parameters: DisclosureParameters): string {
  const { threshold, roundingBase } = parameters;
  const sentences = [
    `Counts from 1 to ${String(threshold - 1)} are suppressed (primary suppression, threshold ${String(threshold)}); ` +
      'this applies to row totals, column totals and the grand total as well as to cells.',
    'Further cells or totals are suppressed where needed (complementary suppression), choosing the smallest counts first, ' +
      'so that no suppressed number can be worked out from the published numbers by subtracting or combining ' +
      'row totals, column totals and the grand total; each suppressed count below the threshold remains uncertain ' +
      `over a range of at least ${String(threshold)} values.`,
    'Zeros are published as zeros; suppressed entries therefore stand for counts of 1 or more.',
    'Every release is checked by an exact calculation of the range an attacker could derive for each suppressed entry.',
  ];
  if (roundingBase !== null) {
    sentences.push(
      `All published numbers, totals included, are rounded independently to the nearest multiple of ${String(roundingBase)} ` +
        '(halves upward); zeros stay zero, and totals may therefore differ from the sum of the rounded cells.',
    );
  }
  sentences.push('Suppressed entries are shown as “–”.');
  return sentences.join(' ');
}
