import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppInstance } from '../app-instance.js';
import { clearedCases, createSalvadorAgreement } from '../transfer-scenario.test-support.js';
import { accessReport } from '../../audit/access-report.js';
import { verifyAudit } from '../../audit/checkpoints/verify-audit.js';
import { unwrapPersonDataKey } from '../../audit/retention/person-key-wrap.js';
import { identityDigest, openPersonalFields } from '../../audit/retention/sealed-person.js';
import { sealPending } from '../../audit/audit-log.js';
import { addHours } from '../../core/time.js';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.js';
import { signInAs, type TestSession } from '../../test-support/sign-in.js';
import { createSeededApp, createTestApp, type TestContext } from '../../test-support/test-app.js';
import { buildCaseFacts } from '../../services/cases/build-case-facts.js';
import { addToManifest } from '../../services/transfers/add-to-manifest.js';
import { createTransfer } from '../../services/transfers/create-transfer.js';

const NEW_PERSON = { givenNames: 'Zeynep', familyName: 'Shredtest', aliases: ['Zey'], birthDate: '1988-04-02', nationalities: ['TR'], languages: ['tr'], vulnerabilities: ['pregnancy'] };
const PLAINTEXT = /Zeynep|Shredtest|1988-04-02|Renamed/;

describe.each(TEST_DATABASE_KINDS)('sealed people and erasure on %s', { timeout: 240_000 }, (kind) => {
  let context: TestContext;
  let app: AppInstance;
  let operatorApp: AppInstance;
  let admin: TestSession;
  let officer: TestSession;
  let personId = '';
  let caseId = '';

  /** The raw people row, every column, as a database dump would show it. */
  const rawPerson = async (id: string) => (await sql<Record<string, unknown>>`select * from people where id = ${id}`.execute(context.services.db)).rows[0] ?? {};
  const erase = (session: TestSession, id: string, legalBasis: string) =>
    app.inject({ method: 'DELETE', url: `/api/people/${id}/key`, headers: session.headers, payload: { legalBasis } });

  beforeAll(async () => {
    ({ context, app } = await createSeededApp(kind));
    operatorApp = await createTestApp(context);
    context.clock.set('2026-01-15T12:00:00.000Z');
    admin = await signInAs(app, 'admin', 'demo-admin-pass');
    officer = await signInAs(app, 'officer', 'demo-officer-pass');
    const officerId = (await context.services.db.selectFrom('users').select('id').where('username', '=', 'officer').executeTakeFirstOrThrow()).id;
    const created = await operatorApp.inject({ method: 'POST', url: '/api/people', payload: NEW_PERSON });
    expect(created.statusCode).toBe(201);
    personId = created.json<{ id: string }>().id;
    const opened = await operatorApp.inject({ method: 'POST', url: '/api/cases', payload: { personId, officerId, destinationCountry: 'RW', ruleSetId: 'us-ice-2025-07' } });
    expect(opened.statusCode).toBe(201);
    caseId = opened.json<{ id: string }>().id;
  });
  afterAll(async () => {
    await operatorApp.close();
    await app.close();
    await context.dispose();
  });

  it('stores a created and an updated person sealed: ciphertext and a blind index, never the plaintext', async () => {
    const created = await rawPerson(personId);
    expect(Object.keys(created).sort()).toEqual(['created_at', 'external_id', 'id', 'identity_digest', 'is_demo', 'personal_data', 'updated_at', 'version']);
    expect(String(created.personal_data)).toMatch(/^wp1:/);
    expect(JSON.stringify(created)).not.toMatch(PLAINTEXT);
    expect(Buffer.from(created.identity_digest as Uint8Array).equals(identityDigest(context.services.identityIndexKey, NEW_PERSON))).toBe(true);

    const read = await operatorApp.inject({ url: `/api/people/${personId}` });
    expect(read.json()).toMatchObject({ ...NEW_PERSON, erased: false, version: 1 });
    const updated = await operatorApp.inject({ method: 'PATCH', url: `/api/people/${personId}`, headers: { 'if-match': '"v1"' }, payload: { familyName: 'Renamed' } });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ ...NEW_PERSON, familyName: 'Renamed', erased: false, version: 2 });
    const after = await rawPerson(personId);
    expect(after.personal_data).not.toBe(created.personal_data);
    expect(JSON.stringify(after)).not.toMatch(PLAINTEXT);
    expect(Buffer.from(after.identity_digest as Uint8Array).equals(identityDigest(context.services.identityIndexKey, { ...NEW_PERSON, familyName: 'Renamed' }))).toBe(true);
    // Safeguard facts are computed from the decrypted fields.
    expect((await buildCaseFacts(context.services.db, context.services.personKeyEncryptionKey, caseId, null))?.person).toMatchObject({ birthDate: '1988-04-02', nationalities: ['TR'], languages: ['tr'], vulnerabilities: ['pregnancy'] });
  });

  it('lets only an administrator erase: 403 to the officer who may see the person, 404 to one who may not, 400 for an unknown legal basis', async () => {
    expect((await erase(officer, personId, 'gdpr-art17')).json()).toMatchObject({ error: { code: 'forbidden' } });
    const officer2 = await signInAs(app, 'officer2', 'demo-officer2-pass');
    const hidden = await erase(officer2, personId, 'gdpr-art17');
    expect([hidden.statusCode, hidden.json<{ error: { code: string } }>().error.code]).toEqual([404, 'not_found']);
    const oversight = await signInAs(app, 'oversight', 'demo-oversight-pass');
    expect((await erase(oversight, personId, 'gdpr-art17')).statusCode).toBe(403);
    const badBasis = await erase(admin, personId, 'she asked nicely');
    expect([badBasis.statusCode, badBasis.json<{ error: { code: string } }>().error.code]).toEqual([400, 'validation_failed']);
    expect((await context.services.db.selectFrom('person_keys').select('key').where('person_id', '=', personId).executeTakeFirstOrThrow()).key).not.toBeNull();
  });

  it('erases: reads give erased, the row keeps only ciphertext no key opens, the audit verifies and never held the data, a second erase is 410', async () => {
    await sealPending(context.services.db);
    const window = { resourceType: 'person', resourceId: personId, from: '2020-01-01T00:00:00.000Z', to: '2030-01-01T00:00:00.000Z' };
    const reportBefore = await accessReport(context.services.db, window);
    const sealedBefore = String((await rawPerson(personId)).personal_data);

    // An open case would be evaluated without the person's data: refused until it is closed.
    const whileOpen = await erase(admin, personId, 'gdpr-art17');
    expect([whileOpen.statusCode, whileOpen.json()]).toMatchObject([409, { error: { code: 'person_has_open_cases', details: { caseIds: [caseId] } } }]);
    expect((await context.services.db.selectFrom('person_keys').select('key').where('person_id', '=', personId).executeTakeFirstOrThrow()).key).not.toBeNull();
    const closed = await operatorApp.inject({ method: 'POST', url: `/api/cases/${caseId}/transitions`, payload: { transition: 'close', closeOutcome: 'withdrawn' } });
    expect(closed.statusCode).toBe(200);

    const erased = await erase(admin, personId, 'gdpr-art17');
    expect([erased.statusCode, erased.body]).toEqual([204, '']);
    const again = await erase(admin, personId, 'gdpr-art17');
    expect([again.statusCode, again.json<{ error: { code: string } }>().error.code]).toEqual([410, 'person_erased']);

    const read = await app.inject({ url: `/api/people/${personId}`, headers: officer.headers });
    expect(read.statusCode).toBe(200);
    const marker = { redacted: true, group: 'erased' };
    expect(read.json()).toMatchObject({
      id: personId, erased: true, version: 2,
      givenNames: marker, familyName: marker, aliases: marker, birthDate: marker, nationalities: marker, languages: marker, vulnerabilities: marker,
    });
    const listed = await app.inject({ url: '/api/people?limit=500', headers: officer.headers });
    expect(listed.json<{ items: { id: string; erased: boolean }[] }>().items.find((item) => item.id === personId)).toMatchObject({ erased: true, familyName: marker });
    const patched = await operatorApp.inject({ method: 'PATCH', url: `/api/people/${personId}`, headers: { 'if-match': '"v2"' }, payload: { familyName: 'Back' } });
    expect(patched.json()).toMatchObject({ error: { code: 'person_erased' } });
    expect((await buildCaseFacts(context.services.db, context.services.personKeyEncryptionKey, caseId, null))?.person).toMatchObject({ birthDate: null, nationalities: [], vulnerabilities: [] });

    const row = await rawPerson(personId);
    expect(row.personal_data).toBe(sealedBefore);
    expect(row.identity_digest).toBeNull();
    expect(JSON.stringify(row)).not.toMatch(PLAINTEXT);
    const keys = await context.services.db.selectFrom('person_keys').select(['person_id', 'key']).execute();
    expect(keys.find((key) => key.person_id === personId)?.key).toBeNull();
    // Even with the KEK (outside the database) no remaining data key, nor the KEK itself, opens the erased data.
    const kek = context.services.personKeyEncryptionKey;
    for (const { person_id, key } of keys) if (key !== null) expect(() => openPersonalFields(unwrapPersonDataKey(kek, person_id, Uint8Array.from(key)), personId, sealedBefore)).toThrow(/does not open/);
    expect(() => openPersonalFields(kek, personId, sealedBefore)).toThrow(/does not open/);

    await sealPending(context.services.db);
    expect(await verifyAudit(context.services.db, null)).toMatchObject({ ok: true });
    const reportAfter = await accessReport(context.services.db, window);
    expect(reportAfter.entries.slice(0, reportBefore.entries.length)).toEqual(reportBefore.entries);
    expect(reportAfter.entries.filter((entry) => entry.action === 'person.erase').map((entry) => [entry.actor.startsWith('user:'), entry.details])).toEqual([[true, { keyDestroyed: true, legalBasis: 'gdpr-art17' }]]);
    const audit = (await sql<Record<string, unknown>>`select * from audit_log`.execute(context.services.db)).rows;
    const leaked = audit.filter((entry) => Object.values(entry).some((value) => (value instanceof Uint8Array ? PLAINTEXT.test(Buffer.from(value).toString('latin1')) : PLAINTEXT.test(JSON.stringify(value) ?? ''))));
    expect(leaked).toEqual([]);
    // Nor anything derived from the values: a hash of a name and birth date confirms a guess, erased or not.
    const personEntries = audit.filter((entry) => entry.resource_id === personId && ['person.create', 'person.update'].includes(String(entry.action)));
    expect(personEntries.map((entry) => [entry.action, Object.keys(entry.details as object).sort()])).toEqual([
      ['person.create', ['fields']],
      ['person.update', ['fields', 'version']],
    ]);
    expect((personEntries[0]?.details as { fields: string[] }).fields).toEqual(expect.arrayContaining(Object.keys(NEW_PERSON)));
  });

  it('filters the people list by nationality after decryption, page by page (sealed fields cannot be filtered in SQL)', async () => {
    const ids: string[] = [];
    for (const nationalities of [['IS'], ['NO', 'IS'], ['NO']]) {
      const created = await operatorApp.inject({ method: 'POST', url: '/api/people', payload: { givenNames: 'Filter', familyName: 'Nationality', nationalities } });
      ids.push(created.json<{ id: string }>().id);
    }
    const first = (await operatorApp.inject({ url: '/api/people?nationality=IS&limit=1' })).json<{ items: { id: string }[]; nextCursor: string | null }>();
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).not.toBeNull();
    const second = (await operatorApp.inject({ url: `/api/people?nationality=IS&limit=1&cursor=${first.nextCursor ?? ''}` })).json<{ items: { id: string }[]; nextCursor: string | null }>();
    expect(second.nextCursor).toBeNull();
    expect([...first.items, ...second.items].map((item) => item.id).sort()).toEqual([ids[0], ids[1]].sort());
  });

  it('refuses to erase a person while a case of theirs is on an open transfer (409 person_in_transfer)', async () => {
    const agreementId = await createSalvadorAgreement(operatorApp, 'us-sv-erase');
    const [onTransfer] = await clearedCases(operatorApp, context, agreementId, 1);
    const transfer = await createTransfer(context.services, context.operator, { reference: 'SV-ERASE-1', agreementId, scheduledDeparture: addHours(context.clock.now().toISOString(), 72), carrier: '', flight: '', facility: '', escortCount: 0 });
    await addToManifest(context.services, context.operator, transfer.id, [onTransfer ?? '']);
    const travellerId = (await context.services.db.selectFrom('cases').select('person_id').where('id', '=', onTransfer ?? '').executeTakeFirstOrThrow()).person_id;
    const refused = await erase(admin, travellerId, 'retention-expired');
    expect([refused.statusCode, refused.json()]).toMatchObject([409, { error: { code: 'person_in_transfer' } }]);
    expect((await context.services.db.selectFrom('person_keys').select('key').where('person_id', '=', travellerId).executeTakeFirstOrThrow()).key).not.toBeNull();
  });
});
