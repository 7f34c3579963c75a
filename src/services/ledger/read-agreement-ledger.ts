import type { Agreement, AgreementStatus } from '../../core/agreement.js';
import { AppError } from '../../core/errors.js';
import { freePlaces } from '../../core/ledger/capacity.js';
import type { Disbursement, PaymentObligation } from '../../core/ledger/ledger-entries.js';
import { reconcile, type Reconciliation } from '../../core/ledger/reconciliation.js';
import { statusOn } from '../../core/ledger/terms-in-force.js';
import type { Principal } from '../../core/principal.js';
import { findAgreement } from '../../db/repositories/agreement.repository.js';
import { listDisbursements, listObligations, readCapacityCounts } from '../../db/repositories/ledger.repository.js';
import type { Queryable } from '../../db/schema.js';
import { loadAgreementTerms, termsVersionOn, type AgreementTermsContext } from '../agreements/load-agreement-terms.js';
import { nowInstant, type ServiceContext } from '../context.js';
import { ledgerCurrency } from './ledger-currency.js';
import { authorizeAgreementAction } from '../agreements/read-agreements.js';

export interface CapacityPosition {
  /** The capacity of the terms in force today, else of the newest terms; null when the terms state no cap. */
  readonly capacity: number | null;
  readonly reserved: number;
  readonly consumed: number;
  /** Places still free; null when there is no cap. */
  readonly free: number | null;
}

export interface AgreementLedger {
  readonly agreement: Agreement;
  readonly asOf: string;
  readonly statusToday: AgreementStatus | null;
  /** The terms version governing moves today; null when none does (suspended, terminated, not yet in effect). */
  readonly termsVersionInForce: number | null;
  readonly capacity: CapacityPosition;
  readonly obligations: readonly PaymentObligation[];
  readonly disbursements: readonly Disbursement[];
  /** Null while the ledger has no currency (no payment in the terms and no entry). */
  readonly reconciliation: Reconciliation | null;
}

/**
 * The agreement page's ledger: capacity used/reserved/free, every
 * obligation and disbursement, and the reconciliation (totals and months).
 *
 * @example const ledger = await getAgreementLedger(ctx, principal, 'us-rw-2025');
 */
export async function getAgreementLedger(ctx: ServiceContext, principal: Principal, idOrCode: string): Promise<AgreementLedger> {
  await authorizeAgreementAction(ctx, principal, idOrCode, 'ledger:read');
  const loaded = await loadByIdOrCode(ctx.db, idOrCode);
  const asOf = nowInstant(ctx).slice(0, 10);
  const entries = await readLedgerEntries(ctx.db, loaded);
  return { ...(await capacityAndStatus(ctx.db, loaded, asOf)), ...entries };
}

/** Every obligation and disbursement of the agreement and their reconciliation. The caller authorizes (ledger:read). */
export async function readLedgerEntries(db: Queryable, loaded: AgreementTermsContext): Promise<Pick<AgreementLedger, 'obligations' | 'disbursements' | 'reconciliation'>> {
  const obligations = await listObligations(db, loaded.agreement.id);
  const disbursements = await listDisbursements(db, loaded.agreement.id);
  const currency = await ledgerCurrency(db, loaded);
  return {
    obligations,
    disbursements,
    reconciliation:
      currency === null
        ? null
        : reconcile(
            currency,
            obligations.map((entry) => ({ amount: entry.amount, on: entry.dueOn })),
            disbursements.map((entry) => ({ amount: entry.amount, on: entry.paidOn })),
          ),
  };
}

/** The agreement with its terms history, by uuid or code; not_found otherwise. */
export async function loadByIdOrCode(db: Queryable, idOrCode: string): Promise<AgreementTermsContext> {
  const agreement = await findAgreement(db, idOrCode);
  if (!agreement) throw new AppError('not_found', `agreement ${idOrCode} not found`, { agreement: idOrCode });
  return loadAgreementTerms(db, agreement.id, 'none');
}

/** Capacity position and today's status; shared with the agreement summary. */
export async function capacityAndStatus(
  db: Queryable,
  loaded: AgreementTermsContext,
  asOf: string,
): Promise<Pick<AgreementLedger, 'agreement' | 'asOf' | 'statusToday' | 'termsVersionInForce' | 'capacity'>> {
  const inForce = termsVersionOn(loaded, asOf);
  const counts = (await readCapacityCounts(db, loaded.agreement.id)) ?? { capacity: null, reserved: 0, consumed: 0 };
  const capacity = (inForce ?? loaded.versions.at(-1))?.terms.capacity.total ?? null;
  return {
    agreement: loaded.agreement,
    asOf,
    statusToday: statusOn(loaded.timeline, asOf),
    termsVersionInForce: inForce?.versionNo ?? null,
    capacity: { capacity, reserved: counts.reserved, consumed: counts.consumed, free: freePlaces({ capacity, reserved: counts.reserved, consumed: counts.consumed }) },
  };
}
