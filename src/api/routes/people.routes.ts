import { z } from 'zod';
import { createPersonSchema, erasePersonSchema, updatePersonSchema } from '../../core/schemas/person.schema.js';
import { countryCodeSchema } from '../../core/schemas/primitives.schema.js';
import { createPerson } from '../../services/people/create-person.js';
import { erasePerson } from '../../services/people/erase-person.js';
import { getPerson, listPeoplePage } from '../../services/people/read-people.js';
import { updatePerson } from '../../services/people/update-person.js';
import type { AppInstance } from '../app-instance.js';
import { requiredIfMatchVersion, sendWithEtag, setEtag } from '../http-concurrency.js';
import { errorResponses, idParamsSchema, ifMatchHeadersSchema, pageQuerySchema, pageSchema } from '../schemas/common.schema.js';
import { personDetailSchema, personSchema } from '../schemas/resources.schema.js';

export function registerPeopleRoutes(app: AppInstance): void {
  const tags = ['people'];

  app.get(
    '/api/people',
    {
      schema: {
        tags,
        summary: 'List people (keyset pagination)',
        querystring: pageQuerySchema.extend({ nationality: countryCodeSchema.optional() }),
        response: { 200: pageSchema(personSchema, 'PersonPage'), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => listPeoplePage(app.services, request.principal, request.query),
  );

  app.get(
    '/api/people/:id',
    { schema: { tags, summary: 'Read a person (audited; redacted to the caller\'s field groups)', params: idParamsSchema, response: { 200: personDetailSchema, ...errorResponses(400, 401, 403, 404) } } },
    async (request, reply) => {
      const view = await getPerson(app.services, request.principal, request.params.id);
      setEtag(reply, view.person.version);
      return { ...view.person, abilities: view.abilities, fieldGroups: view.fieldGroups };
    },
  );

  app.post(
    '/api/people',
    { schema: { tags, summary: 'Record a person', body: createPersonSchema, response: { 201: personSchema, ...errorResponses(400, 401, 403, 409, 413, 415) } } },
    async (request, reply) => {
      const person = await createPerson(app.services, request.principal, request.body);
      void reply.status(201).header('location', `/api/people/${person.id}`);
      return sendWithEtag(reply, person);
    },
  );

  app.patch(
    '/api/people/:id',
    {
      schema: {
        tags,
        summary: 'Update a person (If-Match required)',
        params: idParamsSchema,
        headers: ifMatchHeadersSchema,
        body: updatePersonSchema,
        response: { 200: personSchema, ...errorResponses(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const version = requiredIfMatchVersion(request);
      return sendWithEtag(reply, await updatePerson(app.services, request.principal, request.params.id, version, request.body));
    },
  );

  app.delete(
    '/api/people/:id/key',
    {
      schema: {
        tags,
        summary: "Erase a person by law: destroy their data key (crypto-shredding; admin only, audited with the legal basis)",
        description:
          'Afterwards the person reads as `erased: true` with every sealed personal field `{ redacted: true, group: "erased" }`; ' +
          'outputs whose point is the person themselves (a notice naming them) answer 410 `person_erased`. 409 `person_in_transfer` while a case of theirs is on an open transfer, 409 `person_has_open_cases` while one is not closed.',
        params: idParamsSchema,
        body: erasePersonSchema,
        response: { 204: z.undefined(), ...errorResponses(400, 401, 403, 404, 409, 410, 415) },
      },
    },
    async (request, reply) => {
      await erasePerson(app.services, request.principal, request.params.id, request.body);
      return reply.status(204).send();
    },
  );
}
