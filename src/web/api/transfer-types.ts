import type { Schemas } from './api-types';
import type { paths } from './openapi-types';

/**
 * Transfer shapes, derived from the generated OpenAPI types.
 *
 * @example const status: TransferStatus = 'planned';
 */
export type Transfer = Schemas['Transfer'];
export type TransferStatus = Transfer['status'];
export type TransferDetail = Schemas['TransferDetail'];
export type TransferPage = Schemas['TransferPage'];
export type Departure = Schemas['Departure'];
export type DepartureRemoval = Departure['removals'][number];
export type Arrival = Schemas['Arrival'];
export type BoardingReconciliation = Schemas['BoardingReconciliation'];
export type CreateTransferBody = paths['/api/transfers']['post']['requestBody']['content']['application/json'];
export type TransferListQuery = NonNullable<paths['/api/transfers']['get']['parameters']['query']>;

/**
 * 409 manifest_case_ineligible: `details.cases`, one entry per refused case
 * (error details are untyped in the OpenAPI document, so this is written out).
 */
export interface IneligibleCase {
  readonly caseId: string;
  readonly reasons: readonly string[];
  readonly blockedBy?: readonly string[];
}
