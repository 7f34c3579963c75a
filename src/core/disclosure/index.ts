/** Statistical disclosure control for published count tables (issue 11). Pure: no IO. */
export type { CountTable, TableMargins } from './count-table.js';
export { createCountTable, MAX_TABLE_COLUMNS, MAX_TABLE_ROWS, tableMargins } from './count-table.js';
export type { DisclosureOptions, DisclosureParameters } from './disclosure-parameters.js';
export {
  DEFAULT_DISCLOSURE_THRESHOLD,
  MINIMUM_DISCLOSURE_THRESHOLD,
  resolveDisclosureParameters,
} from './disclosure-parameters.js';
export type { PublishedTable, PublishedValue } from './published-table.js';
export type { TableEntry } from './table-entry.js';
export { describeEntry } from './table-entry.js';
export { protectTable } from './protect-table.js';
export type { DisclosureAudit, DisclosureAuditIssue, SuppressedEntryAudit } from './audit-protected-table.js';
export { auditProtectedTable } from './audit-protected-table.js';
export { describeMethod } from './describe-method.js';
export { roundToBase } from './round-to-base.js';
