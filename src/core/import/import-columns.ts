/**
 * The import file's columns (docs/IMPORT.md documents each). One row is one
 * person and the case opened for them. Columns marked required must be in
 * the header and non-empty in every row; the others may be left out of the
 * header entirely. Any other column is refused before a row is read, so a
 * misspelt header never silently drops data.
 *
 * Warning: renaming a column breaks every import file in circulation.
 */
export const IMPORT_COLUMNS = [
  'external_id',
  'given_names',
  'family_name',
  'aliases',
  'birth_date',
  'nationalities',
  'languages',
  'vulnerabilities',
  'case_external_id',
  'destination_country',
  'agreement_code',
  'rule_set_id',
  'officer_username',
  'counsel_username',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

export const REQUIRED_IMPORT_COLUMNS: readonly ImportColumn[] = ['external_id', 'given_names', 'family_name', 'case_external_id'];

/** List columns hold several values separated by semicolons (in JSON Lines, an array of strings is also accepted). */
export const LIST_COLUMNS: readonly ImportColumn[] = ['aliases', 'nationalities', 'languages', 'vulnerabilities'];

export interface HeaderProblem {
  readonly missing: readonly ImportColumn[];
  readonly unknown: readonly string[];
  readonly repeated: readonly string[];
}

/**
 * Checks a CSV header before any row: every required column present, no
 * unknown or repeated column. Returns null when the header is acceptable.
 *
 * @example checkHeader(['external_id', 'given_names']) // { missing: ['family_name', 'case_external_id'], unknown: [], repeated: [] }
 */
export function checkHeader(header: readonly string[]): HeaderProblem | null {
  const known = new Set<string>(IMPORT_COLUMNS);
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const column of header) {
    if (seen.has(column)) repeated.push(column);
    seen.add(column);
  }
  const missing = REQUIRED_IMPORT_COLUMNS.filter((column) => !seen.has(column));
  const unknown = header.filter((column) => !known.has(column));
  return missing.length + unknown.length + repeated.length === 0 ? null : { missing, unknown, repeated };
}

/** One line: what is wrong with a header, for the error message. */
export function describeHeaderProblem(problem: HeaderProblem): string {
  const parts: string[] = [];
  if (problem.missing.length > 0) parts.push(`missing required column(s): ${problem.missing.join(', ')}`);
  if (problem.unknown.length > 0) parts.push(`unknown column(s): ${problem.unknown.join(', ')}`);
  if (problem.repeated.length > 0) parts.push(`repeated column(s): ${problem.repeated.join(', ')}`);
  return parts.join('; ');
}
