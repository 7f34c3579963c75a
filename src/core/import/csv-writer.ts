/**
 * CSV output that is safe to open in a spreadsheet. A cell that begins with
 * `=`, `+`, `-`, `@`, a tab or a carriage return can be read as a formula
 * (CSV injection, OWASP); such a value gets a leading single quote so the
 * spreadsheet shows it as text. Fields are quoted per RFC 4180 when they hold
 * a comma, quote or line break. Records end with CRLF, as RFC 4180 says.
 *
 * Warning: exported files are hashed and the hash is audited; changing the
 * escaping changes every export's hash.
 *
 * @example csvRecord(['WP-2026-000001', '=HYPERLINK("x")']) // 'WP-2026-000001,"\'=HYPERLINK(""x"")"\r\n'
 */
export function csvRecord(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

export type CsvValue = string | number | boolean | null | undefined | readonly string[];

const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** One field: arrays are joined with semicolons (the import format's list separator), null is empty. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join(';') : String(value);
  const safe = typeof value !== 'number' && FORMULA_TRIGGERS.has(text.charAt(0)) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
