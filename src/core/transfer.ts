export const TRANSFER_STATUSES = ['planned', 'manifest_locked', 'departed', 'arrived', 'closed', 'cancelled'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];

/** A movement of one or many cases under one agreement. */
export interface Transfer {
  readonly id: string;
  readonly reference: string;
  readonly agreementId: string;
  readonly status: TransferStatus;
  readonly scheduledDeparture: string;
  readonly carrier: string;
  readonly flight: string;
  readonly facility: string;
  readonly escortCount: number;
  readonly preparedBy: string | null;
  readonly version: number;
}
