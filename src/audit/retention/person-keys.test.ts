import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from '../../test-support/databases.js';
import { accessReport } from '../access-report.js';
import { appendAudit, sealPending } from '../audit-log.js';
import { resetSchema, temporaryKey } from '../checkpoints/audit-fixture.test-support.js';
import { Checkpointer } from '../checkpoints/checkpointer.js';
import { verifyAudit } from '../checkpoints/verify-audit.js';
import type { SigningKey } from '../signing/signing-key.js';
import { ManualClock } from '../../test-support/test-app.js';
import { openPersonField, sealPersonField } from './person-field-cipher.js';
import { wrapLegacyPersonKeys } from '../../services/people/wrap-legacy-person-keys.js';
import { wrapPersonDataKey } from './person-key-wrap.js';
import { erasePersonKey, personDataKey, readPersonDataKey } from './person-keys.js';

const AT = '2026-03-01T10:00:00.000Z';
const KEK = new Uint8Array(32).fill(3);

describe('sealPersonField and openPersonField', () => {
  const key = new Uint8Array(32).fill(7);
  const personId = '5c3b2a1e-0000-4000-8000-000000000001';

  it('round-trips and never repeats a ciphertext', () => {
    const first = sealPersonField(key, personId, 'Amal Haddad');
    expect(first).toMatch(/^wp1:[A-Za-z0-9+/]+=*$/);
    expect(first).not.toBe(sealPersonField(key, personId, 'Amal Haddad'));
    expect(openPersonField(key, personId, first)).toBe('Amal Haddad');
  });

  it.each([
    ['another key', (sealed: string) => openPersonField(new Uint8Array(32).fill(8), personId, sealed)],
    ['another person', (sealed: string) => openPersonField(key, '5c3b2a1e-0000-4000-8000-000000000002', sealed)],
    ['a flipped byte', (sealed: string) => openPersonField(key, personId, `wp1:${Buffer.from(Buffer.from(sealed.slice(4), 'base64').map((byte, index) => (index === 30 ? byte ^ 1 : byte))).toString('base64')}`)],
    ['no prefix', (sealed: string) => openPersonField(key, personId, sealed.slice(4))],
  ])('refuses %s with validation_failed', (_name, open) => {
    const sealed = sealPersonField(key, personId, 'Amal Haddad');
    expect(() => open(sealed)).toThrow(expect.objectContaining({ code: 'validation_failed' }));
  });
});

describe.each(TEST_DATABASE_KINDS)('person keys and erasure on %s', (kind) => {
  let database: TestDatabase;
  let signing: SigningKey;
  let disposeKey: () => Promise<void>;
  let personId: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind, { migrate: false });
    ({ key: signing, dispose: disposeKey } = await temporaryKey());
  });
  afterAll(async () => {
    await database.dispose();
    await disposeKey();
  });
  beforeEach(async () => {
    await resetSchema(database);
    const row = await database.db.insertInto('people').values({ personal_data: 'wp1:placeholder' }).returning('id').executeTakeFirstOrThrow();
    personId = row.id;
  });

  it('creates one key per person on first use and keeps it', async () => {
    const first = await database.db.transaction().execute((trx) => personDataKey(trx, KEK, personId));
    const again = await database.db.transaction().execute((trx) => personDataKey(trx, KEK, personId));
    expect(first.length).toBe(32);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
  });

  it('stores the key wrapped under the KEK: the column alone opens nothing, another KEK fails clearly', async () => {
    const { key, sealed } = await database.db.transaction().execute(async (trx) => {
      const dataKey = await personDataKey(trx, KEK, personId);
      return { key: dataKey, sealed: sealPersonField(dataKey, personId, 'Amal Haddad') };
    });
    const stored = Buffer.from((await database.db.selectFrom('person_keys').select('key').where('person_id', '=', personId).executeTakeFirstOrThrow()).key ?? []);
    expect(stored.length).toBe(61);
    expect(stored[0]).toBe(1);
    expect(stored.includes(Buffer.from(key))).toBe(false);
    // No 32-byte window of the stored value is the data key.
    for (let offset = 0; offset + 32 <= stored.length; offset += 1) {
      expect(() => openPersonField(stored.subarray(offset, offset + 32), personId, sealed)).toThrow(expect.objectContaining({ code: 'validation_failed' }));
    }
    expect(openPersonField(await readPersonDataKey(database.db, KEK, personId), personId, sealed)).toBe('Amal Haddad');
    await expect(readPersonDataKey(database.db, new Uint8Array(32).fill(4), personId)).rejects.toMatchObject({
      code: 'signing_key_invalid',
      message: `the person key-encryption key does not open the data key of person ${personId} (wrong keys/person-keys.kek?)`,
    });
  });

  it('shreds: the key is gone for good, sealed fields no longer open, the audit still verifies', async () => {
    const sealed = await database.db.transaction().execute(async (trx) => {
      const key = await personDataKey(trx, KEK, personId);
      await appendAudit(trx, { actor: 'user:officer', action: 'person.read', resourceType: 'person', resourceId: personId, details: { fieldGroups: ['identity'] }, at: AT });
      return sealPersonField(key, personId, 'Amal Haddad');
    });
    await sealPending(database.db);
    const checkpointer = new Checkpointer(database.db, signing, new ManualClock(), { everyEntries: 1, everySeconds: 60 });
    await checkpointer.checkpointNow();

    await database.db.transaction().execute((trx) => erasePersonKey(trx, { personId, actor: 'user:dpo', legalBasis: 'gdpr-art17', at: AT }));
    await sealPending(database.db);
    await checkpointer.checkpointNow();

    await expect(readPersonDataKey(database.db, KEK, personId)).rejects.toMatchObject({ code: 'person_erased' });
    await expect(database.db.transaction().execute((trx) => personDataKey(trx, KEK, personId))).rejects.toMatchObject({ code: 'person_erased' });
    expect(sealed.startsWith('wp1:')).toBe(true);
    const row = await database.db.selectFrom('person_keys').select(['key', 'destroyed_at']).where('person_id', '=', personId).executeTakeFirstOrThrow();
    expect(row).toEqual({ key: null, destroyed_at: AT });
    // Nothing left in the database opens the data: no key column, and the KEK alone is not a data key.
    expect(() => openPersonField(KEK, personId, sealed)).toThrow(expect.objectContaining({ code: 'validation_failed' }));

    expect(await verifyAudit(database.db, signing.publicKey)).toMatchObject({ ok: true, entries: 2, checkpoints: 2 });
    const report = await accessReport(database.db, { resourceType: 'person', resourceId: personId, from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' });
    expect(report.entries.map((entry) => [entry.actor, entry.action, entry.fieldGroups])).toEqual([
      ['user:officer', 'person.read', ['identity']],
      ['user:dpo', 'person.erase', []],
    ]);
    expect(report.entries[1]?.details).toEqual({ keyDestroyed: true, legalBasis: 'gdpr-art17' });
  });

  it('refuses to erase twice, and refuses free text as the legal basis', async () => {
    await database.db.transaction().execute((trx) => erasePersonKey(trx, { personId, actor: 'user:dpo', legalBasis: 'retention-expired', at: AT }));
    await expect(database.db.transaction().execute((trx) => erasePersonKey(trx, { personId, actor: 'user:dpo', legalBasis: 'retention-expired', at: AT }))).rejects.toMatchObject({
      code: 'person_erased',
    });
    await expect(
      database.db.transaction().execute((trx) => erasePersonKey(trx, { personId, actor: 'user:dpo', legalBasis: 'Amal asked on 1 March', at: AT })),
    ).rejects.toMatchObject({ code: 'validation_failed' });
  });

  it('lets the database refuse restoring or deleting a key', async () => {
    await database.db.transaction().execute((trx) => personDataKey(trx, KEK, personId));
    await database.db.transaction().execute((trx) => erasePersonKey(trx, { personId, actor: 'user:dpo', legalBasis: 'gdpr-art17', at: AT }));
    await expect(sql`update person_keys set key = ${Buffer.alloc(32)}, destroyed_at = null`.execute(database.db)).rejects.toThrow(/only allows destroying/);
    await expect(sql`delete from person_keys`.execute(database.db)).rejects.toThrow(/only allows destroying/);
  });

  it('erases a person who never had a key: a destroyed row without key material', async () => {
    await database.db.transaction().execute((trx) => erasePersonKey(trx, { personId, actor: 'user:dpo', legalBasis: 'gdpr-art17', at: AT }));
    expect(await database.db.selectFrom('person_keys').select(['key', 'destroyed_at']).where('person_id', '=', personId).executeTakeFirstOrThrow()).toEqual({ key: null, destroyed_at: AT });
    await expect(database.db.transaction().execute((trx) => personDataKey(trx, KEK, personId))).rejects.toMatchObject({ code: 'person_erased' });
  });

  it('wraps a legacy (unwrapped) key once, and lets nothing replace a wrapped key', async () => {
    const legacy = Buffer.alloc(32, 5);
    await sql`insert into person_keys (person_id, key) values (${personId}::uuid, ${legacy})`.execute(database.db);
    expect(await wrapLegacyPersonKeys(database.db, KEK)).toBe(1);
    expect(await wrapLegacyPersonKeys(database.db, KEK)).toBe(0);
    expect(Buffer.from(await readPersonDataKey(database.db, KEK, personId)).equals(legacy)).toBe(true);
    await expect(sql`update person_keys set key = ${wrapPersonDataKey(KEK, personId, legacy)}`.execute(database.db)).rejects.toThrow(/only allows destroying/);
    await expect(sql`update person_keys set key = ${legacy}`.execute(database.db)).rejects.toThrow(/only allows destroying/);
    await expect(sql`insert into person_keys (person_id, key) values (${personId}::uuid, ${Buffer.alloc(61, 2)}) on conflict (person_id) do nothing`.execute(database.db)).rejects.toThrow(/person_keys_key_check/);
  });
});
