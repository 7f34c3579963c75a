/** Bookkeeping fields that change with every write and say nothing to a reader. */
const IGNORED_FIELDS = new Set(['version', 'updatedAt']);

export interface FieldChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

/**
 * What someone else changed between the record a person opened and the one
 * the server holds now, for the "this record changed" message after a 412.
 *
 * @example changedFields({ a: 1, version: 1 }, { a: 2, version: 2 }) // [{ field: 'a', before: 1, after: 2 }]
 */
export function changedFields(before: object, after: object): FieldChange[] {
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changes: FieldChange[] = [];
  for (const field of [...fields].sort()) {
    if (IGNORED_FIELDS.has(field)) continue;
    const old = (before as Record<string, unknown>)[field];
    const now = (after as Record<string, unknown>)[field];
    if (JSON.stringify(old) !== JSON.stringify(now)) changes.push({ field, before: old, after: now });
  }
  return changes;
}
