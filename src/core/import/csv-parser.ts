/**
 * An incremental RFC 4180 parser: feed it decoded text in chunks of any size
 * and it hands back complete records, so a file of any size is parsed in
 * constant memory (one record's worth of buffer). Quoted fields may hold
 * commas, doubled quotes and line breaks; CRLF and LF both end a record.
 *
 * A malformed record (a quote inside an unquoted field, text after a closing
 * quote, a quoted field still open at end of input) becomes a `CsvProblem`
 * for that record and parsing resumes at the next line, so one bad line
 * never hides the rest of the file.
 *
 * @example
 *   const parser = new CsvParser();
 *   const items = [...parser.push('a,b\n1,"x, y"\n'), ...parser.end()];
 *   // [{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['1', 'x, y'] }]
 */
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const COMMA = 0x2c;

export class CsvParser {
  private fields: string[] = [];
  private field = '';
  /** unquoted: in a plain field; quoted: inside quotes; closing: just saw a quote inside quotes; skipping: discarding a bad line. */
  private mode: 'start' | 'unquoted' | 'quoted' | 'closing' | 'skipping' = 'start';
  private line = 1;
  private recordLine = 1;
  private problem: string | null = null;
  private lastWasCr = false;

  push(text: string): CsvItem[] {
    const out: CsvItem[] = [];
    const length = text.length;
    let index = 0;
    while (index < length) {
      // Ordinary characters are copied a run at a time (one slice, not one concatenation per
      // character); only quotes, commas and line breaks go through the state machine below.
      if (this.mode !== 'closing') {
        const end = this.ordinaryRunEnd(text, index);
        if (end > index) {
          if (this.mode !== 'skipping') this.field += text.slice(index, end);
          if (this.mode === 'start') this.mode = 'unquoted';
          this.lastWasCr = false;
          index = end;
          if (index >= length) break;
        }
      }
      this.step(text[index] as string, out);
      index += 1;
    }
    return out;
  }

  /** Where the run of characters that need no decision ends: the next quote, line break, or (outside quotes) comma. */
  private ordinaryRunEnd(text: string, from: number): number {
    const quoted = this.mode === 'quoted';
    const skipping = this.mode === 'skipping';
    let end = from;
    for (; end < text.length; end += 1) {
      const code = text.charCodeAt(end);
      if (code === LF || code === CR) break;
      if (skipping) continue;
      if (code === QUOTE || (!quoted && code === COMMA)) break;
    }
    return end;
  }

  /** One character through the state machine. */
  private step(char: string, out: CsvItem[]): void {
    // A CR directly followed by LF is one line break (counted at the CR).
    if (char === '\n' && this.lastWasCr) {
      this.lastWasCr = false;
      if (this.mode === 'quoted') this.field += char;
      return;
    }
    this.lastWasCr = char === '\r';
    const isBreak = char === '\n' || char === '\r';
    switch (this.mode) {
      case 'start':
      case 'unquoted':
        if (char === ',') this.endField();
        else if (isBreak) this.endRecord(out);
        else if (char === '"' && this.mode === 'start' && this.field === '') this.mode = 'quoted';
        else if (char === '"') this.fail('a quote inside an unquoted field (quote the whole field and double inner quotes)');
        else {
          this.field += char;
          this.mode = 'unquoted';
        }
        break;
      case 'quoted':
        if (char === '"') this.mode = 'closing';
        else this.field += char;
        break;
      case 'closing':
        if (char === '"') {
          this.field += '"';
          this.mode = 'quoted';
        } else if (char === ',') this.endField();
        else if (isBreak) this.endRecord(out);
        else this.fail('text after a closing quote');
        break;
      case 'skipping':
        if (isBreak) this.endRecord(out);
        break;
    }
    if (isBreak) this.line += 1;
  }

  /** Call once at end of input: flushes the last record (a file need not end with a line break). */
  end(): CsvItem[] {
    const out: CsvItem[] = [];
    if (this.mode === 'quoted') {
      out.push({ line: this.recordLine, problem: 'a quoted field is not closed before the end of the file' });
      this.reset();
      return out;
    }
    if (this.mode !== 'start' || this.fields.length > 0) this.endRecord(out);
    return out;
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = '';
    this.mode = 'start';
  }

  private endRecord(out: CsvItem[]): void {
    if (this.problem !== null) out.push({ line: this.recordLine, problem: this.problem });
    else {
      this.fields.push(this.field);
      // A blank line carries no record (common at the end of files).
      if (!(this.fields.length === 1 && this.fields[0] === '')) out.push({ line: this.recordLine, fields: this.fields });
    }
    this.reset();
  }

  private fail(problem: string): void {
    this.problem = problem;
    this.mode = 'skipping';
  }

  private reset(): void {
    this.fields = [];
    this.field = '';
    this.mode = 'start';
    this.problem = null;
    // The next record starts on the line after the break being processed.
    this.recordLine = this.line + 1;
  }
}

/** A parsed record (its first physical line, 1-based) or a record that could not be parsed. */
export type CsvItem = { readonly line: number; readonly fields: string[] } | { readonly line: number; readonly problem: string };
