import { z } from 'zod';
import { PROGRAM_TABLE_IDS } from '../reports/program-statistics.js';

/**
 * Query and body schemas of the report routes. Dates stay plain strings here
 * so that a missing, malformed or reversed period gets the one clear code
 * `report_period_invalid` from resolveReportPeriod; a threshold below 3 is
 * left to the disclosure core, which answers `threshold_too_low`.
 */
const periodBound = z.string().max(32);
const threshold = z.coerce.number().int().max(1000).meta({ description: 'Disclosure threshold (default 5, at least 3)' });
const roundingBase = z.coerce.number().int().meta({ description: 'Round every published number to a multiple of this (1-1000)' });

export const programReportQuerySchema = z.strictObject({
  from: periodBound.optional().meta({ description: 'First day, YYYY-MM-DD (required)' }),
  to: periodBound.optional().meta({ description: 'Last day, YYYY-MM-DD (required)' }),
  groupBy: z.enum(['month', 'quarter']).default('month').meta({ description: 'Time grouping of the over-time tables' }),
  table: z.enum(PROGRAM_TABLE_IDS).optional().meta({ description: 'Only this table' }),
  format: z.enum(['json', 'csv']).default('json'),
});

export const transparencyQuerySchema = z.strictObject({
  from: periodBound.optional().meta({ description: 'First day, YYYY-MM-DD; with `to`, a live preview. Without both: the latest release (or, before the first release, the last four quarters)' }),
  to: periodBound.optional(),
  threshold: threshold.optional(),
  roundingBase: roundingBase.optional(),
  format: z.enum(['json', 'csv', 'pdf']).default('json'),
});

export const transparencyPageQuerySchema = transparencyQuerySchema.omit({ format: true }).extend({
  version: z.coerce.number().int().min(1).optional().meta({ description: 'A stored release instead of the latest' }),
});

export const releaseTransparencySchema = z.strictObject({
  from: periodBound,
  to: periodBound,
  threshold: z.number().int().max(1000).optional(),
  roundingBase: z.number().int().optional(),
});

export const releaseFormatQuerySchema = z.strictObject({ format: z.enum(['json', 'csv', 'pdf']).default('json') });
