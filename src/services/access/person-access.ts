import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { caseFieldGroupOf, FIELD_GROUPS, type FieldGroup } from '../../core/access/field-groups.js';
import { redact, type RedactedField } from '../../core/access/redaction.js';
import type { Case } from '../../core/case.js';
import { SEALED_PERSON_FIELDS, type Person, type PersonRecord } from '../../core/person.js';
import type { Principal } from '../../core/principal.js';
import type { DB } from '../../db/schema.js';
import { toCase } from '../../db/repositories/case.repository.js';
import type { ServiceContext } from '../context.js';
import { allowedGroups, caseResourceOf, visibleCases } from './case-access.js';

/** Person fields that carry personal data; the rest (id, timestamps, version) are unrestricted. */
export const PERSONAL_PERSON_FIELDS = ['externalId', 'givenNames', 'familyName', 'aliases', 'birthDate', 'nationalities', 'languages', 'vulnerabilities'] as const;
type PersonalField = (typeof PERSONAL_PERSON_FIELDS)[number];
export type RedactedPerson = Omit<Person, PersonalField | 'erased'> & { readonly [K in PersonalField]: Person[K] | RedactedField } & { readonly erased: boolean };

/**
 * The groups a caller may see of a person: the union over the person's cases
 * the caller may read (a person has no groups of their own).
 */
export async function personGroups(ctx: ServiceContext, principal: Principal, personId: string): Promise<Set<FieldGroup>> {
  if (principal.kind === 'system') return new Set(FIELD_GROUPS);
  const rows = await ctx.db.selectFrom('cases').selectAll().where('person_id', '=', personId).execute();
  return personGroupsOverCases(ctx, principal, rows.map(toCase));
}

/** personGroups over case records already in hand. */
export function personGroupsOverCases(ctx: ServiceContext, principal: Principal, cases: readonly Case[]): Set<FieldGroup> {
  if (principal.kind === 'system') return new Set(FIELD_GROUPS);
  const groups = new Set<FieldGroup>();
  for (const record of cases) for (const group of allowedGroups(ctx, principal, caseResourceOf(record))) groups.add(group);
  return groups;
}

/**
 * A person as the caller may see them. An erased person's sealed fields are
 * `{ redacted: true, group: 'erased' }` whatever the caller's groups: they no
 * longer exist in readable form.
 */
export function redactPerson(person: PersonRecord, groups: ReadonlySet<FieldGroup>): RedactedPerson {
  const record: Record<string, unknown> = { ...person };
  if (person.erased) for (const field of SEALED_PERSON_FIELDS) record[field] = null;
  const redacted: Record<string, unknown> = { ...redact(record, groups, personFieldGroupOf) };
  if (person.erased) for (const field of SEALED_PERSON_FIELDS) redacted[field] = ERASED_FIELD;
  return redacted as unknown as RedactedPerson;
}

const ERASED_FIELD: RedactedField = { redacted: true, group: 'erased' };

function personFieldGroupOf(field: string): FieldGroup | 'unrestricted' | undefined {
  if (field === 'id' || field === 'erased' || field === 'isDemo' || field === 'createdAt' || field === 'updatedAt' || field === 'version') return 'unrestricted';
  return caseFieldGroupOf(field);
}

/** People the caller may know of: those with at least one case within their need-to-know. */
export function visiblePeople(principal: Principal, at: string) {
  return (eb: ExpressionBuilder<DB, 'people'>): Expression<SqlBool> => {
    if (principal.kind === 'system' || principal.roles.includes('oversight')) return sql<SqlBool>`true`;
    return eb.exists(eb.selectFrom('cases').select('cases.id').whereRef('cases.person_id', '=', 'people.id').where(visibleCases(principal, at)));
  };
}
