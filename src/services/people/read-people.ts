import { appendAudit } from '../../audit/audit-log.js';
import type { Action } from '../../core/access/actions.js';
import { AppError } from '../../core/errors.js';
import { actorRef, type Principal } from '../../core/principal.js';
import { decodeCursor, toPage, type Page } from '../../db/repositories/pagination.js';
import { findPersonRow, sealedPeopleQuery, toSealedPersonRow } from '../../db/repositories/person.repository.js';
import type { PersonRecord } from '../../core/person.js';
import { abilitiesFor, decide, requireAllowed } from '../access/authorize.js';
import { personResourceFromCases, personResourceOf } from '../access/case-access.js';
import { personGroups, personGroupsOverCases, redactPerson, visiblePeople, type RedactedPerson } from '../access/person-access.js';
import { toCase } from '../../db/repositories/case.repository.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { openPersonRecord } from './open-person.js';

export interface PersonView {
  readonly person: RedactedPerson;
  readonly abilities: Action[];
  readonly fieldGroups: string[];
}

/** Reads a person through their cases' need-to-know, redacted and audited with the groups shown. */
export async function getPerson(ctx: ServiceContext, principal: Principal, personId: string): Promise<PersonView> {
  const row = await findPersonRow(ctx.db, personId);
  if (!row) throw new AppError('not_found', `person ${personId} not found`, { id: personId });
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
  // Decrypted only after the decision and the audited read: a denied caller never causes a decryption.
  return { person: redactPerson(openPersonRecord(row, ctx.personKeyEncryptionKey), groups), abilities: abilitiesFor(ctx, principal, resource), fieldGroups: [...groups].sort() };
}

export interface PersonListQuery {
  readonly limit: number;
  readonly cursor?: string | undefined;
  readonly nationality?: string | undefined;
}

/** Rows read per round when a nationality filter runs over decrypted people: sealed fields cannot be filtered in SQL. */
const FILTER_SCAN_ROWS = 500;

export async function listPeoplePage(ctx: ServiceContext, principal: Principal, query: PersonListQuery): Promise<Page<RedactedPerson>> {
  const page = await readVisiblePeople(ctx, principal, query);
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

/**
 * One keyset page of visible people, opened. Without a filter this is one
 * query of limit + 1 rows. With a nationality filter the sealed rows are read
 * in rounds and filtered after decryption until the page is full or the
 * people run out (an erased person has no nationality and never matches).
 */
async function readVisiblePeople(ctx: ServiceContext, principal: Principal, query: PersonListQuery): Promise<Page<PersonRecord>> {
  const at = nowInstant(ctx);
  let after = decodeCursor(query.cursor);
  const scan = async (limit: number) => {
    let select = sealedPeopleQuery(ctx.db).where(visiblePeople(principal, at)).orderBy('people.id').limit(limit);
    if (after !== undefined) select = select.where('people.id', '>', after);
    return (await select.execute()).map((row) => openPersonRecord(toSealedPersonRow(row), ctx.personKeyEncryptionKey));
  };
  if (query.nationality === undefined) return toPage(await scan(query.limit + 1), query.limit, (person) => person.id, (person) => person);
  const matches: PersonRecord[] = [];
  for (;;) {
    const people = await scan(FILTER_SCAN_ROWS);
    for (const person of people) if (!person.erased && person.nationalities.includes(query.nationality)) matches.push(person);
    if (matches.length > query.limit || people.length < FILTER_SCAN_ROWS) break;
    after = people[people.length - 1]?.id;
  }
  return toPage(matches, query.limit, (person) => person.id, (person) => person);
}
