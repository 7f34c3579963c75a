import { sql, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely';
import type { DecisionContext } from '../../access/decision.js';
import { caseFieldGroupOf, FIELD_GROUPS, type FieldGroup } from '../../core/access/field-groups.js';
import { redact, type RedactedField } from '../../core/access/redaction.js';
import type { CaseResource, PersonResource } from '../../core/access/resources.js';
import type { Action } from '../../core/access/actions.js';
import type { Case } from '../../core/case.js';
import { AppError } from '../../core/errors.js';
import { findCase } from '../../db/repositories/case.repository.js';
import { requireAllowed } from './authorize.js';
import type { Principal } from '../../core/principal.js';
import type { DB, Queryable } from '../../db/schema.js';
import type { ServiceContext } from '../context.js';

/** The attributes of a case that policies decide on (never personal data). */
export function caseResourceOf(record: Pick<Case, 'id' | 'agency' | 'officerId' | 'teamIds' | 'counselId' | 'destinationCountry' | 'agreementId' | 'state'>): CaseResource {
  return {
    type: 'Case',
    id: record.id,
    agency: record.agency,
    officerId: record.officerId,
    teamIds: record.teamIds,
    counselId: record.counselId,
    proposedCountry: record.destinationCountry,
    agreementId: record.agreementId,
    state: record.state,
  };
}

/** A person is visible through their cases: the union of the cases' need-to-know attributes. */
export async function personResourceOf(db: Queryable, personId: string): Promise<PersonResource> {
  const rows = await db.selectFrom('cases').select(['agency', 'officer_id', 'team_ids', 'counsel_id', 'destination_country']).where('person_id', '=', personId).execute();
  return personResourceFromCases(personId, rows);
}

/** The Person resource from the person's case rows already in hand (lists read all a page's cases at once). */
export function personResourceFromCases(
  personId: string,
  rows: readonly { agency: string; officer_id: string | null; team_ids: string[]; counsel_id: string | null; destination_country: string | null }[],
): PersonResource {
  const unique = (values: Array<string | null>): string[] => [...new Set(values.filter((value): value is string => value !== null && value !== ''))];
  return {
    type: 'Person',
    id: personId,
    agencies: unique(rows.map((row) => row.agency)),
    teamIds: unique(rows.flatMap((row) => [row.officer_id, ...row.team_ids])),
    counselIds: unique(rows.map((row) => row.counsel_id)),
    proposedCountries: unique(rows.map((row) => row.destination_country)),
  };
}

/** The caller's live break-the-glass grant for a case, as decision context (empty when none). */
export async function breakGlassContext(ctx: ServiceContext, principal: Principal, caseId: string): Promise<DecisionContext> {
  if (principal.userId === null) return {};
  const grant = await ctx.db
    .selectFrom('break_glass_grants')
    .select(['reason', 'expires_at'])
    .where('user_id', '=', principal.userId)
    .where('case_id', '=', caseId)
    .where('expires_at', '>', ctx.clock.now().toISOString())
    .orderBy('expires_at', 'desc')
    .executeTakeFirst();
  return grant ? { breakGlass: { reason: grant.reason, expiresAt: grant.expires_at } } : {};
}

/**
 * Need-to-know as a SQL predicate on `cases`, so lists and counts are
 * filtered before paging (hit counts never leak). It mirrors the case:read
 * policies; every row it returns is still checked with Cedar, so a drift can
 * only hide rows, never show one.
 */
export function visibleCases(principal: Principal, at: string) {
  return (eb: ExpressionBuilder<DB, 'cases'>): Expression<SqlBool> => {
    if (principal.kind === 'system') return sql<SqlBool>`true`;
    const uid = principal.userId;
    const agency = principal.agency ?? '';
    const alternatives: Array<Expression<SqlBool>> = [];
    for (const role of principal.roles) {
      switch (role) {
        case 'oversight':
          alternatives.push(sql<SqlBool>`true`);
          break;
        case 'program_officer':
          if (uid !== null) {
            alternatives.push(eb('cases.officer_id', '=', uid), sql<SqlBool>`${uid}::uuid = any(cases.team_ids)`);
            if (agency !== '') {
              alternatives.push(
                eb.and([
                  eb('cases.agency', '=', agency),
                  eb.exists(eb.selectFrom('break_glass_grants').select('id').whereRef('break_glass_grants.case_id', '=', 'cases.id').where('break_glass_grants.user_id', '=', uid).where('break_glass_grants.expires_at', '>', at)),
                ]),
              );
            }
          }
          break;
        case 'supervisor':
        case 'legal_reviewer':
          if (agency !== '') alternatives.push(eb('cases.agency', '=', agency));
          break;
        case 'counsel':
          if (uid !== null) alternatives.push(eb('cases.counsel_id', '=', uid));
          break;
        case 'receiving_liaison':
          if (principal.country !== null) alternatives.push(eb('cases.destination_country', '=', principal.country));
          break;
        case 'diplomatic_officer':
        case 'admin':
          break;
      }
    }
    return alternatives.length === 0 ? sql<SqlBool>`false` : eb.or(alternatives);
  };
}

/** Groups that case and person fields can belong to; only these are asked of the policy. */
const PERSONAL_GROUPS: readonly FieldGroup[] = FIELD_GROUPS;

/** The field groups the principal may see on this case (system operators see all). */
export function allowedGroups(ctx: ServiceContext, principal: Principal, resource: CaseResource, context: DecisionContext = {}): Set<FieldGroup> {
  if (principal.kind === 'system') return new Set(PERSONAL_GROUPS);
  return ctx.authorizer.allowedFieldGroups(principal, resource, context);
}

/** Case fields that carry personal data (every other case field is `unrestricted`; a test keeps this list honest). */
export const PERSONAL_CASE_FIELDS = ['externalId'] as const;
export type RedactedCase = Omit<Case, (typeof PERSONAL_CASE_FIELDS)[number]> & { readonly [K in (typeof PERSONAL_CASE_FIELDS)[number]]: Case[K] | RedactedField };

export function redactCase(record: Case, groups: ReadonlySet<FieldGroup>): RedactedCase {
  return redact(record as unknown as Record<string, unknown>, groups, caseFieldGroupOf) as unknown as RedactedCase;
}

/**
 * Loads a case and checks one action on it before the use case opens its
 * transaction (404 when the caller may not know it exists). Returns the case.
 */
export async function authorizeCaseAction(ctx: ServiceContext, principal: Principal, caseId: string, action: Action, context?: DecisionContext): Promise<Case> {
  const found = await findCase(ctx.db, caseId);
  if (!found) throw new AppError('not_found', `case ${caseId} not found`, { id: caseId });
  await requireAllowed(ctx, principal, action, caseResourceOf(found), { ...(await breakGlassContext(ctx, principal, caseId)), ...context });
  return found;
}

/**
 * Who prepared the work a supervisor is asked to approve: the actor of the
 * last allowed transition of the case, as the policy's entity id (users.id,
 * or `system:<name>`), so separation of duties can refuse self-approval.
 */
export async function preparerOf(db: Queryable, caseId: string): Promise<string | undefined> {
  const last = await db.selectFrom('decisions').select('actor').where('case_id', '=', caseId).where('outcome', '=', 'allowed').orderBy('created_at', 'desc').limit(1).executeTakeFirst();
  if (!last) return undefined;
  if (!last.actor.startsWith('user:')) return last.actor;
  const user = await db.selectFrom('users').select('id').where('username', '=', last.actor.slice('user:'.length)).executeTakeFirst();
  return user?.id;
}
