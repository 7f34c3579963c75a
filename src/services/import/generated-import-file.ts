import { csvRecord } from '../../core/import/csv-writer.js';
import { IMPORT_COLUMNS, type ImportColumn } from '../../core/import/import-columns.js';
import type { RowReason } from '../../core/import/import-row.js';

/** The ten kinds of bad row the acceptance test plants, with the reason and column each must be reported under. */
export const BAD_ROW_KINDS = [
  { kind: 'bad date', reason: 'invalid_date', column: 'birth_date' },
  { kind: 'bad country', reason: 'unknown_country', column: 'nationalities' },
  { kind: 'bad language', reason: 'unknown_language', column: 'languages' },
  { kind: 'missing required value', reason: 'missing_value', column: 'given_names' },
  { kind: 'duplicate person', reason: 'duplicate_person', column: '*' },
  { kind: 'duplicate external id', reason: 'duplicate_external_id', column: 'external_id' },
  { kind: 'unknown agreement', reason: 'unknown_agreement', column: 'agreement_code' },
  { kind: 'unknown officer', reason: 'unknown_user', column: 'officer_username' },
  { kind: 'malformed CSV line', reason: 'malformed_line', column: '*' },
  { kind: 'invalid vulnerability', reason: 'invalid_vulnerability', column: 'vulnerabilities' },
] as const satisfies ReadonlyArray<{ kind: string; reason: RowReason; column: string }>;

export interface GeneratedImportOptions {
  readonly rows: number;
  /** Every `badEvery`-th row (at offset badEvery/2) is bad, cycling through BAD_ROW_KINDS; 0 for none. */
  readonly badEvery?: number;
  /** Prefix of external ids, so several files can coexist in one database. */
  readonly prefix?: string;
  readonly agreementCode?: string | null;
  readonly officerUsername?: string | null;
}

/** An expected rejection: file line (header is line 1) and reason. */
export interface PlantedProblem {
  readonly line: number;
  readonly reason: RowReason;
  readonly column: string;
}

/**
 * Generates an import CSV chunk by chunk (constant memory, so benchmarks can
 * stream 100k rows), with fictional people. Bad rows are planted at known
 * lines; `planted` lists them for the test to compare with the report.
 *
 * @example const file = generateImportCsv({ rows: 10_000, badEvery: 100 }); for (const chunk of file.chunks()) ...
 */
export function generateImportCsv(options: GeneratedImportOptions): { chunks: () => Generator<string>; planted: PlantedProblem[] } {
  const prefix = options.prefix ?? 'GEN';
  const badEvery = options.badEvery ?? 0;
  const planted: PlantedProblem[] = [];
  for (let index = 0; index < options.rows; index += 1) {
    const bad = badKindAt(index, badEvery);
    if (bad !== null) planted.push({ line: index + 2, reason: bad.reason, column: bad.column });
  }
  function* chunks(): Generator<string> {
    let buffer = csvRecord(IMPORT_COLUMNS);
    for (let index = 0; index < options.rows; index += 1) {
      buffer += rowText(index, prefix, badKindAt(index, badEvery)?.kind ?? null, options);
      if (buffer.length > 64 * 1024) {
        yield buffer;
        buffer = '';
      }
    }
    if (buffer !== '') yield buffer;
  }
  return { chunks, planted };
}

function badKindAt(index: number, badEvery: number): (typeof BAD_ROW_KINDS)[number] | null {
  if (badEvery === 0 || index % badEvery !== Math.floor(badEvery / 2)) return null;
  return BAD_ROW_KINDS[Math.floor(index / badEvery) % BAD_ROW_KINDS.length] ?? null;
}

function goodRow(index: number, prefix: string, options: GeneratedImportOptions): Record<ImportColumn, string> {
  const day = String((index % 28) + 1).padStart(2, '0');
  const month = String((index % 12) + 1).padStart(2, '0');
  return {
    external_id: `${prefix}-P-${index}`,
    given_names: `Given${index}`,
    family_name: `Family${prefix}${index}`,
    aliases: index % 3 === 0 ? `Alias${index};Nick${index}` : '',
    birth_date: `${1960 + (index % 40)}-${month}-${day}`,
    nationalities: index % 5 === 0 ? 'SV;GT' : 'HN',
    languages: 'es;en',
    vulnerabilities: index % 7 === 0 ? 'elderly' : '',
    case_external_id: `${prefix}-C-${index}`,
    destination_country: 'RW',
    agreement_code: options.agreementCode === undefined ? 'us-rw-2025' : (options.agreementCode ?? ''),
    rule_set_id: '',
    officer_username: options.officerUsername === undefined ? 'officer' : (options.officerUsername ?? ''),
    counsel_username: index % 2 === 0 ? 'counsel' : '',
  };
}

function rowText(index: number, prefix: string, kind: (typeof BAD_ROW_KINDS)[number]['kind'] | null, options: GeneratedImportOptions): string {
  const row = goodRow(index, prefix, options);
  switch (kind) {
    case null:
      break;
    case 'bad date':
      row.birth_date = '1990-02-30';
      break;
    case 'bad country':
      row.nationalities = 'XX';
      break;
    case 'bad language':
      row.languages = 'zz';
      break;
    case 'missing required value':
      row.given_names = '';
      break;
    case 'duplicate person': {
      // Same person as the row before, under new ids: must be reported, never merged.
      const previous = goodRow(index - 1, prefix, options);
      Object.assign(row, { given_names: previous.given_names, family_name: previous.family_name, birth_date: previous.birth_date, nationalities: previous.nationalities });
      break;
    }
    case 'duplicate external id':
      row.external_id = goodRow(index - 1, prefix, options).external_id;
      break;
    case 'unknown agreement':
      row.agreement_code = 'xx-yy-0000';
      break;
    case 'unknown officer':
      row.officer_username = 'nobody';
      break;
    case 'malformed CSV line':
      return csvRecord(IMPORT_COLUMNS.map((column) => row[column])).replace(row.given_names, `${row.given_names}"stray`);
    case 'invalid vulnerability':
      row.vulnerabilities = 'tall';
      break;
  }
  return csvRecord(IMPORT_COLUMNS.map((column) => row[column]));
}
