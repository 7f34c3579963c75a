import type { Principal } from '../../core/principal.js';
import type { Reconciliation } from '../../core/ledger/reconciliation.js';
import { nowInstant, type ServiceContext } from '../context.js';
import { decide } from '../access/authorize.js';
import { capacityAndStatus, loadByIdOrCode, readLedgerEntries, type AgreementLedger } from '../ledger/read-agreement-ledger.js';
import { agreementResourceOf, authorizeAgreementAction } from './read-agreements.js';

export type AgreementSummary = Pick<AgreementLedger, 'agreement' | 'asOf' | 'statusToday' | 'termsVersionInForce' | 'capacity'> & {
  /**
   * Totals only (obligated, disbursed, outstanding); null while the ledger has no currency, and
   * for a caller who may read the agreement but not its ledger (legal reviewer, receiving liaison).
   */
  readonly totals: Pick<Reconciliation, 'currency' | 'obligated' | 'disbursed' | 'outstanding'> | null;
};

/**
 * The agreement page header: status today, terms in force, capacity
 * used/reserved/free and ledger totals.
 *
 * @example const summary = await getAgreementSummary(ctx, principal, 'us-rw-2025');
 */
export async function getAgreementSummary(ctx: ServiceContext, principal: Principal, idOrCode: string): Promise<AgreementSummary> {
  const agreement = await authorizeAgreementAction(ctx, principal, idOrCode, 'agreement:read');
  const loaded = await loadByIdOrCode(ctx.db, agreement.id);
  const position = await capacityAndStatus(ctx.db, loaded, nowInstant(ctx).slice(0, 10));
  // The header is for everyone who may read the agreement; the money only for who may read the ledger.
  const mayReadLedger = decide(ctx, principal, 'ledger:read', agreementResourceOf(agreement)).allowed;
  const reconciliation = mayReadLedger ? (await readLedgerEntries(ctx.db, loaded)).reconciliation : null;
  return {
    ...position,
    totals: reconciliation && { currency: reconciliation.currency, obligated: reconciliation.obligated, disbursed: reconciliation.disbursed, outstanding: reconciliation.outstanding },
  };
}
