/**
 * Typed domain errors. Every code is documented with when it is thrown; the
 * API maps codes to HTTP statuses in one table (src/api/error-status.ts).
 * `message` is for logs and operators; `userMessage` is safe to show anyone.
 *
 * @example
 *   throw new AppError('case_not_found', `case ${id} not found`, { caseId: id });
 */
export const ERROR_CODES = {
  validation_failed: 'The request or input does not match its schema.',
  malformed_json: 'The request body is not valid JSON.',
  body_too_large: 'The request body exceeds the configured limit.',
  unsupported_media_type: 'The request content type is not accepted by this route.',
  not_found: 'The resource does not exist, or the caller may not know that it exists.',
  route_not_found: 'No route matches the method and path.',
  precondition_required: 'An update was sent without If-Match.',
  precondition_failed: 'If-Match does not match the current version of the resource.',
  conflict: 'The request conflicts with the current state of the resource.',
  duplicate: 'A resource with the same identity already exists.',
  unknown_country: 'A country code is not an ISO 3166-1 alpha-2 code.',
  unknown_language: 'A language code is not an ISO 639-1 code.',
  unknown_currency: 'A currency code is not an ISO 4217 code.',
  invalid_money: 'An amount is not a non-negative integer in minor units.',
  invalid_time: 'A time is not an RFC 3339 instant.',
  transition_not_allowed: 'The workflow does not allow this transition from the current state.',
  safeguard_blocked: 'One or more safeguards do not pass for this transition.',
  contradictory_facts: 'A recorded fact contradicts another (e.g. an outcome dated before its claim).',
  unknown_rule_set: 'No rule set with that id exists.',
  hold_cause_not_cleared: 'A hold cannot be released while the safeguards of the state it interrupted still block.',
  parameter_out_of_range: 'A rule parameter is outside its declared range.',
  threshold_too_low: 'A disclosure-control threshold below 3 was requested; such small counts are too revealing to publish.',
  capacity_exhausted: 'The agreement has no free place.',
  agreement_not_active: 'The agreement is not in a state that allows this act.',
  amendment_predates_agreement: 'An amendment is dated before the agreement takes effect (thrown by amendAgreement).',
  capacity_below_commitments: 'An amendment would lower capacity below the places already reserved or consumed (thrown by amendAgreement; details give the numbers).',
  currency_mismatch: 'A payment is in a currency other than the agreement ledger currency, or terms mix currencies (thrown by the payments ledger and amendAgreement).',
  unauthenticated: 'No valid session or token was presented.',
  forbidden: 'The caller is known but the policy denies the action.',
  csrf_failed: 'A state-changing request lacked a valid CSRF token.',
  rate_limited: 'Too many attempts; retry later.',
  separation_of_duties: 'The same person may not prepare and approve the same work.',
  policy_invalid: 'An access policy file or the policy schema does not parse or validate (thrown at start-up by createAuthorizer; the server refuses to start).',
  database_unavailable: 'The database cannot be reached or is busy; retry.',
  data_dir_locked: 'Another Waypoint process holds the data directory.',
  data_dir_unwritable: 'The data directory cannot be created or written.',
  migration_failed: 'A schema migration failed; the server refuses to serve.',
  cable_malformed: 'A cable header or paragraph is missing or malformed; details.errors lists {line, message}.',
  unknown_caveat: 'A cable caption or portion mark names a caveat Waypoint does not know; details.errors lists {line, message}.',
  classification_contradiction: 'A cable classification line is lower than a portion mark, or a portion caveat is missing from the captions.',
  caveat_conflict: 'A cable combines captions that exclude each other (SIPDIS with NODIS or EXDIS).',
  notice_language_unavailable: 'No notice template exists for the requested language; details.available lists those that do.',
  attachment_too_large: 'A document file exceeds the 5 MiB limit (thrown by checkAttachment in src/services/documents; nothing is stored).',
  attachment_type_not_allowed: 'A document file is not PDF or plain text, or its bytes contradict its content type (a PDF without %PDF-, text that is not UTF-8); nothing is stored.',
  signing_key_invalid:
    "A key file under <dataDir>/keys is unusable: the audit signing key is not an Ed25519 private key, a key file is malformed or readable by users other than its owner, or the person key-encryption key is missing while the database holds wrapped person keys or does not open them (loadOrCreateSigningKey, loadOrCreateIdentityIndexKey, loadOrCreatePersonKeyEncryptionKey: the server refuses to start; unwrapPersonDataKey at a read).",
  audit_log_inconsistent: 'The sealed audit log or its checkpoints do not add up (a missing seq inside a tree size, a hash that does not match its entry, a checkpoint whose signature or frontier fails): thrown by the checkpointer, which then refuses to sign, and by proof routes.',
  person_erased: "The person's data key was destroyed on erasure (crypto-shredding); their encrypted fields can no longer be read or written (thrown by src/audit/retention/person-keys.ts).",
  person_in_transfer: 'A person cannot be erased while one of their cases is on an open transfer (planned, manifest locked or departed); thrown by erasePerson, details.transferIds lists them.',
  person_has_open_cases: 'A person cannot be erased while one of their cases is not closed: safeguards evaluated without their data could pass what it would block; thrown by erasePerson, details.caseIds lists them.',
  witness_state_invalid: 'A witness state file is not JSON of the expected shape (thrown by readWitnessState).',
  transfer_step_not_allowed: 'The transfer is not in a status that allows this step (e.g. departing a cancelled transfer, arrival recorded twice, editing a locked manifest): thrown by src/services/transfers.',
  manifest_case_ineligible: 'A case cannot be added to the manifest (not cleared, earliest departure after the scheduled departure, another agreement, already on an open transfer); details.cases lists the reasons per case.',
  manifest_empty: 'A manifest without cases cannot be locked.',
  manifest_not_ready: 'Locking re-evaluated every case at the scheduled departure and some do not pass; details.cases lists the blocking findings.',
  departure_window_not_open: 'Departure was requested earlier than the allowed window before the scheduled departure.',
  not_on_manifest: 'A boarding was recorded for a case that is not on the manifest (or was removed at departure); details.caseIds lists them.',
  manifest_signing_unavailable: 'No signing key is configured, so a manifest cannot be locked (the server was started without its key).',
  import_encoding_invalid: 'An import file is not valid UTF-8 (thrown by importCases with the byte offset; nothing after it is read).',
  import_header_invalid: 'An import file lacks a required column or names an unknown or repeated one (thrown by importCases before any row is read).',
  import_too_large: 'An import file exceeds the configured size limit (default 2 GiB; thrown by importCases and the CLI before reading).',
  restore_target_not_empty: 'A restore was asked for a database that already holds data, without --force (thrown by restoreBackup).',
  backup_invalid: 'A backup file is unreadable, truncated, or its counts or hashes do not match its header (thrown by restoreBackup; nothing is restored).',
  report_period_invalid: 'A report period is reversed, lacks a required bound, is not a calendar date, or spans more than the report allows (20 years; 20 quarters for the public report); thrown by resolveReportPeriod in src/core/reports.',
  disclosure_check_failed: 'The exact disclosure check found a suppressed number an attacker could narrow down or a small count published; the release is refused and nothing is stored (thrown by releaseTransparencyReport).',
  internal: 'An unexpected error; details are in the server log only.',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;
  readonly userMessage: string;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}, userMessage?: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
    this.userMessage = userMessage ?? message;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
