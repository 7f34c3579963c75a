import type { DisclosureOptions } from '../../core/disclosure/index.js';
import type { PublicDisclosureCheck, ReportPeriod, TransparencyReport } from '../../core/reports/index.js';
import { buildTransparencyReport, countTableFromCounts, periodInstants, quartersInPeriod, resolveReportPeriod, TRANSPARENCY_PERIOD_LIMITS } from '../../core/reports/index.js';
import { nowInstant, type ServiceContext } from '../context.js';
import { countBlockedCases, countCasesOpened, countRelocations, receivingCountries } from './query-report-counts.js';

export interface TransparencyRequest {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly threshold?: number | undefined;
  readonly roundingBase?: number | undefined;
}

/** Stated in every public report: what it leaves out and why. */
const NOTES = [
  'Counts are of people (cases); a person appears once per table and quarter.',
  'Cases not yet proposed to a receiving country are not counted in these tables.',
  'Payment amounts are not published here: a per-person payment would let readers work out suppressed counts.',
  'Relocations are dated by the departure that passed every safeguard, or by the closing date of a case closed as relocated.',
];

/**
 * The public report computed now, with disclosure control, for any caller
 * (no sign-in): cases opened, relocations and people blocked by a safeguard,
 * per receiving country and quarter. The same function produces the content
 * of a release, so a preview and a release of the same data are equal.
 * Throws `report_period_invalid` (missing bound, reversed, over 20 quarters),
 * `threshold_too_low` (< 3) or `validation_failed` (rounding base).
 *
 * @example const { report } = await previewTransparencyReport(ctx, { from: '2026-01-01', to: '2026-12-31' });
 */
export async function previewTransparencyReport(ctx: ServiceContext, request: TransparencyRequest): Promise<{ readonly report: TransparencyReport; readonly check: PublicDisclosureCheck }> {
  const options: DisclosureOptions = {
    ...(request.threshold === undefined ? {} : { threshold: request.threshold }),
    ...(request.roundingBase === undefined ? {} : { rounding: { base: request.roundingBase } }),
  };
  const period: ReportPeriod = resolveReportPeriod(request, TRANSPARENCY_PERIOD_LIMITS);
  const range = periodInstants(period);
  const quarters = quartersInPeriod(period);
  const [countries, opened, relocations, blocked] = await Promise.all([
    receivingCountries(ctx.db),
    countCasesOpened(ctx.db, range, 'quarter'),
    countRelocations(ctx.db, range, 'quarter'),
    countBlockedCases(ctx.db, range, 'quarter'),
  ]);
  const rows = [...new Set([...countries, ...[...opened, ...relocations, ...blocked].flatMap((row) => (row.destination === null ? [] : [row.destination]))])].sort();
  const table = (counts: readonly { bucket: string; destination: string | null; count: number }[]) =>
    countTableFromCounts(rows.length === 0 ? ['(none)'] : rows, quarters, counts.map((row) => ({ row: row.destination, column: row.bucket, count: row.count })));
  return buildTransparencyReport(
    {
      period,
      generatedAt: nowInstant(ctx),
      notes: NOTES,
      tables: [
        { id: 'cases_opened', title: 'Cases opened', unit: 'people whose case was opened', table: table(opened) },
        { id: 'relocations', title: 'Relocations', unit: 'people relocated', table: table(relocations) },
        { id: 'safeguard_blocks', title: 'People blocked by a safeguard', unit: 'people with at least one blocked transition', table: table(blocked) },
      ],
    },
    options,
  );
}
