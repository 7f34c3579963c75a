/** Report shaping and rendering (issue 11). Pure: no IO. */
export type { ReportCell, ReportTable } from './report-table.js';
export type { PeriodLimits, ReportPeriod } from './report-period.js';
export { monthsInPeriod, periodInstants, PROGRAM_PERIOD_LIMITS, quarterOf, quartersInPeriod, recentQuartersPeriod, resolveReportPeriod, TRANSPARENCY_PERIOD_LIMITS } from './report-period.js';
export { medianOf } from './median.js';
export { renderReportCsv } from './render-report-csv.js';
export type { ProgramAggregates, ProgramStatistics, ProgramTableId } from './program-statistics.js';
export { PROGRAM_TABLE_IDS, shapeProgramTables } from './program-statistics.js';
export type { PublicDisclosureCheck, PublishedTransparencyTable, TransparencyReport, TransparencyTableInput } from './transparency-report.js';
export { buildTransparencyReport, TRANSPARENCY_REPORT_TITLE } from './transparency-report.js';
export { renderTransparencyCsv, transparencyReportTables } from './render-transparency-csv.js';
export { renderTransparencyHtml } from './render-transparency-html.js';
export type { ChartBar } from './transparency-chart.js';
export { chartBars, chartScale } from './transparency-chart.js';
export { publishedValueText, SUPPRESSED_MARK } from './published-value-text.js';
export { escapeHtml } from './escape-html.js';
export { countTableFromCounts } from './count-table-from-counts.js';
