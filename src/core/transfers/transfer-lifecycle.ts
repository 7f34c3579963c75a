import { AppError } from '../errors.js';
import type { TransferStatus } from '../transfer.js';

/**
 * The transfer lifecycle as one table: `planned → manifest_locked → departed → arrived → closed`,
 * and `cancel` from any status before departure. Each step is one use case and one audit entry.
 *
 * Warning: step names are written to the audit log (`transfer.<step>`); never rename one.
 */
export const TRANSFER_STEPS = ['lock', 'depart', 'arrive', 'close', 'cancel'] as const;
export type TransferStep = (typeof TRANSFER_STEPS)[number];

const STEP_TABLE: Readonly<Record<TransferStep, { readonly from: readonly TransferStatus[]; readonly to: TransferStatus }>> = {
  lock: { from: ['planned'], to: 'manifest_locked' },
  depart: { from: ['manifest_locked'], to: 'departed' },
  arrive: { from: ['departed'], to: 'arrived' },
  close: { from: ['arrived'], to: 'closed' },
  cancel: { from: ['planned', 'manifest_locked'], to: 'cancelled' },
};

/** Statuses in which the manifest may still be edited (cases added or removed). */
export const EDITABLE_MANIFEST_STATUSES: readonly TransferStatus[] = ['planned'];

/** Statuses of a transfer that still holds its cases (one open transfer per case). */
export const OPEN_TRANSFER_STATUSES: readonly TransferStatus[] = ['planned', 'manifest_locked', 'departed'];

/**
 * The status a step leads to, or throws `transfer_step_not_allowed` (nothing is written by callers
 * that plan first).
 *
 * @example planTransferStep('planned', 'lock') === 'manifest_locked'
 */
export function planTransferStep(status: TransferStatus, step: TransferStep): TransferStatus {
  const definition = STEP_TABLE[step];
  if (!definition.from.includes(status)) {
    throw new AppError('transfer_step_not_allowed', `a transfer that is ${status} cannot ${step}`, { status, step, allowedFrom: [...definition.from] }, `This transfer is ${status}; it cannot ${step} now.`);
  }
  return definition.to;
}

/** Whether the manifest may still change (only while planned). */
export function isManifestEditable(status: TransferStatus): boolean {
  return EDITABLE_MANIFEST_STATUSES.includes(status);
}

/**
 * Refuses editing a manifest outside `planned` with `transfer_step_not_allowed`.
 *
 * @example assertManifestEditable('manifest_locked') // throws
 */
export function assertManifestEditable(status: TransferStatus): void {
  if (!isManifestEditable(status)) {
    throw new AppError('transfer_step_not_allowed', `the manifest of a ${status} transfer cannot change`, { status, step: 'edit_manifest', allowedFrom: [...EDITABLE_MANIFEST_STATUSES] }, 'The manifest is locked.');
  }
}
