import { z } from 'zod';
import { AGREEMENT_STATUSES } from '../../core/agreement.js';
import { ASSESSMENT_FINDINGS } from '../../core/country-assessment.js';
import { OBLIGATION_KINDS, RESERVATION_STATUSES } from '../../core/ledger/ledger-entries.js';
import { agreementSchema } from './resources.schema.js';

/** Money out: exact minor units, the code, and a display string (Intl.NumberFormat, en-US). */
export const moneyViewSchema = z
  .object({ amountMinor: z.number().int(), currency: z.string(), formatted: z.string() })
  .meta({ id: 'MoneyView', description: 'Integer minor units with ISO 4217 code; `formatted` is for display only' });

export const capacityPositionSchema = z
  .object({ capacity: z.number().int().nullable(), reserved: z.number().int(), consumed: z.number().int(), free: z.number().int().nullable() })
  .meta({ id: 'CapacityPosition', description: 'null capacity/free: the terms state no cap' });

export const reservationSchema = z
  .object({
    id: z.uuid(),
    agreementId: z.uuid(),
    caseId: z.uuid(),
    status: z.enum(RESERVATION_STATUSES),
    reservedAt: z.string(),
    consumedAt: z.string().nullable(),
    releasedAt: z.string().nullable(),
  })
  .meta({ id: 'CapacityReservation' });

export const obligationSchema = z
  .object({
    id: z.uuid(),
    agreementId: z.uuid(),
    kind: z.enum(OBLIGATION_KINDS),
    caseId: z.uuid().nullable(),
    amount: moneyViewSchema,
    dueOn: z.string(),
    label: z.string(),
    termsVersion: z.number().int().nullable(),
    recordedAt: z.string(),
    recordedBy: z.string(),
  })
  .meta({ id: 'PaymentObligation' });

export const disbursementSchema = z
  .object({ id: z.uuid(), agreementId: z.uuid(), amount: moneyViewSchema, paidOn: z.string(), reference: z.string(), recordedAt: z.string(), recordedBy: z.string() })
  .meta({ id: 'Disbursement' });

const totalsShape = { currency: z.string(), obligated: moneyViewSchema, disbursed: moneyViewSchema, outstanding: moneyViewSchema };

export const reconciliationSchema = z
  .object({
    ...totalsShape,
    months: z.array(z.object({ month: z.string(), obligated: moneyViewSchema, disbursed: moneyViewSchema, outstandingAtEnd: moneyViewSchema })).readonly(),
  })
  .meta({ id: 'Reconciliation' });

const positionShape = {
  agreement: agreementSchema,
  asOf: z.string(),
  statusToday: z.enum(AGREEMENT_STATUSES).nullable(),
  termsVersionInForce: z.number().int().nullable(),
  capacity: capacityPositionSchema,
};

export const agreementLedgerSchema = z
  .object({
    ...positionShape,
    obligations: z.array(obligationSchema).readonly(),
    disbursements: z.array(disbursementSchema).readonly(),
    reconciliation: reconciliationSchema.nullable(),
  })
  .meta({ id: 'AgreementLedger' });

export const agreementSummarySchema = z.object({ ...positionShape, totals: z.object(totalsShape).nullable() }).meta({ id: 'AgreementSummary' });

export const statusChangeSchema = z
  .object({
    id: z.uuid(),
    agreementId: z.uuid(),
    fromStatus: z.enum(AGREEMENT_STATUSES),
    toStatus: z.enum(AGREEMENT_STATUSES),
    effectiveOn: z.string(),
    reason: z.string(),
    changedAt: z.string(),
    changedBy: z.string(),
  })
  .meta({ id: 'AgreementStatusChange' });

export const agreementStatusChangedSchema = z.object({ agreement: agreementSchema, change: statusChangeSchema }).meta({ id: 'AgreementStatusChanged' });

export const countryAssessmentSchema = z
  .object({
    id: z.uuid(),
    country: z.string(),
    finding: z.enum(ASSESSMENT_FINDINGS),
    controlling: z.boolean(),
    assessedOn: z.string(),
    source: z.string(),
    citation: z.string(),
    scope: z.string(),
    recordedAt: z.string(),
    recordedBy: z.string(),
  })
  .meta({ id: 'CountryAssessment' });

export const recordedAssessmentSchema = z.object({ assessment: countryAssessmentSchema, swept: z.boolean(), casesHeld: z.number().int() }).meta({ id: 'RecordedCountryAssessment' });
