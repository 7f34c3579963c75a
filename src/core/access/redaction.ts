import type { FieldGroup, FieldGroupOf } from './field-groups.js';

/**
 * What a redacted field is replaced with. Stored in exports and audit details:
 * keep this shape stable.
 */
export interface RedactedField {
  readonly redacted: true;
  /** `erased`: the value was crypto-shredded (the person's key destroyed); no policy can show it any more. */
  readonly group: FieldGroup | 'undeclared' | 'erased';
}

export type Redacted<T> = { readonly [K in keyof T]: T[K] | RedactedField };

export function isRedactedField(value: unknown): value is RedactedField {
  return typeof value === 'object' && value !== null && (value as { redacted?: unknown }).redacted === true;
}

/**
 * Replaces every field whose group is not allowed with `{ redacted: true, group }`.
 * Pure: the same function serves API responses, exports, prints, search hits and
 * audit details, so redaction cannot differ between output paths. Fields the
 * mapper does not know are redacted as `undeclared` (fail closed).
 *
 * @example
 *   redact({ reference: 'WP-2025-000001', criminalRecord: 'x' }, new Set(['identity']), caseFieldGroupOf);
 *   // { reference: 'WP-2025-000001', criminalRecord: { redacted: true, group: 'criminal_allegations' } }
 */
export function redact<T extends Record<string, unknown>>(
  record: T,
  allowedGroups: ReadonlySet<FieldGroup>,
  groupOf: FieldGroupOf,
): Redacted<T> {
  const result: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(record)) {
    const group = groupOf(field);
    if (group === 'unrestricted' || (group !== undefined && allowedGroups.has(group))) {
      result[field] = value;
    } else {
      const marker: RedactedField = { redacted: true, group: group ?? 'undeclared' };
      result[field] = marker;
    }
  }
  return result as Redacted<T>;
}
