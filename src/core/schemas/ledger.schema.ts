import { z } from 'zod';
import { isValidMinorAmount } from '../money.js';
import { calendarDateSchema, currencyCodeSchema, textSchema } from './primitives.schema.js';

/**
 * Payment-ledger inputs. Amounts are integer minor units (cents for USD):
 * a negative or fractional amount is refused with `invalid_money`, an
 * unknown ISO 4217 code with `unknown_currency`.
 */
export const ledgerAmountMinorSchema = z
  .number()
  .refine(isValidMinorAmount, { error: 'must be a non-negative integer number of minor units', params: { code: 'invalid_money' } })
  .meta({ description: 'Amount in integer minor units (cents for USD); never a float', example: 10_000_000 });

export const ledgerMoneySchema = z.strictObject({ amountMinor: ledgerAmountMinorSchema, currency: currencyCodeSchema }).meta({ id: 'MoneyInput' });

export const recordDisbursementSchema = z
  .strictObject({ amount: ledgerMoneySchema, paidOn: calendarDateSchema, reference: textSchema(200).default('') })
  .meta({ id: 'RecordDisbursement' });
export type RecordDisbursementInput = z.infer<typeof recordDisbursementSchema>;

export const recordLumpSumSchema = z
  .strictObject({ amount: ledgerMoneySchema, dueOn: calendarDateSchema, label: textSchema(200).min(1) })
  .meta({ id: 'RecordLumpSumObligation' });
export type RecordLumpSumInput = z.infer<typeof recordLumpSumSchema>;

export const postScheduledLumpSumsSchema = z.strictObject({ asOf: calendarDateSchema }).meta({ id: 'PostScheduledLumpSums' });

export const reservePlaceSchema = z.strictObject({ caseId: z.uuid() }).meta({ id: 'ReservePlace' });
