import { CAVEATS, type Caveat } from '../document.js';
import type { Classification } from '../principal.js';
import type { CableErrorCode } from './cable.js';

const LEVEL_BY_CODE: Readonly<Record<string, Classification>> = {
  U: 'UNCLASSIFIED',
  SBU: 'SBU',
  C: 'CONFIDENTIAL',
  S: 'SECRET',
};

/** Abbreviations allowed after the slash in a portion mark. `N` is the SBU NOFORN shorthand `(SBU/N)`. */
const CAVEAT_BY_CODE: Readonly<Record<string, Caveat>> = {
  N: 'NOFORN',
  NF: 'NOFORN',
  NOFORN: 'NOFORN',
  NODIS: 'NODIS',
  EXDIS: 'EXDIS',
};

export type PortionMarkParse =
  | { readonly ok: true; readonly classification: Classification; readonly caveats: readonly Caveat[] }
  | { readonly ok: false; readonly code: CableErrorCode; readonly message: string };

/**
 * Reads the inside of a portion mark.
 *
 * @example
 *   parsePortionMark('C/NF') // { ok: true, classification: 'CONFIDENTIAL', caveats: ['NOFORN'] }
 *   parsePortionMark('TS')   // { ok: false, code: 'cable_malformed', ... }
 */
export function parsePortionMark(markText: string): PortionMarkParse {
  const [levelCode = '', ...caveatCodes] = markText.split('/');
  const classification = LEVEL_BY_CODE[levelCode];
  if (classification === undefined) {
    return { ok: false, code: 'cable_malformed', message: `unknown portion classification "${levelCode}" in (${markText}); expected U, SBU, C or S` };
  }
  const caveats = new Set<Caveat>();
  for (const code of caveatCodes) {
    const caveat = CAVEAT_BY_CODE[code];
    if (caveat === undefined) {
      return { ok: false, code: 'unknown_caveat', message: `unknown caveat "${code}" in portion mark (${markText})` };
    }
    caveats.add(caveat);
  }
  return { ok: true, classification, caveats: sortCaveats(caveats) };
}

/** Caveats in the canonical order of CAVEATS, without duplicates. */
export function sortCaveats(caveats: Iterable<Caveat>): Caveat[] {
  const present = new Set(caveats);
  return CAVEATS.filter((caveat) => present.has(caveat));
}
