import { describe, expect, it } from 'vitest';
import { csvField, csvRecord } from './csv-writer.js';

describe('csv writer', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1-555', "'+1-555"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', '"\'\rx"'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['', ''],
  ])('neutralises and quotes %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes numbers as numbers, null as empty and lists with semicolons', () => {
    expect(csvRecord([-5, null, ['RW', 'SV'], true])).toBe('-5,,RW;SV,true\r\n');
  });
});
