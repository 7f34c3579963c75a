import { z } from 'zod';
import { ASSESSMENT_FINDINGS } from '../country-assessment.js';
import { calendarDateSchema, countryCodeSchema, textSchema } from './primitives.schema.js';

export const recordAssessmentSchema = z
  .strictObject({
    country: countryCodeSchema,
    finding: z.enum(ASSESSMENT_FINDINGS),
    controlling: z.boolean(),
    assessedOn: calendarDateSchema,
    source: textSchema(300).min(1),
    citation: textSchema(500).min(1),
    scope: textSchema(2000).default(''),
  })
  .meta({ id: 'RecordCountryAssessment' });
export type RecordAssessmentInput = z.infer<typeof recordAssessmentSchema>;
