/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { parseCable, parseCableOrThrow } from './cable-parser.js';
import type { CableError, ParsedCable } from './cable.js';
import kigaliMarch13 from '../../../demo/cables/2025-03-13-kigali-tcn-acceptance.txt?raw';
import kigaliApril22 from '../../../demo/cables/2025-04-22-kigali-after-action.txt?raw';
import kampalaCountryConditions from '../../../demo/cables/2025-05-06-kampala-country-conditions.txt?raw';
import stateAssurances from '../../../demo/cables/2025-06-02-state-assurances-instructions.txt?raw';
import kampalaMonitoring from '../../../demo/cables/2025-07-15-kampala-monitoring-visit.txt?raw';

function parsed(text: string): ParsedCable {
  const result = parseCable(text);
  if (!result.ok) throw new Error(`expected a cable, got ${JSON.stringify(result.errors)}`);
  return result.cable;
}

function errorsOf(text: string): Array<Pick<CableError, 'line' | 'code'>> {
  const result = parseCable(text);
  if (result.ok) throw new Error('expected errors, got a cable');
  return result.errors.map(({ line, code }) => ({ line, code }));
}

function messagesOf(text: string): string[] {
  const result = parseCable(text);
  return result.ok ? [] : result.errors.map((error) => error.message);
}

/** Replaces 1-based line `lineNumber`; '' blanks it so that the other line numbers stay put. */
function withLine(text: string, lineNumber: number, replacement: string): string {
  const lines = text.split('\n');
  lines[lineNumber - 1] = replacement;
  return lines.join('\n');
}

describe('parseCable on the shipped illustrative cables', () => {
  it('reads the March 13 Kigali cable header by header', () => {
    const cable = parsed(kigaliMarch13);
    expect({
      precedence: cable.precedence,
      precedenceName: cable.precedenceName,
      dateTimeGroup: cable.dateTimeGroup,
      sentAt: cable.sentAt,
      from: cable.from,
      to: cable.to,
      info: cable.info,
      classification: cable.classification,
      serial: cable.serial,
      caveats: cable.caveats,
      declassifyOn: cable.declassifyOn,
      subjectTags: cable.subjectTags,
      countryTags: cable.countryTags,
      subject: cable.subject,
      references: cable.references,
      classificationAuthority: cable.classificationAuthority,
      illustrative: cable.illustrative,
    }).toEqual({
      precedence: 'P',
      precedenceName: 'PRIORITY',
      dateTimeGroup: '131045Z MAR 25',
      sentAt: '2025-03-13T10:45:00.000Z',
      from: 'AMEMBASSY KIGALI',
      to: ['SECSTATE WASHDC PRIORITY 0123'],
      info: ['DEPT OF HOMELAND SECURITY WASHINGTON DC PRIORITY', 'AMEMBASSY KAMPALA'],
      classification: 'CONFIDENTIAL',
      serial: 'KIGALI 000123',
      caveats: ['NOFORN', 'SIPDIS'],
      declassifyOn: '2035-03-13',
      subjectTags: ['PREL', 'PREF', 'CVIS'],
      countryTags: ['RW', 'US'],
      subject: 'RWANDA SIGNALS WILLINGNESS TO ACCEPT THIRD-COUNTRY NATIONALS FROM THE UNITED STATES',
      references: [
        { label: 'A', citation: 'STATE 012345' },
        { label: 'B', citation: 'KIGALI 000098' },
      ],
      classificationAuthority: { classifiedBy: "Charge d'Affaires Jordan Q. Example", reasons: ['b', 'd'] },
      illustrative: true,
    });
    expect(cable.paragraphs.map((p) => [p.number, p.line, p.markText, p.portion.classification, p.portion.caveats])).toEqual([
      [1, 24, 'U', 'UNCLASSIFIED', []],
      [2, 27, 'SBU', 'SBU', []],
      [3, 32, 'C', 'CONFIDENTIAL', []],
      [4, 36, 'C/NF', 'CONFIDENTIAL', ['NOFORN']],
      [5, 40, 'U', 'UNCLASSIFIED', []],
    ]);
    expect(cable.paragraphs[0]?.text).toBe(
      'ILLUSTRATIVE CABLE WRITTEN FOR THE WAYPOINT PROJECT; NOT A REAL\nGOVERNMENT DOCUMENT. Names, numbers and statements are invented.',
    );
  });

  it('reads the April 22 Kigali cable as SBU (UNCLAS + SENSITIVE) with an SBU/N portion', () => {
    const cable = parsed(kigaliApril22);
    expect([cable.precedenceName, cable.sentAt, cable.classification, cable.caveats, cable.declassifyOn, cable.classificationAuthority]).toEqual([
      'ROUTINE',
      '2025-04-22T08:30:00.000Z',
      'SBU',
      ['NOFORN', 'SIPDIS'],
      null,
      null,
    ]);
    expect(cable.references).toEqual([{ label: null, citation: 'KIGALI 000123' }]);
    expect(cable.countryTags).toEqual(['RW', 'IQ', 'US']);
    expect(cable.paragraphs.map((p) => [p.markText, p.portion.classification, p.portion.caveats])).toEqual([
      ['U', 'UNCLASSIFIED', []],
      ['SBU', 'SBU', []],
      ['SBU', 'SBU', []],
      ['SBU/N', 'SBU', ['NOFORN']],
      ['U', 'UNCLASSIFIED', []],
    ]);
  });

  it('reads the unclassified SIPDIS cable without a Classified By line', () => {
    const cable = parsed(kampalaCountryConditions);
    expect([cable.classification, cable.caveats, cable.countryTags, cable.info, cable.paragraphs.length]).toEqual([
      'UNCLASSIFIED',
      ['SIPDIS'],
      ['UG'],
      ['AMEMBASSY KIGALI', 'AMEMBASSY NAIROBI'],
      3,
    ]);
  });

  it('binds NODIS to every portion of the SECRET NODIS cable', () => {
    const cable = parsed(stateAssurances);
    expect([cable.precedenceName, cable.classification, cable.caveats, cable.declassifyOn]).toEqual(['IMMEDIATE', 'SECRET', ['NOFORN', 'NODIS'], '2040-06-02']);
    expect(cable.classificationAuthority).toEqual({ classifiedBy: 'Deputy Assistant Secretary Casey R. Placeholder', reasons: ['b', 'c', 'd'] });
    expect(cable.paragraphs.map((p) => [p.markText, p.portion.classification, p.portion.caveats])).toEqual([
      ['U', 'UNCLASSIFIED', ['NODIS']],
      ['S', 'SECRET', ['NODIS']],
      ['C', 'CONFIDENTIAL', ['NODIS']],
      ['S/NF', 'SECRET', ['NOFORN', 'NODIS']],
    ]);
  });

  it('binds EXDIS to every portion of the CONFIDENTIAL EXDIS flash cable', () => {
    const cable = parsed(kampalaMonitoring);
    expect([cable.precedence, cable.precedenceName, cable.classification, cable.caveats]).toEqual(['Z', 'FLASH', 'CONFIDENTIAL', ['EXDIS']]);
    expect(cable.paragraphs.map((p) => p.portion.caveats)).toEqual([['EXDIS'], ['EXDIS'], ['EXDIS'], ['EXDIS']]);
  });

  it('marks every shipped cable illustrative, in a header comment and in paragraph 1', () => {
    for (const text of [kigaliMarch13, kigaliApril22, kampalaCountryConditions, stateAssurances, kampalaMonitoring]) {
      const cable = parsed(text);
      expect(cable.illustrative).toBe(true);
      expect(cable.headerComments[0]).toBe('ILLUSTRATIVE CABLE WRITTEN FOR THE WAYPOINT PROJECT. NOT A REAL GOVERNMENT DOCUMENT.');
      expect(cable.paragraphs[0]?.text.startsWith('ILLUSTRATIVE CABLE WRITTEN FOR THE WAYPOINT PROJECT; NOT A REAL')).toBe(true);
    }
  });

  it('covers every classification and every caveat across the shipped set', () => {
    const cables = [kigaliMarch13, kigaliApril22, kampalaCountryConditions, stateAssurances, kampalaMonitoring].map(parsed);
    expect(new Set(cables.map((cable) => cable.classification))).toEqual(new Set(['UNCLASSIFIED', 'SBU', 'CONFIDENTIAL', 'SECRET']));
    expect(new Set(cables.flatMap((cable) => cable.caveats))).toEqual(new Set(['NOFORN', 'NODIS', 'EXDIS', 'SIPDIS']));
  });

  it('reads CRLF line endings the same way', () => {
    expect(parsed(kigaliMarch13.replace(/\n/g, '\r\n'))).toEqual(parsed(kigaliMarch13));
  });

  it('accepts a Classified By line on an unclassified cable', () => {
    const cable = parsed(withLine(kampalaCountryConditions, 15, 'Classified By: Officer Pat Example, Reasons 1.4 (d)'));
    expect(cable.classificationAuthority).toEqual({ classifiedBy: 'Officer Pat Example', reasons: ['d'] });
  });
});

describe('parseCable on broken headers (March 13 cable, one line changed)', () => {
  const base = kigaliMarch13;
  const cases: Array<[string, number, string, Array<Pick<CableError, 'line' | 'code'>>, RegExp]> = [
    ['precedence missing', 3, '', [{ line: 4, code: 'cable_malformed' }], /missing precedence/],
    ['precedence without Z in the date-time group', 3, 'P 131045 MAR 25', [{ line: 3, code: 'cable_malformed' }], /malformed precedence line/],
    ['precedence letter unknown', 3, 'X 131045Z MAR 25', [{ line: 3, code: 'cable_malformed' }], /unknown precedence "X"/],
    ['date-time group with day 32', 3, 'P 321045Z MAR 25', [{ line: 3, code: 'cable_malformed' }], /invalid date-time group/],
    ['date-time group with hour 24', 3, 'P 132445Z MAR 25', [{ line: 3, code: 'cable_malformed' }], /invalid date-time group/],
    ['date-time group with unknown month', 3, 'P 131045Z MRZ 25', [{ line: 3, code: 'cable_malformed' }], /invalid date-time group/],
    ['FM missing', 4, '', [{ line: 5, code: 'cable_malformed' }], /missing FM line/],
    ['FM empty', 4, 'FM', [{ line: 4, code: 'cable_malformed' }], /malformed FM line/],
    ['TO missing', 5, '', [{ line: 6, code: 'cable_malformed' }], /missing TO line/],
    ['TO empty', 5, 'TO', [{ line: 5, code: 'cable_malformed' }], /malformed TO line/],
    ['INFO empty', 6, 'INFO', [{ line: 6, code: 'cable_malformed' }], /malformed INFO line/],
    ['classification line missing', 9, '', [{ line: 11, code: 'cable_malformed' }], /missing classification line/],
    ['classification line unknown', 9, 'TOP SECRET KIGALI 000123', [{ line: 9, code: 'cable_malformed' }], /malformed classification line/],
    ['unknown caption', 11, 'SIPDIS ORCON', [{ line: 11, code: 'unknown_caveat' }], /unknown caption "ORCON"/],
    ['SIPDIS with NODIS', 12, 'NOFORN NODIS', [{ line: 12, code: 'caveat_conflict' }], /SIPDIS may not be combined with NODIS/],
    ['SIPDIS with EXDIS', 12, 'NOFORN EXDIS', [{ line: 12, code: 'caveat_conflict' }], /SIPDIS may not be combined with EXDIS/],
    ['SENSITIVE on a CONFIDENTIAL cable', 12, 'NOFORN SENSITIVE', [{ line: 12, code: 'classification_contradiction' }], /only used on UNCLAS/],
    ['E.O. line missing', 14, '', [{ line: 15, code: 'cable_malformed' }], /missing E.O. line/],
    ['E.O. line without DECL colon', 14, 'E.O. 13526: DECL 2035', [{ line: 14, code: 'cable_malformed' }], /malformed E.O. line/],
    ['E.O. declassification date that does not exist', 14, 'E.O. 13526: DECL: 02/30/2035', [{ line: 14, code: 'cable_malformed' }], /invalid declassification date/],
    ['E.O. N/A on a classified cable', 14, 'E.O. 13526: N/A', [{ line: 14, code: 'cable_malformed' }], /needs "E.O. 13526: DECL/],
    ['TAGS missing', 15, '', [{ line: 16, code: 'cable_malformed' }], /missing TAGS line/],
    ['TAGS empty', 15, 'TAGS:', [{ line: 15, code: 'cable_malformed' }], /no tags/],
    ['TAGS with a malformed tag', 15, 'TAGS: PREL, PR3F, RW', [{ line: 15, code: 'cable_malformed' }], /malformed tag "PR3F"/],
    ['TAGS with an unknown country', 15, 'TAGS: PREL, QQ', [{ line: 15, code: 'cable_malformed' }], /malformed tag "QQ"/],
    ['REF with a malformed citation', 20, '     B. KIGALI', [{ line: 20, code: 'cable_malformed' }], /malformed reference "B. KIGALI"/],
    ['Classified By missing on a CONFIDENTIAL cable', 22, '', [{ line: 24, code: 'cable_malformed' }], /needs a "Classified By/],
    ['Classified By without reasons', 22, 'Classified By: Jordan Q. Example', [{ line: 22, code: 'cable_malformed' }], /malformed Classified By line/],
    ['paragraph without portion mark', 27, '2. Summary: Senior officials', [{ line: 27, code: 'cable_malformed' }], /paragraph 2 has no portion mark/],
    ['paragraph numbering gap', 40, '6. (U) Post recommends', [{ line: 40, code: 'cable_malformed' }], /expected paragraph 5, found 6/],
    ['portion mark with an unknown caveat', 32, '3. (C/ORCON) The ministry', [{ line: 32, code: 'unknown_caveat' }], /unknown caveat "ORCON" in portion mark \(C\/ORCON\)/],
    ['portion mark with an unknown level', 36, '4. (TS) Embassy assesses', [{ line: 36, code: 'cable_malformed' }], /unknown portion classification "TS"/],
    ['NOFORN portion without a NOFORN caption', 12, '', [{ line: 36, code: 'classification_contradiction' }], /marked NOFORN but the cable carries no NOFORN caption/],
    ['closing classification differs', 44, 'SECRET', [{ line: 44, code: 'classification_contradiction' }], /closing classification SECRET differs/],
  ];

  for (const [name, lineNumber, replacement, expected, message] of cases) {
    it(`${name} → line ${expected[0]?.line ?? '?'}`, () => {
      const broken = withLine(base, lineNumber, replacement);
      expect(errorsOf(broken)).toEqual(expected);
      expect(messagesOf(broken)[0]).toMatch(message);
    });
  }

  it('SUBJECT missing (both lines blanked) is reported at the next section', () => {
    const broken = withLine(withLine(base, 16, ''), 17, '');
    expect(errorsOf(broken)).toEqual([{ line: 19, code: 'cable_malformed' }]);
    expect(messagesOf(broken)).toEqual(['missing SUBJECT line']);
  });

  it('SUBJECT empty is reported on its own line', () => {
    const broken = withLine(withLine(base, 16, 'SUBJECT:'), 17, '');
    expect(errorsOf(broken)).toEqual([{ line: 16, code: 'cable_malformed' }]);
  });

  it('a classification line lower than the portions contradicts each higher portion and the closing line', () => {
    const broken = withLine(base, 9, 'UNCLAS KIGALI 000123');
    expect(errorsOf(broken)).toEqual([
      { line: 9, code: 'classification_contradiction' },
      { line: 9, code: 'classification_contradiction' },
      { line: 9, code: 'classification_contradiction' },
      { line: 44, code: 'classification_contradiction' },
    ]);
    expect(messagesOf(broken).slice(0, 3)).toEqual([
      'classification UNCLASSIFIED is lower than paragraph 2 marked (SBU)',
      'classification UNCLASSIFIED is lower than paragraph 3 marked (C)',
      'classification UNCLASSIFIED is lower than paragraph 4 marked (C/NF)',
    ]);
  });

  it('a SECRET portion in a CONFIDENTIAL cable is a contradiction', () => {
    expect(errorsOf(withLine(base, 32, '3. (S) The ministry'))).toEqual([{ line: 9, code: 'classification_contradiction' }]);
  });

  it('reports several independent errors at once, sorted by line, and no cable', () => {
    const broken = withLine(withLine(withLine(base, 4, 'FM'), 15, 'TAGS: 12'), 27, '2. no mark');
    expect(parseCable(broken).ok).toBe(false);
    expect(errorsOf(broken)).toEqual([
      { line: 4, code: 'cable_malformed' },
      { line: 15, code: 'cable_malformed' },
      { line: 27, code: 'cable_malformed' },
    ]);
  });

  it('rejects text that is not a cable at all', () => {
    expect(errorsOf('hello\nworld')).toEqual([
      { line: 1, code: 'cable_malformed' },
      { line: 1, code: 'cable_malformed' },
      { line: 1, code: 'cable_malformed' },
    ]);
  });
});

describe('parseCableOrThrow', () => {
  it('returns the cable when it parses', () => {
    expect(parseCableOrThrow(kigaliApril22).classification).toBe('SBU');
  });

  it('throws an AppError with the first error code and all errors in details', () => {
    const broken = withLine(withLine(kigaliMarch13, 11, 'SIPDIS ORCON'), 22, '');
    let thrown: unknown;
    try {
      parseCableOrThrow(broken);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    const appError = thrown as AppError;
    expect(appError.code).toBe('unknown_caveat');
    expect(appError.details).toEqual({
      errors: [
        { line: 11, code: 'unknown_caveat', message: 'unknown caption "ORCON": expected one of SENSITIVE, SIPDIS, NOFORN, NODIS, EXDIS' },
        { line: 24, code: 'cable_malformed', message: 'a CONFIDENTIAL cable needs a "Classified By: <name>, Reasons 1.4 (b) and (d)" line' },
      ],
    });
  });
});
