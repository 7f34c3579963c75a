import { sql, type Selectable } from 'kysely';
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

/** Returns the decision as given plus the database's created_at (not the stored facts read back: they are what was given). */
export async function insertDecision(trx: Tx, decision: NewDecision): Promise<Decision> {
  const row = await trx.insertInto('decisions').values(toValues(decision)).returning('created_at').executeTakeFirstOrThrow();
  return { ...decision, createdAt: row.created_at };
}

/** Many decisions in one statement (the sweep). */
export async function insertDecisions(trx: Tx, decisions: readonly NewDecision[]): Promise<void> {
  if (decisions.length === 0) return;
  await trx.insertInto('decisions').values(decisions.map(toValues)).execute();
}

/**
 * Many decisions with their facts already serialized (the sweep hashes the canonical JSON of each
 * snapshot and stores that same text, so the facts are serialized once), as ONE `insert … select
 * from unnest(arrays)`: twelve array parameters whatever the batch size, instead of twelve bound
 * parameters per row.
 */
export async function insertSerializedDecisions(trx: Tx, rows: readonly { readonly decision: NewDecision; readonly factsJson: string; readonly findingsJson: string }[]): Promise<void> {
  if (rows.length === 0) return;
  const column = <T>(pick: (decision: NewDecision) => T): T[] => rows.map((row) => pick(row.decision));
  await sql`
    insert into decisions (id, case_id, transition, evaluated_transition, rule_set_id, rule_set_hash, facts, facts_hash, findings, outcome, evaluated_at, actor)
    select * from unnest(${column((d) => d.id)}::uuid[], ${column((d) => d.caseId)}::uuid[], ${column((d) => d.transition)}::text[],
                         ${column((d) => (d.evaluatedTransition === d.transition ? null : d.evaluatedTransition))}::text[], ${column((d) => d.ruleSetId)}::text[],
                         ${column((d) => d.ruleSetHash)}::text[], ${rows.map((row) => row.factsJson)}::jsonb[], ${column((d) => d.factsHash)}::text[],
                         ${rows.map((row) => row.findingsJson)}::jsonb[], ${column((d) => d.outcome)}::text[], ${column((d) => d.evaluatedAt)}::timestamptz[], ${column((d) => d.actor)}::text[])`.execute(trx);
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
