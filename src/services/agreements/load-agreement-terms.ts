import type { Agreement } from '../../core/agreement.js';
import { AppError } from '../../core/errors.js';
import type { AgreementStatusChange } from '../../core/ledger/ledger-entries.js';
import { agreementStatusTimeline } from '../../core/ledger/status-timeline.js';
import { termsInForce, type AgreementStatusEntry } from '../../core/ledger/terms-in-force.js';
import { listTermsVersions, toAgreement, type AgreementTermsVersion } from '../../db/repositories/agreement.repository.js';
import { listStatusChanges } from '../../db/repositories/agreement-status.repository.js';
import type { Queryable } from '../../db/schema.js';

/** An agreement with everything needed to say which terms govern a date. */
export interface AgreementTermsContext {
  readonly agreement: Agreement;
  readonly versions: readonly AgreementTermsVersion[];
  readonly changes: readonly AgreementStatusChange[];
  readonly timeline: readonly AgreementStatusEntry[];
}

/**
 * Loads an agreement by id with its terms versions and status history.
 * `lock: 'share'` lets many reservations proceed together while a status
 * change or amendment (which take `FOR UPDATE`) waits for them, and the
 * reverse, so a move is never booked against terms that are being replaced.
 *
 * @example const loaded = await loadAgreementTerms(trx, agreementId, 'share');
 */
export async function loadAgreementTerms(db: Queryable, agreementId: string, lock: 'none' | 'share' | 'update'): Promise<AgreementTermsContext> {
  let select = db.selectFrom('agreements').selectAll().where('id', '=', agreementId);
  if (lock === 'share') select = select.forShare();
  if (lock === 'update') select = select.forUpdate();
  const row = await select.executeTakeFirst();
  if (!row) throw new AppError('not_found', `agreement ${agreementId} not found`, { agreementId });
  const agreement = toAgreement(row);
  // Sequential on purpose: inside a transaction there is one connection.
  const versions = await listTermsVersions(db, agreementId);
  const changes = await listStatusChanges(db, agreementId);
  return { agreement, versions, changes, timeline: agreementStatusTimeline(agreement, changes) };
}

/** The terms version governing moves on `date` (YYYY-MM-DD), or null. */
export function termsVersionOn(loaded: AgreementTermsContext, date: string): AgreementTermsVersion | null {
  return termsInForce(loaded.versions, loaded.timeline, date);
}

/** Like termsVersionOn, but a move without terms in force is refused with `agreement_not_active`. */
export function requireTermsOn(loaded: AgreementTermsContext, date: string): AgreementTermsVersion {
  const version = termsVersionOn(loaded, date);
  if (version === null) {
    throw new AppError('agreement_not_active', `agreement ${loaded.agreement.code} has no terms in force on ${date} (status ${loaded.agreement.status})`, {
      agreement: loaded.agreement.code,
      status: loaded.agreement.status,
      date,
    });
  }
  return version;
}
