import { z } from 'zod';
import { TRANSFER_STATUSES } from '../transfer.js';
import { instantSchema } from './primitives.schema.js';

const shortText = (max: number) => z.string().trim().max(max);

export const createTransferSchema = z
  .strictObject({
    reference: z.string().trim().min(3).max(64).regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/),
    agreementId: z.uuid(),
    scheduledDeparture: instantSchema,
    carrier: shortText(200).default(''),
    flight: shortText(100).default('').meta({ description: 'Flight number or route' }),
    facility: shortText(300).default('').meta({ description: 'Receiving facility' }),
    escortCount: z.number().int().min(0).max(10_000).default(0),
  })
  .meta({ id: 'CreateTransfer' });
export type CreateTransferInput = z.infer<typeof createTransferSchema>;

export const updateTransferSchema = z
  .strictObject({
    scheduledDeparture: instantSchema.optional(),
    carrier: shortText(200).optional(),
    flight: shortText(100).optional(),
    facility: shortText(300).optional(),
    escortCount: z.number().int().min(0).max(10_000).optional(),
  })
  .meta({ id: 'UpdateTransfer' });
export type UpdateTransferInput = z.infer<typeof updateTransferSchema>;

export const manifestCasesSchema = z.strictObject({ caseIds: z.array(z.uuid()).min(1).max(2000) }).meta({ id: 'ManifestCases' });

export const cancelTransferSchema = z.strictObject({ reason: z.string().trim().min(1).max(1000) }).meta({ id: 'CancelTransfer' });

export const departTransferSchema = z
  .strictObject({ earlyWindowHours: z.number().int().min(0).max(72).optional().meta({ description: 'How many hours before the scheduled departure the gate opens (default 6)' }) })
  .meta({ id: 'DepartTransfer' });

export const welfareCheckResultSchema = z
  .strictObject({ result: z.enum(['well', 'concern', 'unreachable']), notes: z.string().trim().max(4000).default('') })
  .meta({ id: 'WelfareCheckResult' });

export const afterActionReviewSchema = z
  .strictObject({
    summary: z.string().trim().min(1).max(20_000),
    deviations: z.array(z.string().trim().min(1).max(2000)).max(200).default([]),
    findings: z.array(z.string().trim().min(1).max(2000)).max(200).default([]),
    followUps: z.array(z.strictObject({ action: z.string().trim().min(1).max(2000), owner: z.string().trim().min(1).max(200), due: z.iso.date().nullable().default(null) })).max(200).default([]),
    documentIds: z.array(z.uuid()).max(200).default([]),
  })
  .meta({ id: 'RecordAfterActionReview' });
export type AfterActionReviewInput = z.infer<typeof afterActionReviewSchema>;

export const transferListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(400).optional(),
  status: z.enum(TRANSFER_STATUSES).optional(),
  agreementId: z.uuid().optional(),
});
