import { sql, type Selectable } from 'kysely';
import { caseReference, type Case, type CaseState, type CloseOutcome, type OpenState } from '../../core/case.js';
import type { OpenCaseInput, UpdateCaseInput } from '../../core/schemas/case.schema.js';
import type { Queryable, Tx } from '../schema.js';
import type { CasesTable } from '../tables/foundation.table.js';
import { decodeCursor, toPage, type Page } from './pagination.js';

type CaseRow = Selectable<CasesTable>;

export function toCase(row: CaseRow): Case {
  return {
    id: row.id,
    reference: row.reference,
    personId: row.person_id,
    state: row.state as CaseState,
    heldFromState: row.held_from_state as OpenState | null,
    holdReason: row.hold_reason,
    destinationCountry: row.destination_country,
    agreementId: row.agreement_id,
    ruleSetId: row.rule_set_id,
    officerId: row.officer_id,
    teamIds: row.team_ids,
    counselId: row.counsel_id,
    agency: row.agency,
    closeOutcome: row.close_outcome as CloseOutcome | null,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
    externalId: row.external_id,
    isDemo: row.is_demo,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

export async function nextCaseReference(trx: Tx, at: string): Promise<string> {
  const { rows } = await sql<{ n: number }>`select nextval('case_reference_seq')::int8 as n`.execute(trx);
  return caseReference(new Date(at).getUTCFullYear(), Number(rows[0]?.n));
}

export async function insertCase(trx: Tx, input: Omit<OpenCaseInput, 'agency'> & { readonly agency?: string }, at: string, isDemo = false): Promise<Case> {
  const row = await trx
    .insertInto('cases')
    .values({
      reference: await nextCaseReference(trx, at),
      person_id: input.personId,
      state: 'intake',
      destination_country: input.destinationCountry,
      agreement_id: input.agreementId,
      rule_set_id: input.ruleSetId,
      officer_id: input.officerId,
      counsel_id: input.counselId,
      external_id: input.externalId,
      agency: input.agency ?? '',
      is_demo: isDemo,
      opened_at: at,
      created_at: at,
      updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toCase(row);
}

export async function findCase(db: Queryable, id: string): Promise<Case | undefined> {
  const row = await db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toCase(row);
}

export async function lockCase(trx: Tx, id: string): Promise<Case | undefined> {
  const row = await trx.selectFrom('cases').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  return row && toCase(row);
}

export async function updateCaseAssignment(trx: Tx, id: string, patch: UpdateCaseInput, at: string): Promise<Case> {
  const row = await trx
    .updateTable('cases')
    .set((eb) => ({
      ...(patch.officerId !== undefined && { officer_id: patch.officerId }),
      ...(patch.counselId !== undefined && { counsel_id: patch.counselId }),
      ...(patch.externalId !== undefined && { external_id: patch.externalId }),
      updated_at: at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toCase(row);
}

export interface CaseListQuery {
  readonly limit: number;
  readonly cursor?: string | undefined;
  readonly state?: CaseState | undefined;
  readonly destinationCountry?: string | undefined;
  readonly agreementId?: string | undefined;
  readonly personId?: string | undefined;
}

/** Cases in reference order (keyset on the unique reference). */
export async function listCases(db: Queryable, query: CaseListQuery): Promise<Page<Case>> {
  const after = decodeCursor(query.cursor);
  let select = db.selectFrom('cases').selectAll().orderBy('reference').limit(query.limit + 1);
  if (after !== undefined) select = select.where('reference', '>', after);
  if (query.state !== undefined) select = select.where('state', '=', query.state);
  if (query.destinationCountry !== undefined) select = select.where('destination_country', '=', query.destinationCountry);
  if (query.agreementId !== undefined) select = select.where('agreement_id', '=', query.agreementId);
  if (query.personId !== undefined) select = select.where('person_id', '=', query.personId);
  return toPage(await select.execute(), query.limit, (row) => row.reference, toCase);
}
