import { z } from 'zod';
import { CASE_STATES } from '../case.js';
import { DEFAULT_RULE_SET_ID } from '../rulesets/profiles.js';
import { countryCodeSchema, textSchema, uuidSchema } from './primitives.schema.js';

/** The most protective profile combination is the default for new cases (SAFEGUARDS.md); defined once, in the rule-set profiles. */
export { DEFAULT_RULE_SET_ID };

export const openCaseSchema = z
  .strictObject({
    personId: uuidSchema,
    destinationCountry: countryCodeSchema.nullable().default(null),
    agreementId: uuidSchema.nullable().default(null),
    ruleSetId: textSchema(100).min(1).default(DEFAULT_RULE_SET_ID),
    officerId: uuidSchema.nullable().default(null),
    counselId: uuidSchema.nullable().default(null),
    externalId: textSchema(100).min(1).nullable().default(null),
    agency: textSchema(100).default('').meta({ description: 'Owning agency; for signed-in users always their own agency' }),
  })
  .meta({ id: 'OpenCase', description: 'Opens a case at intake for an existing person.' });
export type OpenCaseInput = z.infer<typeof openCaseSchema>;

export const updateCaseSchema = z
  .strictObject({
    officerId: uuidSchema.nullable(),
    counselId: uuidSchema.nullable(),
    externalId: textSchema(100).min(1).nullable(),
  })
  .partial()
  .meta({ id: 'UpdateCase', description: 'Assignment fields. State, destination and agreement change only through transitions.' });
export type UpdateCaseInput = z.infer<typeof updateCaseSchema>;

export const caseStateSchema = z.enum(CASE_STATES);
