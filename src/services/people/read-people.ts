import { appendAudit } from '../../audit/audit-log.js';
import type { Action } from '../../core/access/actions.js';
import { AppError } from '../../core/errors.js';
import { actorRef, type Principal } from '../../core/principal.js';
import { decodeCursor, toPage, type Page } from '../../db/repositories/pagination.js';
import { findPerson, toPerson, type PersonListQuery } from '../../db/repositories/person.repository.js';
import { abilitiesFor, decide, requireAllowed } from '../access/authorize.js';
import { personResourceFromCases, personResourceOf } from '../access/case-access.js';
import { personGroups, personGroupsOverCases, redactPerson, visiblePeople, type RedactedPerson } from '../access/person-access.js';
import { toCase } from '../../db/repositories/case.repository.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';

export interface PersonView {
  readonly person: RedactedPerson;
  readonly abilities: Action[];
  readonly fieldGroups: string[];
}

/** Reads a person through their cases' need-to-know, redacted and audited with the groups shown. */
export async function getPerson(ctx: ServiceContext, principal: Principal, personId: string): Promise<PersonView> {
  const person = await findPerson(ctx.db, personId);
  if (!person) throw new AppError('not_found', `person ${personId} not found`, { id: personId });
  const resource = await personResourceOf(ctx.db, personId);
  const decision = await requireAllowed(ctx, principal, 'person:read', resource);
  const groups = await personGroups(ctx, principal, personId);
  const at = nowInstant(ctx);
  await runWrite(ctx, (trx) =>
    appendAudit(trx, {
      actor: actorRef(principal),
      action: 'person.read',
      resourceType: 'person',
      resourceId: personId,
      details: { fieldGroups: [...groups].sort(), policyIds: [...decision.policyIds] },
      at,
    }),
  );
  return { person: redactPerson(person, groups), abilities: abilitiesFor(ctx, principal, resource), fieldGroups: [...groups].sort() };
}

export async function listPeoplePage(ctx: ServiceContext, principal: Principal, query: PersonListQuery): Promise<Page<RedactedPerson>> {
  const after = decodeCursor(query.cursor);
  let select = ctx.db.selectFrom('people').selectAll().where(visiblePeople(principal, nowInstant(ctx))).orderBy('id').limit(query.limit + 1);
  if (after !== undefined) select = select.where('id', '>', after);
  if (query.nationality !== undefined) select = select.where((eb) => eb(eb.val(query.nationality), '=', eb.fn.any('nationalities')));
  const page = toPage(await select.execute(), query.limit, (row) => row.id, toPerson);
  // One read of every case of the page's people, not two per person: a list decides from rows in hand.
  const caseRows = page.items.length === 0 ? [] : await ctx.db.selectFrom('cases').selectAll().where('person_id', 'in', page.items.map((person) => person.id)).execute();
  const casesByPerson = new Map<string, typeof caseRows>();
  for (const row of caseRows) casesByPerson.set(row.person_id, [...(casesByPerson.get(row.person_id) ?? []), row]);
  const items: RedactedPerson[] = [];
  for (const person of page.items) {
    const rows = casesByPerson.get(person.id) ?? [];
    const resource = personResourceFromCases(person.id, rows);
    if (!decide(ctx, principal, 'person:read', resource).allowed) continue;
    items.push(redactPerson(person, personGroupsOverCases(ctx, principal, rows.map(toCase))));
  }
  return { items, nextCursor: page.nextCursor };
}
