import { z } from 'zod';
import { countryCodeSchema } from '../../core/schemas/primitives.schema.js';
import { getCountry, listCountries } from '../../services/countries/read-countries.js';
import type { AppInstance } from '../app-instance.js';
import { errorResponses } from '../schemas/common.schema.js';
import { countrySchema } from '../schemas/resources.schema.js';

export function registerCountryRoutes(app: AppInstance): void {
  const tags = ['countries'];
  app.get(
    '/api/countries',
    { schema: { tags, summary: 'All ISO 3166-1 countries', response: { 200: z.object({ items: z.array(countrySchema) }), ...errorResponses(401) } } },
    async () => ({ items: await listCountries(app.services) }),
  );
  app.get(
    '/api/countries/:code',
    { schema: { tags, summary: 'One country', params: z.strictObject({ code: countryCodeSchema }), response: { 200: countrySchema, ...errorResponses(400, 401, 404) } } },
    async (request) => getCountry(app.services, request.params.code),
  );
}
