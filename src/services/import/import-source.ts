import { createHash } from 'node:crypto';
import { checkHeader, describeHeaderProblem } from '../../core/import/import-columns.js';
import { CsvParser } from '../../core/import/csv-parser.js';
import { csvRecordToRow, jsonLineToRow, type RawRow, type RowProblem } from '../../core/import/import-row.js';
import { AppError } from '../../core/errors.js';

export type ImportFormat = 'csv' | 'jsonl';

/** 2 GiB: larger files are refused before any row is read. */
export const DEFAULT_IMPORT_SIZE_LIMIT = 2 * 1024 ** 3;

export type SourceItem = { readonly line: number; readonly raw: RawRow } | { readonly line: number; readonly problems: readonly RowProblem[] };

/** What reading the source found out about the bytes, complete once the items are consumed. */
export interface SourceDigest {
  bytes: number;
  sha256: string | null;
}

/**
 * Reads an import file as a stream of rows in constant memory: bytes are
 * checked as UTF-8 (a fatal decoder: an invalid sequence stops the import
 * with its byte offset), counted against the size limit, hashed, and parsed
 * as CSV (header checked first) or JSON Lines. Yields a raw row or the
 * problems of an unreadable line, each with its line number.
 *
 * @example for await (const item of readImportSource(createReadStream(path), 'csv', digest)) ...
 */
export async function* readImportSource(source: AsyncIterable<Uint8Array | string>, format: ImportFormat, digest: SourceDigest, sizeLimit = DEFAULT_IMPORT_SIZE_LIMIT): AsyncGenerator<SourceItem> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const hash = createHash('sha256');
  const lines = format === 'csv' ? new CsvRows() : new JsonLines();
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    if (digest.bytes + bytes.length > sizeLimit) {
      throw new AppError('import_too_large', `the file exceeds the import size limit of ${sizeLimit} bytes`, { limit: sizeLimit });
    }
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      throw new AppError('import_encoding_invalid', `the file is not valid UTF-8 (invalid byte sequence in the chunk starting at byte ${digest.bytes}); convert it to UTF-8 and retry`, { chunkOffset: digest.bytes });
    }
    digest.bytes += bytes.length;
    hash.update(bytes);
    yield* lines.push(text);
  }
  try {
    yield* lines.push(decoder.decode());
  } catch {
    throw new AppError('import_encoding_invalid', 'the file is not valid UTF-8 (it ends inside a multi-byte character)', { chunkOffset: digest.bytes });
  }
  yield* lines.end();
  digest.sha256 = hash.digest('hex');
}

interface LineSource {
  push(text: string): SourceItem[];
  end(): SourceItem[];
}

/** CSV: the first record is the header, checked before any row. */
class CsvRows implements LineSource {
  private readonly parser = new CsvParser();
  private header: string[] | null = null;

  push(text: string): SourceItem[] {
    return this.toItems(this.parser.push(text));
  }

  end(): SourceItem[] {
    const items = this.toItems(this.parser.end());
    if (this.header === null) throw new AppError('import_header_invalid', 'the file is empty: the first line must be the header', {});
    return items;
  }

  private toItems(records: ReturnType<CsvParser['push']>): SourceItem[] {
    const items: SourceItem[] = [];
    for (const record of records) {
      if (this.header === null) {
        if ('problem' in record) throw new AppError('import_header_invalid', `the header line is malformed: ${record.problem}`, {});
        const header = record.fields.map((name) => name.trim());
        const problem = checkHeader(header);
        if (problem !== null) throw new AppError('import_header_invalid', describeHeaderProblem(problem), { ...problem });
        this.header = header;
        continue;
      }
      if ('problem' in record) {
        items.push({ line: record.line, problems: [{ line: record.line, column: '*', reason: 'malformed_line', message: record.problem }] });
        continue;
      }
      const row = csvRecordToRow(this.header, record.line, record.fields);
      items.push(row.ok ? { line: record.line, raw: row.raw } : { line: record.line, problems: row.problems });
    }
    return items;
  }
}

/** JSON Lines: one object per line; blank lines are skipped. */
class JsonLines implements LineSource {
  private pending = '';
  private line = 0;

  push(text: string): SourceItem[] {
    const items: SourceItem[] = [];
    const buffer = this.pending + text;
    let start = 0;
    for (let newline = buffer.indexOf('\n'); newline >= 0; newline = buffer.indexOf('\n', start)) {
      this.take(buffer.slice(start, newline), items);
      start = newline + 1;
    }
    this.pending = buffer.slice(start);
    return items;
  }

  end(): SourceItem[] {
    const items: SourceItem[] = [];
    if (this.pending !== '') this.take(this.pending, items);
    this.pending = '';
    return items;
  }

  private take(text: string, items: SourceItem[]): void {
    this.line += 1;
    const trimmed = text.trim();
    if (trimmed === '') return;
    const row = jsonLineToRow(this.line, trimmed);
    items.push(row.ok ? { line: this.line, raw: row.raw } : { line: this.line, problems: row.problems });
  }
}
