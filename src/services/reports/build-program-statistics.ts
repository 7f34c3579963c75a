import { PROGRAM_REPORT } from '../../core/access/resources.js';
import type { Principal } from '../../core/principal.js';
import type { ProgramStatistics, ProgramTableId } from '../../core/reports/index.js';
import { periodInstants, PROGRAM_PERIOD_LIMITS, resolveReportPeriod, shapeProgramTables } from '../../core/reports/index.js';
import { requireAllowed } from '../access/authorize.js';
import { nowInstant, type ServiceContext } from '../context.js';
import {
  countCasesOpened,
  countCurrentHolds,
  countOverdueWelfareChecks,
  countRelocations,
  countSafeguardBlocks,
  relocationDurations,
  sumPayments,
  type ReportGrouping,
} from './query-report-counts.js';

export interface ProgramStatisticsRequest {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly grouping?: ReportGrouping | undefined;
  readonly table?: ProgramTableId | undefined;
}

/**
 * Program statistics for the period: exact aggregate counts over the whole
 * program (no case-level data leaves). Access: 'report:program' on
 * PROGRAM_REPORT — the policies grant it to program officers, supervisors,
 * diplomatic officers, legal reviewers and oversight; counsel, receiving
 * liaisons and admins get 403 (their view is limited to single cases, and
 * whole-program aggregates are not within it).
 * Throws `report_period_invalid`, `forbidden`, `unauthenticated`.
 *
 * @example const stats = await buildProgramStatistics(ctx, principal, { from: '2026-01-01', to: '2026-12-31' });
 */
export async function buildProgramStatistics(ctx: ServiceContext, principal: Principal, request: ProgramStatisticsRequest): Promise<ProgramStatistics> {
  const period = resolveReportPeriod(request, PROGRAM_PERIOD_LIMITS);
  await requireAllowed(ctx, principal, 'report:program', PROGRAM_REPORT);
  const grouping = request.grouping ?? 'month';
  const range = periodInstants(period);
  const now = nowInstant(ctx);
  const [casesOpened, relocations, payments, safeguardBlocks, holds, durations, overdueWelfareChecks] = await Promise.all([
    countCasesOpened(ctx.db, range, grouping),
    countRelocations(ctx.db, range, grouping),
    sumPayments(ctx.db, period),
    countSafeguardBlocks(ctx.db, range),
    countCurrentHolds(ctx.db),
    relocationDurations(ctx.db, range),
    countOverdueWelfareChecks(ctx.db, now),
  ]);
  return {
    kind: 'program',
    period,
    grouping,
    generatedAt: now,
    tables: shapeProgramTables({ casesOpened, relocations, payments, safeguardBlocks, holds, relocationDurations: durations, overdueWelfareChecks }, grouping, request.table),
  };
}
