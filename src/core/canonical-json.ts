/**
 * RFC 8785 JSON Canonicalization Scheme (JCS).
 *
 * Warning: audit hashes, decision facts hashes and manifest hashes are computed
 * over this output. Changing it changes every stored hash; never edit without a
 * migration that re-seals history.
 *
 * Keys are sorted by UTF-16 code units (JavaScript's default string order, as
 * the RFC requires); numbers use ECMAScript Number-to-String, which is what
 * JSON.stringify already emits; undefined members are dropped as JSON does.
 *
 * @example canonicalJson({ b: 1, a: [true, null] }) === '{"a":[true,null],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
      return JSON.stringify(value);
    case 'string':
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((item: unknown) => canonicalJson(item ?? null)).join(',')}]`;
      if (value instanceof Date) return JSON.stringify(value.toISOString());
      const record = value as Record<string, unknown>;
      const members = Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .sort()
        .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
      return `{${members.join(',')}}`;
    }
    case 'bigint':
    case 'undefined':
    case 'function':
    case 'symbol':
      break;
  }
  throw new TypeError(`canonicalJson: cannot encode ${typeof value}`);
}
