import type { ErrorCode } from './api-types';

/**
 * What a person reads for each API error code: one table, exhaustive over
 * the codes in the OpenAPI document, so a new server code fails the web
 * type check until it has a message here.
 *
 * @example ERROR_MESSAGES.precondition_failed // 'Someone else changed this record…'
 */
export const ERROR_MESSAGES: Readonly<Record<ErrorCode, string>> = {
  validation_failed: 'Some of the entered values are not valid. Check the highlighted fields.',
  malformed_json: 'The request could not be read. Reload the page and try again.',
  body_too_large: 'What you sent is larger than the server accepts.',
  unsupported_media_type: 'The server does not accept this kind of content here.',
  not_found: 'This record does not exist, or you do not have access to it.',
  route_not_found: 'This part of Waypoint is not available yet.',
  precondition_required: 'The update was sent without the version you read. Reload and try again.',
  precondition_failed: 'Someone else changed this record after you opened it. The page now shows the current version.',
  conflict: 'This conflicts with the current state of the record. Reload and check before trying again.',
  duplicate: 'A record with the same identity already exists.',
  unknown_country: 'A country code is not a recognised ISO 3166-1 code.',
  unknown_language: 'A language code is not a recognised ISO 639-1 code.',
  unknown_currency: 'A currency code is not a recognised ISO 4217 code.',
  invalid_money: 'An amount must be a whole, non-negative number of minor units (for example cents).',
  invalid_time: 'A date or time is not valid.',
  transition_not_allowed: 'The case cannot move to that state from where it is now.',
  safeguard_blocked: 'A legal safeguard does not pass yet, so this step is blocked. See the safeguard checklist.',
  contradictory_facts: 'A recorded fact contradicts another one. Check the dates and outcomes.',
  unknown_rule_set: 'The rule set named does not exist.',
  hold_cause_not_cleared: 'The hold cannot be released while the reason for it still applies.',
  parameter_out_of_range: 'A rule parameter is outside its allowed range.',
  threshold_too_low: 'Counts below 3 are too revealing to publish; choose a higher threshold.',
  capacity_exhausted: 'The agreement has no free places left.',
  agreement_not_active: 'The agreement is not active, so this is not possible.',
  amendment_predates_agreement: 'An amendment cannot take effect before the agreement itself.',
  capacity_below_commitments: 'Capacity cannot go below the places already reserved or used.',
  currency_mismatch: 'The amount is in a different currency from the agreement ledger.',
  unauthenticated: 'Your session has ended. Sign in to continue.',
  forbidden: 'You do not have permission to do this.',
  csrf_failed: 'Your session token is out of date. Reload the page and try again.',
  rate_limited: 'Too many attempts. Wait a moment and try again.',
  separation_of_duties: 'The same person may not prepare and approve the same work.',
  policy_invalid: 'The access policy is invalid; an administrator must fix it.',
  database_unavailable: 'The database is busy or unreachable. Try again in a moment.',
  data_dir_locked: 'Another Waypoint process holds the data directory.',
  data_dir_unwritable: 'The server cannot write its data directory.',
  migration_failed: 'The server database could not be upgraded; an administrator must look at it.',
  cable_malformed: 'The cable is malformed; see the listed lines.',
  unknown_caveat: 'The cable names a caveat Waypoint does not know.',
  classification_contradiction: 'The cable classification contradicts its portion marks.',
  caveat_conflict: 'The cable combines caveats that exclude each other.',
  notice_language_unavailable: 'No notice template exists for that language.',
  audit_log_inconsistent: 'The audit log does not add up; an administrator must investigate.',
  signing_key_invalid: 'The audit signing key is invalid; an administrator must fix it.',
  witness_state_invalid: 'The audit witness state is invalid.',
  internal: 'Something went wrong on the server. The error has been logged; try again later.',
};

/** Failures that happen before the server answers with its error shape. */
export const CLIENT_FAILURE_MESSAGES = {
  network: 'The server could not be reached. Check your connection and try again.',
  unexpected_response: 'The server answered in an unexpected way. Try again later.',
} as const;
