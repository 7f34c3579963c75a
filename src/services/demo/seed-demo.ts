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
import { seedDemoDocuments } from './seed-demo-documents.js';
import { DEMO_AGENCY, DEMO_USERS } from './demo-users.js';
import { hashPassword } from '../identity/password-hashing.js';

export interface DemoSeedResult {
  readonly usersCreated: number;
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
  // argon2 is deliberately slow: hash before the transaction opens.
  const passwordHashes = await Promise.all(DEMO_USERS.map((user) => hashPassword(user.password)));
  await seedDemoDocuments(ctx, principal); // its own transactions: importCable runs the write path per cable
  return runWrite(ctx, async (trx) => {
    const userIds = new Map<string, string>();
    let usersCreated = 0;
    for (const [index, demo] of DEMO_USERS.entries()) {
      const existing = await trx.selectFrom('users').select('id').where('username', '=', demo.username).executeTakeFirst();
      if (existing) {
        userIds.set(demo.username, existing.id);
        continue;
      }
      const row = await trx
        .insertInto('users')
        .values({
          username: demo.username,
          display_name: demo.displayName,
          agency: demo.agency,
          roles: demo.roles,
          clearance: demo.clearance,
          country: demo.country,
          distribution: demo.distribution,
          password_hash: passwordHashes[index] ?? null,
          password_changed_at: at,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      userIds.set(demo.username, row.id);
      usersCreated += 1;
    }

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
    for (const [index, demo] of demoPeople().entries()) {
      const existingPerson = await trx.selectFrom('people').select('id').where('external_id', '=', demo.key).executeTakeFirst();
      const personId =
        existingPerson?.id ??
        (
          await insertPerson(
            trx,
            { givenNames: demo.givenNames, familyName: demo.familyName, aliases: [], birthDate: demo.birthDate, nationalities: demo.nationalities, languages: demo.languages, vulnerabilities: demo.vulnerabilities, externalId: demo.key },
            at,
            { identityIndexKey: ctx.identityIndexKey, personKeyEncryptionKey: ctx.personKeyEncryptionKey, isDemo: true },
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
          // Two officers share the caseload; two counsel represent some clients, so need-to-know has both sides.
          officerId: userIds.get(index % 2 === 0 ? 'officer' : 'officer2') ?? null,
          counselId: index % 3 === 0 ? (userIds.get('counsel') ?? null) : index % 5 === 0 ? (userIds.get('counsel2') ?? null) : null,
          externalId: demo.key,
        },
        at,
        true,
      );
      await trx
        .updateTable('cases')
        .set({
          agency: DEMO_AGENCY,
          state: demo.state,
          held_from_state: demo.heldFrom ?? null,
          hold_reason: demo.holdReason ?? null,
          close_outcome: demo.closeOutcome ?? null,
          closed_at: demo.state === 'closed' ? at : null,
        })
        .where('id', '=', opened.id)
        .execute();
      casesCreated += 1;
    }

    await seedDemoAssessments(trx, at, actorRef(principal));
    await appendAudit(trx, {
      actor: actorRef(principal),
      action: 'demo.seed',
      resourceType: 'program',
      resourceId: null,
      details: { usersCreated, agreementsCreated, peopleCreated, casesCreated },
      at,
    });
    return { usersCreated, agreementsCreated, peopleCreated, casesCreated };
  });
}
