import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { loadOrCreateSigningKey, type SigningKey } from '../audit/signing/signing-key.js';
import type { AppInstance } from './app-instance.js';
import { caseReadyForNotice, post, serveNotice, transition } from './safeguard-scenario.test-support.js';
import { insertCase } from '../db/repositories/case.repository.js';
import { insertPerson } from '../db/repositories/person.repository.js';
import { recordPlacesForSeededCases } from '../db/repositories/ledger.repository.js';
import type { TestContext } from '../test-support/test-app.js';

/** What the case fixture needs: a clock and the database (a TestContext or a CLI runtime). */
export interface FixtureContext {
  readonly clock: { now(): Date };
  readonly database: { readonly db: Kysely<DB> };
  readonly services: { readonly identityIndexKey: Uint8Array; readonly personKeyEncryptionKey: Uint8Array };
}

/** Test fixtures for transfers: a temporary signing key, an agreement, and many cleared cases cloned fast. */

export async function temporarySigningKey(): Promise<{ key: SigningKey; keyDir: string; dispose: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'waypoint-transfer-key-'));
  const keyDir = join(root, 'keys');
  return { key: await loadOrCreateSigningKey(keyDir), keyDir, dispose: () => rm(root, { recursive: true, force: true }) };
}

/** US→SV agreement with room for 300, a per-person payment of USD 7,000.00 and checks at 30/90 days. */
export async function createSalvadorAgreement(app: AppInstance, code = 'us-sv-transfers'): Promise<string> {
  const response = await post(
    app,
    '/api/agreements',
    {
      code,
      title: 'US-SV',
      sendingCountry: 'US',
      receivingCountry: 'SV',
      status: 'active',
      effectiveFrom: '2025-06-01',
      terms: { capacity: { total: 300 }, payments: { perPerson: { amountMinor: 700_000, currency: 'USD' } }, monitoring: { welfareCheckDays: [30, 90] } },
    },
    201,
  );
  return response.json<{ id: string }>().id;
}

/**
 * One case walked through the API to `cleared` under us-ice-2025-07 (notice served at the clock's
 * instant, so it may depart 24 h later), then cloned `count - 1` times directly in the database:
 * a person and a case each, the same state and earliest departure, and a copy of every stored fact.
 * Returns all case ids (the template first). The clock must be after 2025-07-25.
 */
export async function clearedCases(app: AppInstance, context: FixtureContext, agreementId: string, count: number): Promise<string[]> {
  const template = await caseReadyForNotice(app, { ruleSetId: 'us-ice-2025-07', agreementId, destination: 'SV' });
  await serveNotice(app, template, 'SV', context.clock.now().toISOString());
  await transition(app, template, { transition: 'clear' });
  const db = context.database.db;
  const source = await db.selectFrom('cases').selectAll().where('id', '=', template).executeTakeFirstOrThrow();
  const at = context.clock.now().toISOString();
  const ids = await db.transaction().execute(async (trx) => {
    const created: string[] = [];
    for (let index = 1; index < count; index += 1) {
      const person = await insertPerson(trx, { givenNames: 'Test', familyName: `Traveller${index}`, aliases: [], birthDate: '1990-01-01', nationalities: ['HN'], languages: ['es'], vulnerabilities: [], externalId: null }, at, { identityIndexKey: context.services.identityIndexKey, personKeyEncryptionKey: context.services.personKeyEncryptionKey });
      const opened = await insertCase(trx, { personId: person.id, destinationCountry: 'SV', agreementId, ruleSetId: 'us-ice-2025-07', officerId: null, counselId: null, externalId: null }, at);
      created.push(opened.id);
    }
    if (created.length === 0) return created;
    await sql`update cases set state = ${source.state}, earliest_departure_at = ${source.earliest_departure_at} where id = any(${created}::uuid[])`.execute(trx);
    await sql`
      insert into case_facts (case_id, kind, payload, recorded_at, recorded_by, supersedes)
      select c.id, f.kind, f.payload, f.recorded_at, f.recorded_by, null
        from case_facts f cross join unnest(${created}::uuid[]) as c(id)
       where f.case_id = ${template}`.execute(trx);
    // The template reserved its place when proposed; the clones get theirs the same way.
    await recordPlacesForSeededCases(trx, created, at);
    return created;
  });
  return [template, ...ids];
}

export async function countOf(context: TestContext, table: 'decisions' | 'audit_log' | 'alerts' | 'manifest_entries' | 'manifest_snapshots' | 'boarding_records' | 'departure_removals' | 'welfare_checks' | 'payment_obligations' | 'transfers'): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(context.database.db);
  return rows[0]?.n ?? 0;
}
