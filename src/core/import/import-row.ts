import { z } from 'zod';
import { isCountryCode } from '../country.js';
import { isLanguageCode } from '../language.js';
import { VULNERABILITIES, type Vulnerability } from '../person.js';
import { isCalendarDate } from '../time.js';
import { calendarDateSchema, countryCodeSchema, languageCodeSchema, textSchema } from '../schemas/primitives.schema.js';
import { IMPORT_COLUMNS, LIST_COLUMNS, REQUIRED_IMPORT_COLUMNS, type ImportColumn } from './import-columns.js';

/**
 * Why a row was refused. Each reason names one column (or `*` for the whole
 * line) so the report points at the exact cell.
 *
 * Warning: these codes appear in report files users keep; add, never rename.
 */
export const ROW_REASONS = [
  'malformed_line',
  'missing_value',
  'unknown_column',
  'invalid_text',
  'invalid_date',
  'unknown_country',
  'unknown_language',
  'invalid_vulnerability',
  'unknown_agreement',
  'unknown_user',
  'unknown_rule_set',
  'duplicate_person',
  'duplicate_external_id',
  /** The row's person external id belongs to an erased person: their data may not come back through an import. */
  'person_erased',
] as const;
export type RowReason = (typeof ROW_REASONS)[number];

export interface RowProblem {
  readonly line: number;
  /** The column at fault, or `*` when the line as a whole is unreadable. */
  readonly column: ImportColumn | '*' | (string & {});
  readonly reason: RowReason;
  readonly message: string;
}

/** A row that passed the format checks; references (agreement, users, rule set) are still names. */
export interface ImportRow {
  readonly line: number;
  readonly externalId: string;
  readonly givenNames: string;
  readonly familyName: string;
  readonly aliases: readonly string[];
  readonly birthDate: string | null;
  readonly nationalities: readonly string[];
  readonly languages: readonly string[];
  readonly vulnerabilities: readonly Vulnerability[];
  readonly caseExternalId: string;
  readonly destinationCountry: string | null;
  readonly agreementCode: string | null;
  readonly ruleSetId: string | null;
  readonly officerUsername: string | null;
  readonly counselUsername: string | null;
}

/** A row as text cells by column name (CSV cells, or JSON Lines values normalised to text). */
export type RawRow = Readonly<Partial<Record<string, string>>>;

const nameSchema = textSchema(200).min(1);
const idSchema = textSchema(100).min(1);
const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;
const AGREEMENT_CODE = /^[a-z0-9-]{3,64}$/;
const usernameSchema = z.string().regex(USERNAME, 'must be a username (lower case letters, digits, . _ -)');
const vulnerabilitySchema = z.enum(VULNERABILITIES, { error: `must be one of ${VULNERABILITIES.join(', ')}` });
const VULNERABILITY_SET: ReadonlySet<string> = new Set(VULNERABILITIES);

/** textSchema(max).min(1) as a predicate: 1..max characters, no C0 control other than tab, LF, CR, and no DEL. */
const isText = (max: number) => (value: string) => {
  if (value.length < 1 || value.length > max) return false;
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return false;
  }
  return true;
};

/**
 * The check and the reason reported for one value of each column. `accepts`
 * is the same rule as `schema` as a plain predicate: bulk import runs it on
 * every cell (a zod parse per cell was a third of the import's JavaScript
 * time), and only a value it refuses goes through the schema for the message.
 * import-row.test.ts holds the two to the same verdicts.
 */
export const COLUMN_RULES: Record<ImportColumn, { readonly schema: z.ZodType; readonly accepts: (value: string) => boolean; readonly reason: RowReason }> = {
  external_id: { schema: idSchema, accepts: isText(100), reason: 'invalid_text' },
  given_names: { schema: nameSchema, accepts: isText(200), reason: 'invalid_text' },
  family_name: { schema: nameSchema, accepts: isText(200), reason: 'invalid_text' },
  aliases: { schema: nameSchema, accepts: isText(200), reason: 'invalid_text' },
  birth_date: { schema: calendarDateSchema, accepts: isCalendarDate, reason: 'invalid_date' },
  nationalities: { schema: countryCodeSchema, accepts: isCountryCode, reason: 'unknown_country' },
  languages: { schema: languageCodeSchema, accepts: isLanguageCode, reason: 'unknown_language' },
  vulnerabilities: { schema: vulnerabilitySchema, accepts: (value) => VULNERABILITY_SET.has(value), reason: 'invalid_vulnerability' },
  case_external_id: { schema: idSchema, accepts: isText(100), reason: 'invalid_text' },
  destination_country: { schema: countryCodeSchema, accepts: isCountryCode, reason: 'unknown_country' },
  agreement_code: { schema: z.string().regex(AGREEMENT_CODE, 'must be an agreement code such as us-rw-2025'), accepts: (value) => AGREEMENT_CODE.test(value), reason: 'unknown_agreement' },
  rule_set_id: { schema: idSchema, accepts: isText(100), reason: 'invalid_text' },
  officer_username: { schema: usernameSchema, accepts: (value) => USERNAME.test(value), reason: 'unknown_user' },
  counsel_username: { schema: usernameSchema, accepts: (value) => USERNAME.test(value), reason: 'unknown_user' },
};

const KNOWN_COLUMNS: ReadonlySet<string> = new Set(IMPORT_COLUMNS);

/**
 * Validates every cell of one row and returns the typed row, or every
 * problem found (not just the first), so the report is complete.
 *
 * @example validateImportRow(7, { external_id: 'P-1', given_names: 'Amina', family_name: 'Demo', case_external_id: 'C-1', birth_date: '1990-02-30' })
 *   // { ok: false, problems: [{ line: 7, column: 'birth_date', reason: 'invalid_date', message: 'must be an RFC 3339 full-date, YYYY-MM-DD' }] }
 */
export function validateImportRow(line: number, raw: RawRow): { ok: true; row: ImportRow } | { ok: false; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  for (const column of Object.keys(raw)) {
    if (!KNOWN_COLUMNS.has(column)) problems.push({ line, column, reason: 'unknown_column', message: `unknown column ${column}` });
  }
  const single = (column: ImportColumn): string | null => {
    const value = (raw[column] ?? '').trim();
    if (value === '') {
      if (REQUIRED_IMPORT_COLUMNS.includes(column)) problems.push({ line, column, reason: 'missing_value', message: `${column} is required` });
      return null;
    }
    return check(column, value) ? value : null;
  };
  const list = (column: ImportColumn): string[] => {
    const values = (raw[column] ?? '').split(';').map((value) => value.trim()).filter((value) => value !== '');
    return values.every((value) => check(column, value)) ? values : [];
  };
  const check = (column: ImportColumn, value: string): boolean => {
    const rule = COLUMN_RULES[column];
    if (rule.accepts(value)) return true;
    const result = rule.schema.safeParse(value);
    if (result.success) return true;
    problems.push({ line, column, reason: rule.reason, message: `${JSON.stringify(truncate(value))}: ${result.error.issues[0]?.message ?? 'invalid'}` });
    return false;
  };
  const row = {
    line,
    externalId: single('external_id') ?? '',
    givenNames: single('given_names') ?? '',
    familyName: single('family_name') ?? '',
    aliases: list('aliases'),
    birthDate: single('birth_date'),
    nationalities: [...new Set(list('nationalities'))],
    languages: [...new Set(list('languages'))],
    vulnerabilities: [...new Set(list('vulnerabilities'))] as Vulnerability[],
    caseExternalId: single('case_external_id') ?? '',
    destinationCountry: single('destination_country'),
    agreementCode: single('agreement_code'),
    ruleSetId: single('rule_set_id'),
    officerUsername: single('officer_username'),
    counselUsername: single('counsel_username'),
  };
  return problems.length === 0 ? { ok: true, row } : { ok: false, problems };
}

/** Values are echoed in the report so the user can find the cell; long ones are cut. */
function truncate(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/**
 * Pairs a CSV record with its header. A record with the wrong number of
 * fields is one `malformed_line` problem: its cells cannot be trusted to be
 * in the right columns.
 */
export function csvRecordToRow(header: readonly string[], line: number, fields: readonly string[]): { ok: true; raw: RawRow } | { ok: false; problems: RowProblem[] } {
  if (fields.length !== header.length) {
    return { ok: false, problems: [{ line, column: '*', reason: 'malformed_line', message: `expected ${header.length} fields, found ${fields.length}` }] };
  }
  const raw: Record<string, string> = {};
  header.forEach((column, index) => {
    raw[column] = fields[index] ?? '';
  });
  return { ok: true, raw };
}

/**
 * One JSON Lines record to text cells. Values may be strings, null (empty),
 * numbers, or arrays of strings for list columns.
 */
export function jsonLineToRow(line: number, text: string): { ok: true; raw: RawRow } | { ok: false; problems: RowProblem[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ line, column: '*', reason: 'malformed_line', message: `not JSON: ${(error as Error).message}` }] };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { ok: false, problems: [{ line, column: '*', reason: 'malformed_line', message: 'each line must be one JSON object' }] };
  }
  const raw: Record<string, string> = {};
  const problems: RowProblem[] = [];
  for (const [column, value] of Object.entries(parsed)) {
    if (value === null) raw[column] = '';
    else if (typeof value === 'string' || typeof value === 'number') raw[column] = String(value);
    else if (Array.isArray(value) && LIST_COLUMNS.includes(column as ImportColumn) && value.every((item) => typeof item === 'string')) raw[column] = value.join(';');
    else problems.push({ line, column, reason: 'invalid_text', message: `${column} must be a string${LIST_COLUMNS.includes(column as ImportColumn) ? ' or an array of strings' : ''}` });
  }
  return problems.length === 0 ? { ok: true, raw } : { ok: false, problems };
}
