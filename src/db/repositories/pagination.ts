import { AppError } from '../../core/errors.js';

/**
 * Keyset pagination: the cursor is the opaque, URL-safe encoding of the last
 * row's sort key, so page N costs the same as page 1 at any table size.
 */
export interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

export function encodeCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (key === '' || encodeCursor(key) !== cursor) throw new AppError('validation_failed', 'cursor is not valid', { cursor });
  return key;
}

/** Rows are fetched with limit + 1 to learn whether another page exists. */
export function toPage<Row, T>(rows: Row[], limit: number, keyOf: (row: Row) => string, map: (row: Row) => T): Page<T> {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  const last = pageRows.at(-1);
  return { items: pageRows.map(map), nextCursor: hasMore && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
