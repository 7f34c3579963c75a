/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import type { Caveat } from '../document.js';
import { classificationRank, type Classification } from '../principal.js';
import type { PortionMark } from './cable.js';
import { parseCableOrThrow } from './cable-parser.js';
import { formatPortionMark, overallClassification, redactPortions, withheldNotice, type PortionedParagraph } from './portion-redaction.js';
import kigaliMarch13 from '../../../demo/cables/2025-03-13-kigali-tcn-acceptance.txt?raw';

interface Reader {
  readonly clearance: Classification;
  readonly foreign: boolean;
  readonly distribution: ReadonlySet<'NODIS' | 'EXDIS'>;
}

/** The simple stand-in for the Cedar decision that the brief describes. */
function simplePolicy(reader: Reader): (portion: PortionMark) => boolean {
  return (portion) =>
    classificationRank(reader.clearance) >= classificationRank(portion.classification) &&
    !(portion.caveats.includes('NOFORN') && reader.foreign) &&
    !(portion.caveats.includes('NODIS') && !reader.distribution.has('NODIS')) &&
    !(portion.caveats.includes('EXDIS') && !reader.distribution.has('EXDIS'));
}

const LEVELS = [
  ['U', 'UNCLASSIFIED'],
  ['SBU', 'SBU'],
  ['C', 'CONFIDENTIAL'],
  ['S', 'SECRET'],
] as const;
const CAVEAT_CASES: ReadonlyArray<Caveat | ''> = ['', 'NOFORN', 'NODIS', 'EXDIS', 'SIPDIS'];

/** One paragraph per level × caveat, labelled like `C/NODIS`. */
const matrix: Array<PortionedParagraph & { label: string }> = LEVELS.flatMap(([code, classification]) =>
  CAVEAT_CASES.map((caveat) => ({ code, classification, caveat })),
).map(({ code, classification, caveat }, index) => ({
  number: index + 1,
  label: caveat === '' ? code : `${code}/${caveat}`,
  portion: { classification, caveats: caveat === '' ? [] : [caveat] },
  text: `text ${index + 1}`,
}));

const LEVELS_SEEN: Record<Classification, string[]> = {
  UNCLASSIFIED: ['U'],
  SBU: ['U', 'SBU'],
  CONFIDENTIAL: ['U', 'SBU', 'C'],
  SECRET: ['U', 'SBU', 'C', 'S'],
};

const READER_KINDS = [
  { kind: 'domestic without distribution', foreign: false, distribution: new Set<'NODIS' | 'EXDIS'>(), caveatsSeen: ['', 'NOFORN', 'SIPDIS'] },
  { kind: 'foreign official', foreign: true, distribution: new Set<'NODIS' | 'EXDIS'>(), caveatsSeen: ['', 'SIPDIS'] },
  { kind: 'domestic on the NODIS list', foreign: false, distribution: new Set<'NODIS' | 'EXDIS'>(['NODIS']), caveatsSeen: ['', 'NOFORN', 'NODIS', 'SIPDIS'] },
  { kind: 'domestic on the EXDIS list', foreign: false, distribution: new Set<'NODIS' | 'EXDIS'>(['EXDIS']), caveatsSeen: ['', 'NOFORN', 'EXDIS', 'SIPDIS'] },
] as const;

describe('redactPortions: every clearance × caveat × reader kind', () => {
  for (const clearance of ['UNCLASSIFIED', 'SBU', 'CONFIDENTIAL', 'SECRET'] as const) {
    for (const readerKind of READER_KINDS) {
      it(`${clearance} ${readerKind.kind}`, () => {
        const view = redactPortions(matrix, simplePolicy({ clearance, foreign: readerKind.foreign, distribution: readerKind.distribution }));
        const expectedVisible = LEVELS_SEEN[clearance].flatMap((code) => readerKind.caveatsSeen.map((caveat) => (caveat === '' ? code : `${code}/${caveat}`)));
        const visibleLabels = view.paragraphs.filter((paragraph) => paragraph.visible).map((paragraph) => matrix[paragraph.number - 1]?.label);
        expect(visibleLabels).toEqual(expectedVisible);
        for (const paragraph of view.paragraphs) {
          const source = matrix[paragraph.number - 1];
          expect(paragraph.text).toBe(paragraph.visible ? source?.text : `[paragraph ${paragraph.number} withheld: ${source?.portion.classification ?? ''}]`);
        }
        expect(view.withheldNumbers.length).toBe(20 - expectedVisible.length);
        expect(view.overallClassification).toBe('SECRET');
        expect(view.overallCaveats).toEqual(['NOFORN', 'NODIS', 'EXDIS', 'SIPDIS']);
      });
    }
  }
});

describe('redactPortions on a parsed cable', () => {
  const cable = parseCableOrThrow(kigaliMarch13);

  it('shows a CONFIDENTIAL foreign reader everything but the NOFORN paragraph', () => {
    const view = redactPortions(cable.paragraphs, simplePolicy({ clearance: 'CONFIDENTIAL', foreign: true, distribution: new Set() }));
    expect(view.withheldNumbers).toEqual([4]);
    expect(view.text.split('\n\n').map((block) => block.slice(0, 40))).toEqual([
      '1. (U) ILLUSTRATIVE CABLE WRITTEN FOR TH',
      '2. (SBU) Summary: Senior officials of th',
      '3. (C) The ministry described the offer ',
      '[paragraph 4 withheld: CONFIDENTIAL]',
      '5. (U) Post recommends that press inquir',
    ]);
    expect(view.overallClassification).toBe('CONFIDENTIAL');
  });

  it('shows an SBU reader only U and SBU, and still reports the overall level', () => {
    const view = redactPortions(cable.paragraphs, simplePolicy({ clearance: 'SBU', foreign: false, distribution: new Set() }));
    expect(view.withheldNumbers).toEqual([3, 4]);
    expect(view.text).toContain('[paragraph 3 withheld: CONFIDENTIAL]\n\n[paragraph 4 withheld: CONFIDENTIAL]');
    expect(view.text).not.toContain('one-time payment');
    expect(view.overallClassification).toBe('CONFIDENTIAL');
  });
});

describe('helpers', () => {
  it('withheldNotice names the number and level only', () => {
    expect(withheldNotice(7, 'SECRET')).toBe('[paragraph 7 withheld: SECRET]');
  });

  it('overallClassification is the highest portion, UNCLASSIFIED when empty', () => {
    expect(overallClassification([])).toBe('UNCLASSIFIED');
    expect(overallClassification([{ classification: 'SBU', caveats: [] }, { classification: 'UNCLASSIFIED', caveats: [] }])).toBe('SBU');
    expect(overallClassification([{ classification: 'SECRET', caveats: [] }, { classification: 'CONFIDENTIAL', caveats: ['NOFORN'] }])).toBe('SECRET');
  });

  it('formatPortionMark writes telegram marks', () => {
    expect(formatPortionMark({ classification: 'UNCLASSIFIED', caveats: [] })).toBe('U');
    expect(formatPortionMark({ classification: 'SBU', caveats: ['NOFORN'] })).toBe('SBU/N');
    expect(formatPortionMark({ classification: 'CONFIDENTIAL', caveats: ['NOFORN'] })).toBe('C/NF');
    expect(formatPortionMark({ classification: 'SECRET', caveats: ['NOFORN', 'NODIS'] })).toBe('S/NF');
    expect(formatPortionMark({ classification: 'SECRET', caveats: ['EXDIS'] })).toBe('S');
  });
});
