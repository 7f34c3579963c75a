import { z } from 'zod';
import { TRANSFER_STATUSES } from '../../core/transfer.js';

export const transferSchema = z
  .object({
    id: z.string(),
    reference: z.string(),
    agreementId: z.string(),
    status: z.enum(TRANSFER_STATUSES),
    scheduledDeparture: z.string(),
    carrier: z.string(),
    flight: z.string(),
    facility: z.string(),
    escortCount: z.number().int(),
    preparedBy: z.string().nullable(),
    version: z.number().int(),
    agency: z.string(),
    receivingCountry: z.string(),
    lockedAt: z.string().nullable(),
    lockedBy: z.string().nullable(),
    departedAt: z.string().nullable(),
    arrivedAt: z.string().nullable(),
    arrivalConfirmedBy: z.string().nullable(),
    closedAt: z.string().nullable(),
    cancelledAt: z.string().nullable(),
    cancelReason: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Transfer' });

const removalSchema = z.object({ caseId: z.string(), decisionId: z.string(), blockedBy: z.array(z.string()).readonly(), reason: z.string(), removedAt: z.string() });

export const boardingReconciliationSchema = z
  .object({ boarded: z.array(z.string()).readonly(), notBoarded: z.array(z.string()).readonly(), removedAtDeparture: z.array(z.string()).readonly() })
  .meta({ id: 'BoardingReconciliation' });

export const welfareCheckSchema = z
  .object({
    id: z.string(),
    transferId: z.string(),
    caseId: z.string(),
    dayOffset: z.number().int(),
    dueAt: z.string(),
    sources: z.array(z.string()).readonly(),
    status: z.enum(['scheduled', 'completed', 'missed']),
    result: z.enum(['well', 'concern', 'unreachable']).nullable(),
    notes: z.string(),
    completedAt: z.string().nullable(),
    recordedBy: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'WelfareCheck' });

export const afterActionReviewSchema = z
  .object({
    transferId: z.string(),
    summary: z.string(),
    deviations: z.array(z.string()).readonly(),
    findings: z.array(z.string()).readonly(),
    followUps: z.array(z.object({ action: z.string(), owner: z.string(), due: z.string().nullable() })).readonly(),
    documentIds: z.array(z.string()).readonly(),
    recordedBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'AfterActionReview' });

export const transferDetailSchema = z
  .object({
    transfer: transferSchema,
    manifestCaseIds: z.array(z.string()).readonly(),
    snapshot: z.object({ snapshotHash: z.string(), keyId: z.string(), caseCount: z.number().int(), createdAt: z.string() }).nullable(),
    departureRemovals: z.array(removalSchema).readonly(),
    boarding: boardingReconciliationSchema,
    welfareChecks: z.array(welfareCheckSchema).readonly(),
    afterActionReview: afterActionReviewSchema.nullable(),
  })
  .meta({ id: 'TransferDetail' });

export const manifestChangeSchema = z.object({ transfer: transferSchema, caseIds: z.array(z.string()).readonly() }).meta({ id: 'ManifestChange' });

export const lockedManifestSchema = z
  .object({ transfer: transferSchema, snapshot: z.record(z.string(), z.unknown()), snapshotHash: z.string(), signature: z.string(), keyId: z.string() })
  .meta({ id: 'LockedManifest' });

export const departureSchema = z.object({ transfer: transferSchema, departingCaseIds: z.array(z.string()).readonly(), removals: z.array(removalSchema).readonly() }).meta({ id: 'Departure' });

export const arrivalSchema = z
  .object({ transfer: transferSchema, relocatedCaseIds: z.array(z.string()).readonly(), returnedCaseIds: z.array(z.string()).readonly(), obligationsPosted: z.number().int(), welfareChecksScheduled: z.number().int() })
  .meta({ id: 'Arrival' });

export const manifestVerificationSchema = z
  .object({
    transferId: z.string(),
    valid: z.boolean(),
    signatureValid: z.boolean(),
    hashMatches: z.boolean(),
    keyMatches: z.boolean(),
    caseCount: z.number().int(),
    decisionsReplayed: z.number().int(),
    problems: z.array(z.string()).readonly(),
  })
  .meta({ id: 'ManifestVerification' });
