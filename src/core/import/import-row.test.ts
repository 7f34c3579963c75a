import { describe, expect, it } from 'vitest';
import { checkHeader, describeHeaderProblem } from './import-columns.js';
import { COLUMN_RULES, csvRecordToRow, jsonLineToRow, validateImportRow } from './import-row.js';

const good = { external_id: 'P-1', given_names: 'Amina', family_name: 'Demo', case_external_id: 'C-1' };

describe('import header', () => {
  it('accepts the required columns alone and refuses missing, unknown and repeated ones', () => {
    expect(checkHeader(Object.keys(good))).toBeNull();
    const problem = checkHeader(['external_id', 'given_names', 'given_names', 'shoe_size']);
    expect(problem).toEqual({ missing: ['family_name', 'case_external_id'], unknown: ['shoe_size'], repeated: ['given_names'] });
    expect(describeHeaderProblem(problem ?? { missing: [], unknown: [], repeated: [] })).toBe(
      'missing required column(s): family_name, case_external_id; unknown column(s): shoe_size; repeated column(s): given_names',
    );
  });
});

describe('validateImportRow', () => {
  it('types a full row, splitting lists on semicolons', () => {
    const result = validateImportRow(2, { ...good, aliases: 'A; B', birth_date: '1990-02-28', nationalities: 'SV;SV', languages: 'es;en', vulnerabilities: 'elderly', agreement_code: 'us-rw-2025', officer_username: 'officer' });
    expect(result).toEqual({
      ok: true,
      row: {
        line: 2, externalId: 'P-1', givenNames: 'Amina', familyName: 'Demo', aliases: ['A', 'B'], birthDate: '1990-02-28', nationalities: ['SV'], languages: ['es', 'en'],
        vulnerabilities: ['elderly'], caseExternalId: 'C-1', destinationCountry: null, agreementCode: 'us-rw-2025', ruleSetId: null, officerUsername: 'officer', counselUsername: null,
      },
    });
  });

  it('reports every problem with its column and reason', () => {
    const result = validateImportRow(9, { ...good, given_names: ' ', birth_date: '1990-02-30', nationalities: 'XX', languages: 'zz', vulnerabilities: 'tall', extra: 'x' });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((p) => [p.line, p.column, p.reason])).toEqual([
      [9, 'extra', 'unknown_column'],
      [9, 'given_names', 'missing_value'],
      [9, 'birth_date', 'invalid_date'],
      [9, 'nationalities', 'unknown_country'],
      [9, 'languages', 'unknown_language'],
      [9, 'vulnerabilities', 'invalid_vulnerability'],
    ]);
  });
});

describe('record to row', () => {
  it('refuses a CSV record with the wrong field count', () => {
    expect(csvRecordToRow(['a', 'b'], 4, ['1'])).toEqual({ ok: false, problems: [{ line: 4, column: '*', reason: 'malformed_line', message: 'expected 2 fields, found 1' }] });
  });

  it('reads JSON Lines with arrays for list columns', () => {
    expect(jsonLineToRow(1, '{"external_id":"P-1","nationalities":["SV","GT"],"birth_date":null}')).toEqual({ ok: true, raw: { external_id: 'P-1', nationalities: 'SV;GT', birth_date: '' } });
    expect(jsonLineToRow(2, '[1]')).toMatchObject({ ok: false, problems: [{ reason: 'malformed_line' }] });
    expect(jsonLineToRow(3, '{"languages":{"a":1}}')).toMatchObject({ ok: false, problems: [{ column: 'languages', reason: 'invalid_text' }] });
  });
});

describe('COLUMN_RULES', () => {
  // The fast predicate decides every cell of a bulk import; the schema only words the refusal. They must agree.
  const samples = ['', ' ', 'a', 'ab', 'RW', 'rw', 'XX', 'es', 'zz', 'elderly', 'tall', '1990-02-28', '1990-02-30', '1990-2-28', '2024-02-29', '2023-02-29', 'us-rw-2025', 'US-RW', 'officer', 'o', 'officer!', 'Tab\there', 'bell\u0007', 'del\u007f', 'line\nbreak', 'x'.repeat(100), 'x'.repeat(101), 'x'.repeat(200), 'x'.repeat(201), 'José Ñúñez', '"quoted"'];
  it.each(Object.entries(COLUMN_RULES))('%s: the predicate and the schema give the same verdict on every sample', (_column, rule) => {
    expect(samples.map((value) => rule.accepts(value))).toEqual(samples.map((value) => rule.schema.safeParse(value).success));
  });
});
