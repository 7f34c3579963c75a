import type { Principal } from '../../core/principal.js';
import { listOverdueWelfareChecks, type WelfareCheck } from '../../db/repositories/transfer.repository.js';
import { decide } from '../access/authorize.js';
import { nowInstant, type ServiceContext } from '../context.js';
import { transferResourceOf } from './transfer-access.js';

/**
 * Scheduled welfare checks whose due instant has passed, oldest first, limited to transfers the
 * caller may read.
 *
 * @example const overdue = await listOverdueWelfare(ctx, officer, 100)
 */
export async function listOverdueWelfare(ctx: ServiceContext, principal: Principal, limit: number): Promise<WelfareCheck[]> {
  const rows = await listOverdueWelfareChecks(ctx.db, nowInstant(ctx), limit);
  return rows
    .filter((row) => decide(ctx, principal, 'transfer:read', transferResourceOf({ id: row.transferId, agency: row.agency, agreementId: row.agreementId, receivingCountry: row.receivingCountry })).allowed)
    .map(({ agreementId: _agreement, agency: _agency, receivingCountry: _country, ...check }) => check);
}
