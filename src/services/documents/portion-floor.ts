import type { PortionMark } from '../../core/documents/cable.js';
import { sortCaveats } from '../../core/documents/portion-mark.js';
import type { Caveat } from '../../core/document.js';
import { CLASSIFICATIONS, classificationRank, type Classification } from '../../core/principal.js';

/**
 * What a reader needs to open a document at all: the lowest portion level and
 * the caveats on every portion. A document without portions (a PDF upload)
 * takes its own level and caveats.
 *
 * @example
 *   portionFloor([{ classification: 'UNCLASSIFIED', caveats: ['NODIS'] }, { classification: 'SECRET', caveats: ['NODIS', 'NOFORN'] }], 'SECRET', [])
 *   // { floorClassification: 'UNCLASSIFIED', bindingCaveats: ['NODIS'] }
 */
export function portionFloor(
  portions: readonly PortionMark[],
  documentClassification: Classification,
  documentCaveats: readonly Caveat[],
): { readonly floorClassification: Classification; readonly bindingCaveats: Caveat[] } {
  const [first, ...rest] = portions;
  if (first === undefined) return { floorClassification: documentClassification, bindingCaveats: sortCaveats(documentCaveats) };
  let lowest = classificationRank(first.classification);
  let binding = new Set<Caveat>(first.caveats);
  for (const portion of rest) {
    lowest = Math.min(lowest, classificationRank(portion.classification));
    binding = new Set(portion.caveats.filter((caveat) => binding.has(caveat)));
  }
  return { floorClassification: CLASSIFICATIONS[lowest] ?? 'UNCLASSIFIED', bindingCaveats: sortCaveats(binding) };
}
