import { z } from 'zod';
import { recordAssessmentSchema } from '../../core/schemas/assessment.schema.js';
import { countryCodeSchema } from '../../core/schemas/primitives.schema.js';
import { listCountryAssessments } from '../../services/assessments/read-assessments.js';
import { recordAssessment } from '../../services/assessments/record-assessment.js';
import type { AppInstance } from '../app-instance.js';
import { errorResponses } from '../schemas/common.schema.js';
import { countryAssessmentSchema, recordedAssessmentSchema } from '../schemas/ledger.schema.js';

/** Dated country findings (court rulings, UNHCR or State reports). */
export function registerAssessmentRoutes(app: AppInstance): void {
  const tags = ['assessments'];

  app.get(
    '/api/assessments',
    {
      schema: {
        tags,
        summary: 'List country assessments, newest first',
        querystring: z.strictObject({ country: countryCodeSchema.optional() }),
        response: { 200: z.object({ items: z.array(countryAssessmentSchema).readonly() }), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => ({ items: await listCountryAssessments(app.services, request.principal, request.query.country) }),
  );

  app.post(
    '/api/assessments',
    {
      schema: {
        tags,
        summary: 'Record a country assessment; a controlling unsafe finding triggers the sweep of affected cases',
        body: recordAssessmentSchema,
        response: { 201: recordedAssessmentSchema, ...errorResponses(400, 401, 403, 413, 415) },
      },
    },
    async (request, reply) => {
      const recorded = await recordAssessment(app.services, request.principal, request.body);
      void reply.status(201).header('location', `/api/assessments?country=${recorded.assessment.country}`);
      return recorded;
    },
  );
}
