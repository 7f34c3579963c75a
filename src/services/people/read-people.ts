import { AppError } from '../../core/errors.js';
import type { Person } from '../../core/person.js';
import type { Principal } from '../../core/principal.js';
import { findPerson, listPeople, type PersonListQuery } from '../../db/repositories/person.repository.js';
import type { Page } from '../../db/repositories/pagination.js';
import type { ServiceContext } from '../context.js';

export async function getPerson(ctx: ServiceContext, _principal: Principal, personId: string): Promise<Person> {
  const person = await findPerson(ctx.db, personId);
  if (!person) throw new AppError('not_found', `person ${personId} not found`, { personId });
  return person;
}

export async function listPeoplePage(ctx: ServiceContext, _principal: Principal, query: PersonListQuery): Promise<Page<Person>> {
  return listPeople(ctx.db, query);
}
