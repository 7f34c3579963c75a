import { describe, expect, it } from 'vitest';
import { CsvParser, type CsvItem } from './csv-parser.js';

function parseInChunks(text: string, chunkSize: number): CsvItem[] {
  const parser = new CsvParser();
  const items: CsvItem[] = [];
  for (let index = 0; index < text.length; index += chunkSize) items.push(...parser.push(text.slice(index, index + chunkSize)));
  return [...items, ...parser.end()];
}

describe('CsvParser', () => {
  const text = 'a,b,c\r\n1,"x, ""y""",\r\n2,"multi\nline",z\n3,last,row';
  const expected: CsvItem[] = [
    { line: 1, fields: ['a', 'b', 'c'] },
    { line: 2, fields: ['1', 'x, "y"', ''] },
    { line: 3, fields: ['2', 'multi\nline', 'z'] },
    { line: 5, fields: ['3', 'last', 'row'] },
  ];

  it.each([1, 2, 3, 7, 1000])('parses quoted fields, CRLF and line breaks in quotes identically in chunks of %i', (size) => {
    expect(parseInChunks(text, size)).toEqual(expected);
  });

  it('reports a quote inside an unquoted field and resumes at the next line', () => {
    expect(parseInChunks('a,b\nx,ab"c\ny,z\n', 4)).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, problem: 'a quote inside an unquoted field (quote the whole field and double inner quotes)' },
      { line: 3, fields: ['y', 'z'] },
    ]);
  });

  it('reports text after a closing quote and an unclosed quote at the end', () => {
    expect(parseInChunks('"a"b,c\n"open,\n', 5)).toEqual([
      { line: 1, problem: 'text after a closing quote' },
      { line: 2, problem: 'a quoted field is not closed before the end of the file' },
    ]);
  });

  it('skips blank lines and keeps CRLF inside quotes', () => {
    expect(parseInChunks('\r\n"a\r\nb"\r\n\r\n', 1)).toEqual([{ line: 2, fields: ['a\r\nb'] }]);
  });
});

describe('CsvParser on generated input', () => {
  // Ordinary runs are copied in slices; whatever the chunking, the records must be the same.
  it('gives the same records whatever the chunk size, for 300 random texts of quotes, commas and line breaks', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const alphabet = ['a', 'bc', ',', '"', '\r', '\n', '\r\n', 'é'];
    for (let sample = 0; sample < 300; sample += 1) {
      const text = Array.from({ length: 1 + Math.floor(random() * 40) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const whole = parseInChunks(text, text.length);
      for (const size of [1, 2, 5]) expect(parseInChunks(text, size)).toEqual(whole);
    }
  });
});
