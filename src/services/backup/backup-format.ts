/**
 * The backup file: gzip-compressed JSON Lines, readable on any engine.
 *
 *   {"format":"waypoint-backup","version":1,"createdAt":…,"engine":"pglite","migrations":[…]}   header
 *   {"t":"people","r":{…}}                                                                           one line per row,
 *   …                                                                                                tables parents first
 *   {"trailer":{"tables":{"people":{"rows":n,"sha256":…},…},"sequences":{…}}}                        counts and hashes
 *
 * The counts and hashes come last so the file is written in one pass; a file
 * without its trailer is truncated and is refused whole.
 * Warning: stored format; bump `version` on any change and keep reading the old one.
 */
export const BACKUP_FORMAT = 'waypoint-backup';
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  readonly format: typeof BACKUP_FORMAT;
  readonly version: number;
  readonly createdAt: string;
  readonly engine: 'pglite' | 'postgres';
  readonly migrations: readonly string[];
}

export interface TableDigest {
  readonly rows: number;
  /** SHA-256 over the table's row texts in key order, each followed by a newline. */
  readonly sha256: string;
}

export interface BackupTrailer {
  readonly tables: Readonly<Record<string, TableDigest>>;
  readonly sequences: Readonly<Record<string, { readonly lastValue: number; readonly isCalled: boolean }>>;
}
