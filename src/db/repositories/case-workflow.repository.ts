import { sql } from 'kysely';
import type { Case, CaseState, CloseOutcome, OpenState } from '../../core/case.js';
import type { Queryable, Tx } from '../schema.js';
import { toCase } from './case.repository.js';

/** The columns a transition changes; everything else on the case stays as it was. */
export interface WorkflowChange {
  readonly state: CaseState;
  readonly heldFromState: OpenState | null;
  readonly holdReason: string | null;
  readonly destinationCountry: string | null;
  readonly agreementId: string | null;
  readonly closeOutcome: CloseOutcome | null;
  readonly closedAt: string | null;
  readonly earliestDepartureAt: string | null;
}

/** Applies a transition to a locked case, bumping its version. */
export async function updateCaseWorkflow(trx: Tx, caseId: string, change: WorkflowChange, at: string): Promise<Case> {
  const row = await trx
    .updateTable('cases')
    .set((eb) => ({
      state: change.state,
      held_from_state: change.heldFromState,
      hold_reason: change.holdReason,
      destination_country: change.destinationCountry,
      agreement_id: change.agreementId,
      close_outcome: change.closeOutcome,
      closed_at: change.closedAt,
      earliest_departure_at: change.earliestDepartureAt,
      updated_at: at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', caseId)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toCase(row);
}

export async function updateCaseRuleSet(trx: Tx, caseId: string, ruleSetId: string, at: string): Promise<Case> {
  const row = await trx
    .updateTable('cases')
    .set((eb) => ({ rule_set_id: ruleSetId, updated_at: at, version: eb('version', '+', 1) }))
    .where('id', '=', caseId)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toCase(row);
}

export async function readEarliestDeparture(db: Queryable, caseId: string): Promise<string | null> {
  const row = await db.selectFrom('cases').select('earliest_departure_at').where('id', '=', caseId).executeTakeFirst();
  return row?.earliest_departure_at ?? null;
}

/**
 * Puts many cases on hold in ONE statement, each only if it is still at the version the sweep
 * evaluated (a case that moved meanwhile is left alone and re-evaluated by its own transition).
 * Returns the ids actually held.
 */
export async function holdCasesIfUnchanged(
  trx: Tx,
  holds: readonly { readonly caseId: string; readonly version: number; readonly reason: string }[],
  at: string,
): Promise<string[]> {
  if (holds.length === 0) return [];
  const { rows } = await sql<{ id: string }>`
    update cases as c
       set held_from_state = c.state, state = 'on_hold', hold_reason = v.reason, earliest_departure_at = null,
           updated_at = ${at}, version = c.version + 1
      from (select unnest(${holds.map((h) => h.caseId)}::uuid[]) as id, unnest(${holds.map((h) => h.version)}::int[]) as version,
                   unnest(${holds.map((h) => h.reason)}::text[]) as reason) as v
     where c.id = v.id and c.version = v.version and c.state not in ('on_hold', 'closed')
    returning c.id::text as id`.execute(trx);
  return rows.map((r) => r.id);
}

/** Stores earliest departure instants for many cases in one statement (no version bump: derived data). */
export async function setEarliestDepartures(trx: Tx, values: readonly { readonly caseId: string; readonly earliestDepartureAt: string | null }[]): Promise<void> {
  if (values.length === 0) return;
  await sql`
    update cases as c set earliest_departure_at = v.at
      from (select unnest(${values.map((v) => v.caseId)}::uuid[]) as id, unnest(${values.map((v) => v.earliestDepartureAt)}::timestamptz[]) as at) as v
     where c.id = v.id`.execute(trx);
}
