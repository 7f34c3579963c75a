import { appendAudit } from '../../audit/audit-log.js';
import { DEFAULT_RULE_SET_ID } from '../../core/schemas/case.schema.js';
import { actorRef, type Principal } from '../../core/principal.js';
import { insertAgreement, insertTermsVersion } from '../../db/repositories/agreement.repository.js';
import { insertCase } from '../../db/repositories/case.repository.js';
import { insertPerson } from '../../db/repositories/person.repository.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { demoAgreements } from './demo-agreements.js';
import { seedDemoAssessments } from './demo-assessments.js';
import { demoPeople } from './demo-people.js';

export interface DemoSeedResult {
  readonly agreementsCreated: number;
  readonly peopleCreated: number;
  readonly casesCreated: number;
}

/**
 * Loads the demo program: reported arrangements as agreements, and fictional
 * people with cases spread over the workflow. Idempotent: records are keyed
 * by agreement code and DEMO-nnn external ids, so a second run adds nothing.
 * Demo cases are placed directly in their workflow state (marked is_demo);
 * real cases only move through safeguard-gated transitions.
 */
export async function seedDemo(ctx: ServiceContext, principal: Principal): Promise<DemoSeedResult> {
  const at = nowInstant(ctx);
  return runWrite(ctx, async (trx) => {
    const agreementIds = new Map<string, string>();
    let agreementsCreated = 0;
    for (const demo of demoAgreements()) {
      const existing = await trx.selectFrom('agreements').select('id').where('code', '=', demo.code).executeTakeFirst();
      if (existing) {
        agreementIds.set(demo.code, existing.id);
        continue;
      }
      const { terms: _terms, ...fields } = demo;
      const agreement = await insertAgreement(trx, fields, at, true);
      await insertTermsVersion(trx, agreement.id, { versionNo: 1, effectiveFrom: demo.effectiveFrom, changeSummary: 'Terms as reported', terms: demo.terms, sourceDocuments: demo.sources }, at);
      agreementIds.set(demo.code, agreement.id);
      agreementsCreated += 1;
    }

    let peopleCreated = 0;
    let casesCreated = 0;
    for (const demo of demoPeople()) {
      const existingPerson = await trx.selectFrom('people').select('id').where('external_id', '=', demo.key).executeTakeFirst();
      const personId =
        existingPerson?.id ??
        (
          await insertPerson(
            trx,
            { givenNames: demo.givenNames, familyName: demo.familyName, aliases: [], birthDate: demo.birthDate, nationalities: demo.nationalities, languages: demo.languages, vulnerabilities: demo.vulnerabilities, externalId: demo.key },
            at,
            true,
          )
        ).id;
      if (!existingPerson) peopleCreated += 1;
      const existingCase = await trx.selectFrom('cases').select('id').where('external_id', '=', demo.key).executeTakeFirst();
      if (existingCase) continue;
      const opened = await insertCase(
        trx,
        {
          personId,
          destinationCountry: demo.destination,
          agreementId: demo.agreementCode ? (agreementIds.get(demo.agreementCode) ?? null) : null,
          ruleSetId: DEFAULT_RULE_SET_ID,
          officerId: null,
          counselId: null,
          externalId: demo.key,
        },
        at,
        true,
      );
      if (demo.state !== 'intake') {
        await trx
          .updateTable('cases')
          .set({
            state: demo.state,
            held_from_state: demo.heldFrom ?? null,
            hold_reason: demo.holdReason ?? null,
            close_outcome: demo.closeOutcome ?? null,
            closed_at: demo.state === 'closed' ? at : null,
          })
          .where('id', '=', opened.id)
          .execute();
      }
      casesCreated += 1;
    }

    await seedDemoAssessments(trx, at, actorRef(principal));
    await appendAudit(trx, {
      actor: actorRef(principal),
      action: 'demo.seed',
      resourceType: 'program',
      resourceId: null,
      details: { agreementsCreated, peopleCreated, casesCreated },
      at,
    });
    return { agreementsCreated, peopleCreated, casesCreated };
  });
}
