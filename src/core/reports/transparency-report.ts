import type { CountTable, DisclosureOptions, DisclosureParameters, PublishedTable } from '../disclosure/index.js';
import { auditProtectedTable, describeMethod, protectTable, resolveDisclosureParameters } from '../disclosure/index.js';
import type { ReportPeriod } from './report-period.js';

/** One count table to publish, before protection. */
export interface TransparencyTableInput {
  readonly id: string;
  readonly title: string;
  /** What one count is, e.g. "people relocated". */
  readonly unit: string;
  readonly table: CountTable;
}

export interface PublishedTransparencyTable {
  readonly id: string;
  readonly title: string;
  readonly unit: string;
  readonly table: PublishedTable;
}

/**
 * The public transparency report: only protected tables, the method
 * statement and its parameters. Nothing in it names a person or a case.
 * WARNING: stored JSON shape of report releases (report_releases.content) and
 * hashed into content_sha256; change only additively.
 */
export interface TransparencyReport {
  readonly kind: 'transparency';
  readonly title: string;
  readonly period: ReportPeriod;
  readonly generatedAt: string;
  /** null for a live preview; the release version once stored. */
  readonly version: number | null;
  readonly parameters: DisclosureParameters;
  readonly method: string;
  readonly tables: readonly PublishedTransparencyTable[];
  readonly notes: readonly string[];
}

/** The part of the disclosure check that may be published: whether every table passed, and with which parameters. */
export interface PublicDisclosureCheck {
  readonly ok: boolean;
  readonly parameters: DisclosureParameters;
  readonly tables: readonly { readonly id: string; readonly ok: boolean; readonly suppressedCount: number }[];
}

export const TRANSPARENCY_REPORT_TITLE = 'Third-country relocation program: transparency report';

/**
 * Protects every table with the same parameters, audits each protected table
 * against its original (the exact attacker-interval check), and assembles the
 * public report. The per-entry audit stays inside this function: it says which
 * suppressed entries are below the threshold, so only `ok`, the parameters and
 * suppression counts leave it.
 * Throws `threshold_too_low` / `validation_failed` for bad parameters.
 *
 * @example
 *   const { report, check } = buildTransparencyReport({ period, generatedAt, tables, notes: [] }, { threshold: 5 });
 *   check.ok === true; report.method.startsWith('Counts from 1 to 4');
 */
export function buildTransparencyReport(
  input: { readonly period: ReportPeriod; readonly generatedAt: string; readonly tables: readonly TransparencyTableInput[]; readonly notes: readonly string[] },
  options: DisclosureOptions = {},
): { readonly report: TransparencyReport; readonly check: PublicDisclosureCheck } {
  const parameters = resolveDisclosureParameters(options);
  const checks: { id: string; ok: boolean; suppressedCount: number }[] = [];
  const tables = input.tables.map((entry): PublishedTransparencyTable => {
    const published = protectTable(entry.table, options);
    const audit = auditProtectedTable(entry.table, published);
    checks.push({ id: entry.id, ok: audit.ok, suppressedCount: audit.suppressedCount });
    return { id: entry.id, title: entry.title, unit: entry.unit, table: published };
  });
  return {
    report: {
      kind: 'transparency',
      title: TRANSPARENCY_REPORT_TITLE,
      period: input.period,
      generatedAt: input.generatedAt,
      version: null,
      parameters,
      method: describeMethod(parameters),
      tables,
      notes: input.notes,
    },
    check: { ok: checks.every((check) => check.ok), parameters, tables: checks },
  };
}
