import { createHmac } from 'node:crypto';
import { canonicalHash, sha256Hex } from '../../audit/sha256.js';
import { AppError } from '../../core/errors.js';
import type { ResolvedRow } from './import-references.js';

/**
 * The content of a row that decides whether a re-run is the same row (the
 * line number is not part of it): SHA-256 over a JSON array of the fields in
 * a fixed order. Never stored as is — an unkeyed hash of a name and birth
 * date confirms a guess of them — only through importRowDigest.
 * Warning: changing it makes re-runs of files imported before the change
 * report their rows as duplicates instead of skipping them (see legacyImportRowHash).
 *
 * @example importRowDigest(ctx.identityIndexKey, importRowHash(row))
 */
export function importRowHash(row: ResolvedRow): string {
  return sha256Hex(
    JSON.stringify([
      'import-row/2',
      row.externalId,
      row.givenNames,
      row.familyName,
      row.aliases,
      row.birthDate,
      row.nationalities,
      row.languages,
      row.vulnerabilities,
      row.caseExternalId,
      row.destinationCountry,
      row.agreementCode,
      row.ruleSetId,
      row.officerUsername,
      row.counselUsername,
      row.agreementId,
      row.officerId,
      row.counselId,
      row.resolvedRuleSetId,
    ]),
  );
}

/**
 * The first row hash format (canonical JSON of the row object): ten times
 * slower, so computed only for a row whose case an earlier run imported under
 * a digest that does not match importRowHash's.
 *
 * @example importRowDigest(ctx.identityIndexKey, legacyImportRowHash(row))
 */
export function legacyImportRowHash(row: ResolvedRow): string {
  const { line: _line, ...content } = row;
  return canonicalHash(content);
}

/**
 * What import_rows.row_digest stores: HMAC-SHA-256 under the people's blind
 * index key (ServiceContext.identityIndexKey, kept outside the database) of
 * "import-row:" and a row hash (64 hex), as hex. A database dump alone
 * cannot confirm a guessed row. The prefix keeps it apart from
 * people.identity_digest under the same key. Keying the hash rather than the
 * row lets start-up key the unkeyed hashes stored before migration
 * 20261130T0400 to the very value a re-run of the same row computes.
 * Warning: stored; changing it makes re-runs report already imported rows as
 * duplicates instead of skipping them.
 *
 * @example const digest = importRowDigest(ctx.identityIndexKey, importRowHash(row)); // 64 hex
 */
export function importRowDigest(identityIndexKey: Uint8Array, rowHash: string): string {
  if (identityIndexKey.length !== 32) throw new AppError('validation_failed', `the identity index key has 32 bytes, not ${identityIndexKey.length}`);
  return createHmac('sha256', identityIndexKey).update(`import-row:${rowHash}`, 'utf8').digest('hex');
}
