import { appendAudit, appendAuditBatch, type AuditEvent } from '../../audit/audit-log.js';
import { AppError } from '../../core/errors.js';
import { actorRef, type Principal } from '../../core/principal.js';
import type { RuleSet } from '../../core/rulesets/resolve-rule-set.js';
import { resolveRuleSet } from '../../core/rulesets/resolve-rule-set.js';
import { earliestDeparture, evaluateTransition } from '../../core/safeguards/evaluate.js';
import { releaseGateFor } from '../../core/workflow/transitions.js';
import { sha256Hex } from '../../audit/sha256.js';
import { canonicalJson } from '../../core/canonical-json.js';
import type { CaseFacts } from '../../core/safeguards/case-facts.js';
import type { AlertRow, CaseSubjectRow, OpenCaseFilter } from '../../db/repositories/case-facts.repository.js';
import { insertAlerts, listOpenCaseSubjectsPage } from '../../db/repositories/case-facts.repository.js';
import { holdCasesIfUnchanged, setEarliestDepartures } from '../../db/repositories/case-workflow.repository.js';
import type { NewDecision } from '../../db/repositories/decision.repository.js';
import { insertSerializedDecisions } from '../../db/repositories/decision.repository.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { buildCaseFactsBatch } from './build-case-facts.js';
import { blockingFindings, decisionFromEvaluation } from './decision-from-evaluation.js';
import { ruleSetHash } from './rule-set-hash.js';

/** What changed, and so which open cases must be re-evaluated. */
export type SweepTrigger =
  | { readonly kind: 'court_order'; readonly courtOrderId: string; readonly scope: { readonly kind: 'person'; readonly personId: string } | { readonly kind: 'destination'; readonly country: string } | { readonly kind: 'program'; readonly programId: string } }
  | { readonly kind: 'country_assessment'; readonly country: string }
  | { readonly kind: 'agreement'; readonly agreementId: string }
  | { readonly kind: 'rule_set'; readonly ruleSetId: string }
  | { readonly kind: 'case'; readonly caseId: string }
  | { readonly kind: 'all' };

export interface SweepReport {
  readonly trigger: SweepTrigger['kind'];
  readonly at: string;
  /** Open cases re-evaluated. */
  readonly evaluated: number;
  /** Cases put on hold by this sweep. */
  readonly held: number;
  /** Failing cases that changed while the sweep ran; their own transition re-evaluates them. */
  readonly skippedChanged: number;
  /** Cases whose rule set id no longer resolves (left alone, reported). */
  readonly skippedUnknownRuleSet: number;
  readonly alerts: number;
  readonly batches: number;
}

export function filterForTrigger(trigger: SweepTrigger): OpenCaseFilter {
  switch (trigger.kind) {
    case 'court_order':
      switch (trigger.scope.kind) {
        case 'person':
          return { personId: trigger.scope.personId };
        case 'destination':
          return { destinationCountry: trigger.scope.country };
        case 'program':
          return { agreementId: trigger.scope.programId };
      }
      break;
    case 'country_assessment':
      return { destinationCountry: trigger.country };
    case 'agreement':
      return { agreementId: trigger.agreementId };
    case 'rule_set':
      return { ruleSetId: trigger.ruleSetId };
    case 'case':
      return { caseId: trigger.caseId };
    case 'all':
      return {};
  }
}

const HOLD_REASON_LIMIT = 500;

/**
 * Re-evaluates every affected OPEN case after the law or the program changed, and puts each case
 * that no longer passes the gate of its current state (releaseGateFor: the transition that led into
 * it, with time-pending findings allowed as that transition allows them) on hold with the reason.
 *
 * Built for 100k open cases: a keyset walk in batches (default 1000 ids), the next page read while
 * the current one is evaluated; per batch one query per fact source, then ONE transaction with one
 * UPDATE for the holds (guarded by each case's version, so a case that moved meanwhile is skipped),
 * one `unnest` decisions insert (facts serialized once: the canonical JSON that is hashed is the
 * text stored), one multi-row audit insert and one multi-row alerts insert (officer, and counsel
 * where there is one). Earliest departure is recomputed for every evaluated case and written, in
 * the same transaction, only where it changed. Every hold decision keeps its facts snapshot,
 * facts hash and rule-set hash, so it replays like any other. Run it after the triggering write
 * has committed.
 *
 * @example const report = await sweepAffectedCases(ctx, principal, { kind: 'court_order', courtOrderId, scope })
 */
export async function sweepAffectedCases(ctx: ServiceContext, principal: Principal, trigger: SweepTrigger, options: { batchSize?: number } = {}): Promise<SweepReport> {
  const batchSize = options.batchSize ?? 1000;
  const at = nowInstant(ctx);
  const actor = actorRef(principal);
  const filter = filterForTrigger(trigger);
  const ruleSets = new Map<string, { ruleSet: RuleSet; hash: string } | null>();
  const report = { evaluated: 0, held: 0, skippedChanged: 0, skippedUnknownRuleSet: 0, alerts: 0, batches: 0 };

  // The next page and its facts are read while this page is evaluated and written: on PostgreSQL
  // the reads overlap the JavaScript evaluation (PGlite's one connection simply queues them). The
  // read never waits on the write transaction, so it cannot deadlock PGlite; a later page holds
  // other cases, which this page's writes (holds, departures) do not change.
  let pending: Promise<SweepPage> | null = readSweepPage(ctx, filter, null, batchSize, at);
  while (pending !== null) {
    const page: SweepPage = await pending;
    const { subjects, factsByCase } = page;
    if (subjects.length === 0) break;
    report.batches += 1;
    const last = subjects.at(-1)?.caseId ?? null;
    pending = subjects.length < batchSize || last === null ? null : readSweepPage(ctx, filter, last, batchSize, at);
    const holds: { caseId: string; version: number; reason: string }[] = [];
    const decisions = new Map<string, SerializedDecision>();
    const blockedBy = new Map<string, string[]>();
    const departures: { caseId: string; earliestDepartureAt: string | null }[] = [];

    for (const subject of subjects) {
      const facts = factsByCase.get(subject.caseId);
      if (facts === undefined) continue;
      const resolved = ruleSetFor(ruleSets, subject.ruleSetId);
      if (resolved === null) {
        report.skippedUnknownRuleSet += 1;
        continue;
      }
      report.evaluated += 1;
      const movedAlready = subject.state === 'relocated' || subject.state === 'monitoring';
      const gate = subject.state === 'on_hold' || subject.state === 'closed' ? null : releaseGateFor(subject.state);
      if (gate !== null) {
        const evaluation = evaluateTransition({ ruleSet: resolved.ruleSet, facts, transition: gate, at });
        if (evaluation.outcome === 'blocked') {
          const blocking = blockingFindings(evaluation);
          const first = blocking[0];
          const reason = `Sweep (${trigger.kind}): ${gate} no longer passes: ${blocking.map((f) => f.safeguardId).join(', ')}${first === undefined ? '' : ` — ${first.reason}`}`;
          holds.push({ caseId: subject.caseId, version: subject.version, reason: reason.slice(0, HOLD_REASON_LIMIT) });
          // The snapshot is serialized once: its canonical JSON is both what is hashed and what is stored.
          const factsJson = canonicalJson(facts);
          const decision = decisionFromEvaluation({ requested: 'hold', evaluation, facts, ruleSet: resolved.ruleSet, actor, ruleSetContentHash: resolved.hash, factsHash: sha256Hex(factsJson) });
          decisions.set(subject.caseId, { decision, factsJson, findingsJson: JSON.stringify(decision.findings) });
          blockedBy.set(subject.caseId, blocking.map((f) => f.safeguardId));
          continue;
        }
      }
      const earliestDepartureAt = movedAlready ? null : earliestDeparture(resolved.ruleSet, facts, at);
      // Derived data: only the ones that changed are written.
      if (earliestDepartureAt !== subject.earliestDepartureAt) departures.push({ caseId: subject.caseId, earliestDepartureAt });
    }

    const outcome = await runWrite(ctx, async (trx) => {
      const heldIds = await holdCasesIfUnchanged(trx, holds, at);
      const held = new Set(heldIds);
      const heldDecisions = [...decisions.values()].filter((d) => held.has(d.decision.caseId));
      await insertSerializedDecisions(trx, heldDecisions);
      const events: AuditEvent[] = heldDecisions.map(({ decision: d }) => ({
        actor,
        action: 'case.hold_by_sweep',
        resourceType: 'case',
        resourceId: d.caseId,
        details: { decisionId: d.id, trigger: trigger.kind, evaluatedTransition: d.evaluatedTransition, ruleSetId: d.ruleSetId, ruleSetHash: d.ruleSetHash, factsHash: d.factsHash, blockedBy: blockedBy.get(d.caseId) ?? [] },
        at,
      }));
      await appendAuditBatch(trx, events);
      const alerts = alertsFor(subjects.filter((s) => held.has(s.caseId)), blockedBy, at);
      await insertAlerts(trx, alerts);
      await setEarliestDepartures(trx, departures);
      return { held: heldIds.length, alerts: alerts.length };
    });
    report.held += outcome.held;
    report.skippedChanged += holds.length - outcome.held;
    report.alerts += outcome.alerts;
  }

  const result: SweepReport = { trigger: trigger.kind, at, ...report };
  await runWrite(ctx, (trx) =>
    appendAudit(trx, { actor, action: 'safeguards.sweep', resourceType: 'sweep', resourceId: null, details: { ...result, filter: { ...filter } }, at }),
  );
  return result;
}

interface SweepPage {
  readonly subjects: readonly CaseSubjectRow[];
  readonly factsByCase: ReadonlyMap<string, CaseFacts>;
}

interface SerializedDecision {
  readonly decision: NewDecision;
  readonly factsJson: string;
  readonly findingsJson: string;
}

/** One keyset page of affected open cases with their facts (one query per fact source for the page). */
async function readSweepPage(ctx: ServiceContext, filter: OpenCaseFilter, after: string | null, batchSize: number, at: string): Promise<SweepPage> {
  const subjects = await listOpenCaseSubjectsPage(ctx.db, filter, after, batchSize);
  if (subjects.length === 0) return { subjects, factsByCase: new Map() };
  return { subjects, factsByCase: await buildCaseFactsBatch(ctx.db, ctx.personKeyEncryptionKey, subjects, at) };
}

function ruleSetFor(cache: Map<string, { ruleSet: RuleSet; hash: string } | null>, id: string): { ruleSet: RuleSet; hash: string } | null {
  if (!cache.has(id)) {
    try {
      const ruleSet = resolveRuleSet(id);
      cache.set(id, { ruleSet, hash: ruleSetHash(ruleSet) });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      cache.set(id, null);
    }
  }
  return cache.get(id) ?? null;
}

/** The officer (or, unassigned, the officer role) and counsel of record of each held case. */
function alertsFor(held: readonly { caseId: string; state: string; officerId: string | null; counselId: string | null }[], blockedBy: ReadonlyMap<string, string[]>, at: string): AlertRow[] {
  const alerts: AlertRow[] = [];
  for (const subject of held) {
    const safeguards = (blockedBy.get(subject.caseId) ?? []).join(', ');
    const manifested = subject.state === 'manifested';
    const message = `Case put on hold: ${safeguards} no longer pass${manifested ? '; it is on a manifest' : ''}.`;
    alerts.push({ caseId: subject.caseId, recipientUserId: subject.officerId, recipientRole: 'program_officer', kind: manifested ? 'manifest_affected' : 'case_held', message, createdAt: at });
    if (subject.counselId !== null) alerts.push({ caseId: subject.caseId, recipientUserId: subject.counselId, recipientRole: 'counsel', kind: 'case_held', message, createdAt: at });
  }
  return alerts;
}
