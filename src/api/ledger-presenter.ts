import type { Disbursement, PaymentObligation } from '../core/ledger/ledger-entries.js';
import { moneyView } from '../core/ledger/money-view.js';
import type { Reconciliation } from '../core/ledger/reconciliation.js';
import type { AgreementSummary } from '../services/agreements/summarize-agreement.js';
import type { AgreementLedger } from '../services/ledger/read-agreement-ledger.js';

/** Ledger records as the API sends them: every amount with its formatted display string. */
export function presentObligation(obligation: PaymentObligation) {
  return { ...obligation, amount: moneyView(obligation.amount) };
}

export function presentDisbursement(disbursement: Disbursement) {
  return { ...disbursement, amount: moneyView(disbursement.amount) };
}

function presentTotals(totals: Pick<Reconciliation, 'currency' | 'obligated' | 'disbursed' | 'outstanding'>) {
  return { currency: totals.currency, obligated: moneyView(totals.obligated), disbursed: moneyView(totals.disbursed), outstanding: moneyView(totals.outstanding) };
}

export function presentLedger(ledger: AgreementLedger) {
  const { reconciliation } = ledger;
  return {
    ...ledger,
    obligations: ledger.obligations.map(presentObligation),
    disbursements: ledger.disbursements.map(presentDisbursement),
    reconciliation: reconciliation && {
      ...presentTotals(reconciliation),
      months: reconciliation.months.map((month) => ({
        month: month.month,
        obligated: moneyView(month.obligated),
        disbursed: moneyView(month.disbursed),
        outstandingAtEnd: moneyView(month.outstandingAtEnd),
      })),
    },
  };
}

export function presentSummary(summary: AgreementSummary) {
  return { ...summary, totals: summary.totals && presentTotals(summary.totals) };
}
