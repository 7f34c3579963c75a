import { z } from 'zod';

const cell = z.union([z.string(), z.number(), z.null()]);

export const reportTableSchema = z
  .object({ id: z.string(), title: z.string(), columns: z.array(z.string()).readonly(), rows: z.array(z.array(cell).readonly()).readonly(), note: z.string().optional() })
  .meta({ id: 'ReportTable' });

export const programStatisticsSchema = z
  .object({
    kind: z.literal('program'),
    period: z.object({ from: z.string(), to: z.string() }),
    grouping: z.enum(['month', 'quarter']),
    generatedAt: z.string(),
    tables: z.array(reportTableSchema).readonly(),
  })
  .meta({ id: 'ProgramStatistics' });

const publishedValue = z.union([z.object({ status: z.literal('published'), value: z.number() }), z.object({ status: z.literal('suppressed') })]);
const parameters = z.object({ threshold: z.number(), roundingBase: z.number().nullable() });

export const transparencyReportSchema = z
  .object({
    kind: z.literal('transparency'),
    title: z.string(),
    period: z.object({ from: z.string(), to: z.string() }),
    generatedAt: z.string(),
    version: z.number().nullable(),
    parameters,
    method: z.string(),
    tables: z
      .array(
        z.object({
          id: z.string(),
          title: z.string(),
          unit: z.string(),
          table: z.object({
            rowLabels: z.array(z.string()).readonly(),
            columnLabels: z.array(z.string()).readonly(),
            cells: z.array(z.array(publishedValue).readonly()).readonly(),
            rowTotals: z.array(publishedValue).readonly(),
            columnTotals: z.array(publishedValue).readonly(),
            grandTotal: publishedValue,
            parameters,
          }),
        }),
      )
      .readonly(),
    notes: z.array(z.string()).readonly(),
  })
  .meta({ id: 'TransparencyReport' });

export const transparencyResponseSchema = z
  .object({
    report: transparencyReportSchema,
    disclosureCheck: z.object({ ok: z.boolean(), parameters }),
    release: z.object({ version: z.number(), contentSha256: z.string(), releasedAt: z.string() }).nullable(),
  })
  .meta({ id: 'TransparencyResponse', description: 'The public report, the disclosure check result (ok and parameters only) and, for a stored release, its version and hash' });
