import type { Selectable } from 'kysely';
import type { CaseFacts } from '../../core/safeguards/case-facts.js';
import type { Finding } from '../../core/safeguards/evaluate.js';
import type { TransitionName } from '../../core/workflow/transitions.js';
import type { Queryable, Tx } from '../schema.js';
import type { DecisionsTable } from '../tables/foundation.table.js';
import type { DecisionEvaluatedTransitionColumn } from '../tables/case-facts.table.js';

/**
 * A stored safeguard evaluation: enough to replay it (facts snapshot, rule-set id and content hash,
 * the instant, the transition evaluated). Warning: `facts` and `findings` are compared byte for byte
 * (canonical JSON) on replay; store them exactly as evaluated. `createdAt` is the database's commit-time
 * clock (orders a case's decisions), `evaluatedAt` the service clock the safeguards used.
 */
export interface Decision {
  readonly id: string;
  readonly caseId: string;
  readonly transition: TransitionName;
  /** The transition whose safeguards were evaluated (release_hold and sweep holds evaluate a gate). */
  readonly evaluatedTransition: TransitionName;
  readonly ruleSetId: string;
  readonly ruleSetHash: string;
  readonly facts: CaseFacts;
  readonly factsHash: string;
  readonly findings: readonly Finding[];
  readonly outcome: 'allowed' | 'blocked';
  readonly evaluatedAt: string;
  readonly actor: string;
  readonly createdAt: string;
}

export type NewDecision = Omit<Decision, 'createdAt'>;

type DecisionRow = Selectable<DecisionsTable & DecisionEvaluatedTransitionColumn>;

function toDecision(row: DecisionRow): Decision {
  const transition = row.transition as TransitionName;
  return {
    id: row.id,
    caseId: row.case_id,
    transition,
    evaluatedTransition: (row.evaluated_transition ?? transition) as TransitionName,
    ruleSetId: row.rule_set_id,
    ruleSetHash: row.rule_set_hash,
    facts: row.facts as unknown as CaseFacts,
    factsHash: row.facts_hash,
    findings: row.findings as Finding[],
    outcome: row.outcome,
    evaluatedAt: row.evaluated_at,
    actor: row.actor,
    createdAt: row.created_at,
  };
}

function toValues(decision: NewDecision) {
  return {
    id: decision.id,
    case_id: decision.caseId,
    transition: decision.transition,
    evaluated_transition: decision.evaluatedTransition === decision.transition ? null : decision.evaluatedTransition,
    rule_set_id: decision.ruleSetId,
    rule_set_hash: decision.ruleSetHash,
    facts: JSON.stringify(decision.facts),
    facts_hash: decision.factsHash,
    findings: JSON.stringify(decision.findings),
    outcome: decision.outcome,
    evaluated_at: decision.evaluatedAt,
    actor: decision.actor,
  };
}

export async function insertDecision(trx: Tx, decision: NewDecision): Promise<Decision> {
  const row = await trx.insertInto('decisions').values(toValues(decision)).returningAll().executeTakeFirstOrThrow();
  return toDecision(row);
}

/** Many decisions in one statement (the sweep). */
export async function insertDecisions(trx: Tx, decisions: readonly NewDecision[]): Promise<void> {
  if (decisions.length === 0) return;
  await trx.insertInto('decisions').values(decisions.map(toValues)).execute();
}

export async function findDecision(db: Queryable, id: string): Promise<Decision | undefined> {
  const row = await db.selectFrom('decisions').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toDecision(row);
}

export async function listDecisionsForCase(db: Queryable, caseId: string): Promise<Decision[]> {
  const rows = await db.selectFrom('decisions').selectAll().where('case_id', '=', caseId).orderBy('created_at').orderBy('id').execute();
  return rows.map(toDecision);
}

/** One keyset page of decisions by id (replay --all walks them all). */
export async function listDecisionsPage(db: Queryable, afterId: string | null, limit: number): Promise<Decision[]> {
  let query = db.selectFrom('decisions').selectAll().orderBy('id').limit(limit);
  if (afterId !== null) query = query.where('id', '>', afterId);
  return (await query.execute()).map(toDecision);
}

export async function countDecisions(db: Queryable): Promise<number> {
  const row = await db.selectFrom('decisions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return row.n;
}
