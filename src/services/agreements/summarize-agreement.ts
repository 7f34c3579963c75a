import type { Principal } from '../../core/principal.js';
import type { Reconciliation } from '../../core/ledger/reconciliation.js';
import { nowInstant, type ServiceContext } from '../context.js';
import { capacityAndStatus, getAgreementLedger, loadByIdOrCode, type AgreementLedger } from '../ledger/read-agreement-ledger.js';
import { authorizeAgreementAction } from './read-agreements.js';

export type AgreementSummary = Pick<AgreementLedger, 'agreement' | 'asOf' | 'statusToday' | 'termsVersionInForce' | 'capacity'> & {
  /** Totals only (obligated, disbursed, outstanding); null while the ledger has no currency. */
  readonly totals: Pick<Reconciliation, 'currency' | 'obligated' | 'disbursed' | 'outstanding'> | null;
};

/**
 * The agreement page header: status today, terms in force, capacity
 * used/reserved/free and ledger totals.
 *
 * @example const summary = await getAgreementSummary(ctx, principal, 'us-rw-2025');
 */
export async function getAgreementSummary(ctx: ServiceContext, principal: Principal, idOrCode: string): Promise<AgreementSummary> {
  await authorizeAgreementAction(ctx, principal, idOrCode, 'agreement:read');
  const loaded = await loadByIdOrCode(ctx.db, idOrCode);
  const position = await capacityAndStatus(ctx.db, loaded, nowInstant(ctx).slice(0, 10));
  const { reconciliation } = await getAgreementLedger(ctx, principal, loaded.agreement.id);
  return {
    ...position,
    totals: reconciliation && { currency: reconciliation.currency, obligated: reconciliation.obligated, disbursed: reconciliation.disbursed, outstanding: reconciliation.outstanding },
  };
}
