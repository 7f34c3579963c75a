import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { appendAudit } from '../../audit/audit-log.js';
import { newPersonKeyBatch } from '../../audit/retention/person-key-wrap.js';
import { identityDigest, sealPersonalFields } from '../../audit/retention/sealed-person.js';
import { canonicalHash } from '../../audit/sha256.js';
import { CONFIG } from '../../core/access/resources.js';
import type { CaseState } from '../../core/case.js';
import { AppError } from '../../core/errors.js';
import { actorRef, type Principal } from '../../core/principal.js';
import { resolveRuleSet } from '../../core/rulesets/resolve-rule-set.js';
import { DEFAULT_RULE_SET_ID } from '../../core/schemas/case.schema.js';
import { caseReference } from '../../core/case.js';
import type { Tx } from '../../db/schema.js';
import { recordPlacesForSeededCases } from '../../db/repositories/ledger.repository.js';
import { requireAllowed } from '../access/authorize.js';
import { ruleSetHash } from '../cases/rule-set-hash.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { demoPeople } from '../demo/demo-people.js';
import { DEMO_AGENCY } from '../demo/demo-users.js';
import { seedDemo } from '../demo/seed-demo.js';
import { insertSyntheticDocuments, type DocumentSeedCounts } from './seed-scale-documents.js';
import { ScaleRandom } from './scale-random.js';
import { syntheticCase, type SyntheticCase } from './synthetic-case.js';

export interface ScaleSeedOptions {
  /** How many synthetic people (one case each). */
  readonly count: number;
  /** Rows per multi-row INSERT and per transaction (default 2000). */
  readonly batchSize?: number;
  /** Put every case under this program (agreement code); its destination becomes the program's receiving country. */
  readonly program?: string;
  /** Only use demo templates in these states (e.g. ['intake'] for cases a benchmark moves). */
  readonly states?: readonly CaseState[];
  /** One document with paragraphs per this many cases (0: none). Default 20. */
  readonly casesPerDocument?: number;
  /** Deterministic data for a given seed (default 1). */
  readonly seed?: number;
  readonly onProgress?: (progress: ScaleSeedProgress) => void;
}

export interface ScaleSeedProgress {
  readonly done: number;
  readonly total: number;
  readonly elapsedSeconds: number;
}

export interface ScaleSeedResult extends DocumentSeedCounts {
  readonly people: number;
  readonly cases: number;
  readonly facts: number;
  readonly decisions: number;
  readonly batches: number;
  readonly seconds: number;
  /** Ids of the cases created, in order (benchmarks pick their working set from these). */
  readonly caseIds: readonly string[];
}

/**
 * Creates `count` synthetic people, each with one case placed directly in its workflow state
 * (marked is_demo, like the demo seed), spread as the demo program is spread over states,
 * nationalities, languages and agreements, with their facts (removal order, designation record,
 * notice, fear claim) and, past intake, the decision that admitted them; plus cables with
 * paragraphs when the document tables allow. Loads the demo program first when it is absent.
 *
 * Fast by construction: per batch one transaction with one multi-row INSERT per table
 * (`unnest` of arrays, so the statement size does not grow with the batch), ids made here
 * (no RETURNING round trip) and ONE audit entry summarising the batch. Needs `config:admin`.
 *
 * @example await seedScale(ctx, operator, { count: 100_000, onProgress: (p) => console.log(p.done) })
 */
export async function seedScale(ctx: ServiceContext, principal: Principal, options: ScaleSeedOptions): Promise<ScaleSeedResult> {
  if (!Number.isInteger(options.count) || options.count < 1) throw new AppError('validation_failed', 'scale count must be a positive integer', { count: options.count });
  await requireAllowed(ctx, principal, 'config:admin', CONFIG);
  const started = performance.now();
  const batchSize = options.batchSize ?? 2000;
  const at = nowInstant(ctx);
  const actor = actorRef(principal);
  const world = await loadWorld(ctx, principal);
  const templates = demoPeople().filter((t) => (options.states === undefined || options.states.includes(t.state)) && (options.program === undefined || t.destination !== null));
  if (templates.length === 0) throw new AppError('validation_failed', 'no demo template matches the requested states', { states: options.states });
  const program = options.program === undefined ? null : (world.agreements.get(options.program) ?? undefined);
  if (program === undefined) throw new AppError('validation_failed', `unknown program ${options.program ?? ''}`, { program: options.program });
  const hashOfRuleSet = ruleSetHash(resolveRuleSet(DEFAULT_RULE_SET_ID));
  const random = new ScaleRandom(options.seed ?? 1);
  const runTag = Date.now().toString(36);
  const totals = { people: 0, cases: 0, facts: 0, decisions: 0, documents: 0, paragraphs: 0, batches: 0 };
  const caseIds: string[] = [];

  for (let offset = 0; offset < options.count; offset += batchSize) {
    const size = Math.min(batchSize, options.count - offset);
    const batch = Array.from({ length: size }, (_, i) => {
      const template = templates[(offset + i) % templates.length];
      if (template === undefined) throw new RangeError('template index');
      const withProgram = program ? { ...template, agreementCode: options.program ?? null, destination: program.receivingCountry } : template;
      return syntheticCase(withProgram, random, at);
    });
    const counts = await runWrite(ctx, async (trx) => {
      const written = await insertBatch(trx, batch, { world, at, actor, runTag, offset, hashOfRuleSet, identityIndexKey: ctx.identityIndexKey, personKeyEncryptionKey: ctx.personKeyEncryptionKey });
      const documents = await insertSyntheticDocuments(trx, written.caseIds, random, at, options.casesPerDocument ?? 20);
      await appendAudit(trx, {
        actor,
        action: 'scale.seed_batch',
        resourceType: 'program',
        resourceId: null,
        details: { batch: totals.batches + 1, people: size, cases: size, facts: written.facts, decisions: written.decisions, documents: documents.documents, paragraphs: documents.paragraphs, firstExternalId: `SCALE-${runTag}-${offset + 1}` },
        at,
      });
      return { ...written, ...documents };
    });
    caseIds.push(...counts.caseIds);
    totals.people += size;
    totals.cases += size;
    totals.facts += counts.facts;
    totals.decisions += counts.decisions;
    totals.documents += counts.documents;
    totals.paragraphs += counts.paragraphs;
    totals.batches += 1;
    options.onProgress?.({ done: offset + size, total: options.count, elapsedSeconds: (performance.now() - started) / 1000 });
  }
  return { ...totals, seconds: (performance.now() - started) / 1000, caseIds };
}

interface World {
  readonly agreements: ReadonlyMap<string, { readonly id: string; readonly receivingCountry: string }>;
  readonly officers: readonly string[];
  readonly counsel: readonly string[];
}

async function loadWorld(ctx: ServiceContext, principal: Principal): Promise<World> {
  const codes = [...new Set(demoPeople().flatMap((p) => (p.agreementCode === null ? [] : [p.agreementCode])))];
  let agreements = await ctx.db.selectFrom('agreements').select(['id', 'code', 'receiving_country']).where('code', 'in', codes).execute();
  if (agreements.length < codes.length) {
    await seedDemo(ctx, principal);
    agreements = await ctx.db.selectFrom('agreements').select(['id', 'code', 'receiving_country']).where('code', 'in', codes).execute();
  }
  const users = await ctx.db.selectFrom('users').select(['id', 'username']).where('username', 'in', ['officer', 'officer2', 'counsel', 'counsel2']).execute();
  const idOf = (username: string): string[] => users.filter((u) => u.username === username).map((u) => u.id);
  return {
    agreements: new Map(agreements.map((a) => [a.code, { id: a.id, receivingCountry: a.receiving_country }])),
    officers: [...idOf('officer'), ...idOf('officer2')],
    counsel: [...idOf('counsel'), ...idOf('counsel2')],
  };
}

interface BatchContext {
  readonly world: World;
  readonly at: string;
  readonly actor: string;
  readonly runTag: string;
  readonly offset: number;
  readonly hashOfRuleSet: string;
  readonly identityIndexKey: Uint8Array;
  readonly personKeyEncryptionKey: Uint8Array;
}

async function insertBatch(trx: Tx, batch: readonly SyntheticCase[], context: BatchContext): Promise<{ caseIds: string[]; facts: number; decisions: number }> {
  const { world, at, actor, runTag, offset } = context;
  const personIds = batch.map(() => randomUUID());
  const caseIds = batch.map(() => randomUUID());
  const year = new Date(at).getUTCFullYear();
  const { rows: serials } = await sql<{ n: string }>`select nextval('case_reference_seq')::text as n from generate_series(1, ${batch.length}::int)`.execute(trx);

  // Sealed as every writer seals (one data key per person, drawn for the whole batch at once, stored wrapped under the KEK).
  const keys = newPersonKeyBatch(context.personKeyEncryptionKey, personIds);
  const fieldsOf = (c: SyntheticCase) => ({ ...c.person, aliases: [] });
  await sql`
    insert into people (id, external_id, personal_data, identity_digest, is_demo, created_at, updated_at)
    select id, external_id, personal_data, decode(digest, 'hex'), true, ${at}::timestamptz, ${at}::timestamptz
      from unnest(${personIds}::uuid[], ${batch.map((_, i) => `SCALE-${runTag}-${offset + i + 1}`)}::text[],
                  ${batch.map((c, i) => sealPersonalFields(keys.dataKey(i), personIds[i] ?? '', fieldsOf(c)))}::text[],
                  ${batch.map((c) => identityDigest(context.identityIndexKey, c.person).toString('hex'))}::text[])
        as v(id, external_id, personal_data, digest)`.execute(trx);
  await sql`
    insert into person_keys (person_id, key)
    select id, decode(key, 'hex') from unnest(${personIds}::uuid[], ${keys.wrappedHex}::text[]) as v(id, key)`.execute(trx);

  const pickUser = (list: readonly string[], index: number): string | null => (list.length === 0 ? null : (list[index % list.length] ?? null));
  await sql`
    insert into cases (id, reference, person_id, state, held_from_state, hold_reason, destination_country, agreement_id, rule_set_id, officer_id, counsel_id,
                       close_outcome, opened_at, closed_at, external_id, is_demo, agency, created_at, updated_at)
    select id, reference, person_id, state, held_from_state, hold_reason, destination_country, agreement_id, ${DEFAULT_RULE_SET_ID}, officer_id, counsel_id,
           close_outcome, opened_at, closed_at, external_id, true, ${DEMO_AGENCY}, ${at}::timestamptz, ${at}::timestamptz
      from unnest(${caseIds}::uuid[], ${batch.map((_, i) => caseReference(year, Number(serials[i]?.n)))}::text[], ${personIds}::uuid[], ${batch.map((c) => c.state)}::text[],
                  ${batch.map((c) => c.heldFromState)}::text[], ${batch.map((c) => c.holdReason)}::text[], ${batch.map((c) => c.destinationCountry)}::char(2)[],
                  ${batch.map((c) => (c.agreementCode === null ? null : (world.agreements.get(c.agreementCode)?.id ?? null)))}::uuid[],
                  ${batch.map((_, i) => pickUser(world.officers, offset + i))}::uuid[], ${batch.map((c, i) => (c.hasCounsel ? pickUser(world.counsel, offset + i) : null))}::uuid[],
                  ${batch.map((c) => c.closeOutcome)}::text[], ${batch.map((c) => c.openedAt)}::timestamptz[], ${batch.map((c) => (c.state === 'closed' ? at : null))}::timestamptz[],
                  ${batch.map((_, i) => `SCALE-${runTag}-${offset + i + 1}`)}::text[])
        as v(id, reference, person_id, state, held_from_state, hold_reason, destination_country, agreement_id, officer_id, counsel_id, close_outcome, opened_at, closed_at, external_id)`.execute(trx);

  // Places as the transitions would have left them (the safeguards read capacity from the ledger).
  await recordPlacesForSeededCases(trx, caseIds, at);

  const facts = batch.flatMap((c, i) => c.facts.map((f) => ({ caseId: caseIds[i] ?? '', kind: f.kind, payload: JSON.stringify(f.payload) })));
  if (facts.length > 0) {
    await sql`
      insert into case_facts (case_id, kind, payload, recorded_at, recorded_by)
      select case_id, kind, payload, ${at}::timestamptz, ${actor}
        from unnest(${facts.map((f) => f.caseId)}::uuid[], ${facts.map((f) => f.kind)}::text[], ${facts.map((f) => f.payload)}::jsonb[]) as v(case_id, kind, payload)`.execute(trx);
  }

  const decisions = batch.flatMap((c, i) => {
    if (c.decisionTransition === null) return [];
    const caseId = caseIds[i] ?? '';
    const snapshot = { factsVersion: 1, caseId, synthetic: true, facts: c.facts.map((f) => f.kind) };
    return [{ caseId, transition: c.decisionTransition, facts: JSON.stringify(snapshot), factsHash: canonicalHash(snapshot) }];
  });
  if (decisions.length > 0) {
    await sql`
      insert into decisions (case_id, transition, rule_set_id, rule_set_hash, facts, facts_hash, findings, outcome, evaluated_at, actor, created_at)
      select case_id, transition, ${DEFAULT_RULE_SET_ID}, ${context.hashOfRuleSet}, facts, facts_hash, '[]'::jsonb, 'allowed', ${at}::timestamptz, ${actor}, ${at}::timestamptz
        from unnest(${decisions.map((d) => d.caseId)}::uuid[], ${decisions.map((d) => d.transition)}::text[], ${decisions.map((d) => d.facts)}::jsonb[],
                    ${decisions.map((d) => d.factsHash)}::text[]) as v(case_id, transition, facts, facts_hash)`.execute(trx);
  }
  return { caseIds, facts: facts.length, decisions: decisions.length };
}
