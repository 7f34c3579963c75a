/**
 * One row shape on both databases: the `pg` driver and PGlite would otherwise
 * disagree (pg turns `date` into a local-time Date, PGlite turns int8 into a
 * string or bigint). Domain code receives:
 *   date → 'YYYY-MM-DD', timestamptz/timestamp → RFC 3339 UTC string,
 *   int8 → number (counts and sequence numbers stay far below 2^53),
 *   numeric → string (never a float).
 */
export const PG_TYPE_OIDS = { INT8: 20, NUMERIC: 1700, DATE: 1082, TIMESTAMP: 1114, TIMESTAMPTZ: 1184 } as const;

function parseTimestampTz(value: string): string {
  // Postgres emits '2025-04-04 12:00:00.123+00'; Date understands it once the space is a 'T'
  // and a bare hour offset gets its minutes.
  const isoish = value.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00');
  return new Date(isoish).toISOString();
}

function parseTimestamp(value: string): string {
  return new Date(`${value.replace(' ', 'T')}Z`).toISOString();
}

export const TEXT_PARSERS: Record<number, (value: string) => unknown> = {
  [PG_TYPE_OIDS.INT8]: (value) => Number(value),
  [PG_TYPE_OIDS.NUMERIC]: (value) => value,
  [PG_TYPE_OIDS.DATE]: (value) => value,
  [PG_TYPE_OIDS.TIMESTAMP]: parseTimestamp,
  [PG_TYPE_OIDS.TIMESTAMPTZ]: parseTimestampTz,
};
