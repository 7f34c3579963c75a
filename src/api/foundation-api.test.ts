import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../audit/audit-log.js';
import { createTestApp, createTestContext, type TestContext } from '../test-support/test-app.js';
import type { AppInstance } from './app-instance.js';
import { TEST_DATABASE_KINDS } from '../test-support/databases.js';

const PERSON = { givenNames: 'Amina', familyName: 'Testperson', birthDate: '1990-02-03', nationalities: ['IQ'], languages: ['ar'] };

function errorOf(response: LightMyRequestResponse): { code: string; message: string; details: Record<string, unknown> } {
  return response.json<{ error: { code: string; message: string; details: Record<string, unknown> } }>().error;
}

describe.each(TEST_DATABASE_KINDS)('foundation API on %s', (kind) => {
  let context: TestContext;
  let app: AppInstance;

  beforeAll(async () => {
    context = await createTestContext(kind);
    app = await createTestApp(context);
  });
  afterAll(async () => {
    await app.close();
    await context.dispose();
  });

  it('serves health, readiness and the OpenAPI 3.1 document', async () => {
    expect((await app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await app.inject({ url: '/readyz' })).json()).toEqual({ status: 'ready', database: kind });
    const spec = (await app.inject({ url: '/openapi.json' })).json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/api/cases', '/api/cases/{id}', '/api/people', '/api/agreements', '/api/countries']));
  });

  it('creates a person and a case, each audited without personal data', async () => {
    const created = await app.inject({ method: 'POST', url: '/api/people', payload: PERSON });
    expect(created.statusCode).toBe(201);
    expect(created.headers.etag).toBe('"v1"');
    const person = created.json<{ id: string }>();
    const opened = await app.inject({ method: 'POST', url: '/api/cases', payload: { personId: person.id, destinationCountry: 'RW' } });
    expect(opened.statusCode).toBe(201);
    expect(opened.json()).toMatchObject({ state: 'intake', destinationCountry: 'RW', ruleSetId: 'us-dvd-strict+unhcr-transfer-2013' });
    await context.services.sealer.flush();
    const entries = await context.database.db.selectFrom('audit_log').select(['action', 'details']).orderBy('seq').execute();
    expect(entries.map((entry) => entry.action)).toEqual(['person.create', 'case.open']);
    expect(JSON.stringify(entries)).not.toContain('Testperson');
    expect(await verifyChain(context.database.db)).toMatchObject({ ok: true, entries: 2 });
  });

  it('requires If-Match on updates and answers 412 on a stale ETag', async () => {
    const person = (await app.inject({ method: 'POST', url: '/api/people', payload: { ...PERSON, familyName: 'Etag' } })).json<{ id: string }>();
    const missing = await app.inject({ method: 'PATCH', url: `/api/people/${person.id}`, payload: { aliases: ['A'] } });
    expect(missing.statusCode).toBe(428);
    expect(errorOf(missing).code).toBe('precondition_required');

    const first = await app.inject({ method: 'PATCH', url: `/api/people/${person.id}`, headers: { 'if-match': '"v1"' }, payload: { aliases: ['A'] } });
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toBe('"v2"');
    const stale = await app.inject({ method: 'PATCH', url: `/api/people/${person.id}`, headers: { 'if-match': '"v1"' }, payload: { aliases: ['B'] } });
    expect(stale.statusCode).toBe(412);
    expect(errorOf(stale)).toMatchObject({ code: 'precondition_failed', details: { currentVersion: 2, expectedVersion: 1 } });
    const read = await app.inject({ url: `/api/people/${person.id}` });
    expect(read.json()).toMatchObject({ aliases: ['A'], version: 2 });
  });

  it('answers every kind of bad input with the error shape and writes nothing', async () => {
    const before = await context.database.db.selectFrom('people').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const cases: Array<{ name: string; request: InjectOptions; status: number; code: string }> = [
      { name: 'malformed JSON', request: { method: 'POST', url: '/api/people', headers: { 'content-type': 'application/json' }, payload: '{"givenNames": ' }, status: 400, code: 'malformed_json' },
      { name: 'unknown field', request: { method: 'POST', url: '/api/people', payload: { ...PERSON, favouriteColour: 'blue' } }, status: 400, code: 'validation_failed' },
      { name: 'wrong type', request: { method: 'POST', url: '/api/people', payload: { ...PERSON, nationalities: 'IQ' } }, status: 400, code: 'validation_failed' },
      { name: 'unknown country', request: { method: 'POST', url: '/api/people', payload: { ...PERSON, nationalities: ['QQ'] } }, status: 400, code: 'unknown_country' },
      { name: 'unknown language', request: { method: 'POST', url: '/api/people', payload: { ...PERSON, languages: ['xx'] } }, status: 400, code: 'unknown_language' },
      { name: 'impossible date', request: { method: 'POST', url: '/api/people', payload: { ...PERSON, birthDate: '1990-02-30' } }, status: 400, code: 'invalid_time' },
      { name: 'oversized body', request: { method: 'POST', url: '/api/people', payload: { ...PERSON, aliases: ['x'.repeat(2_000_000)] } }, status: 413, code: 'body_too_large' },
      { name: 'wrong content type', request: { method: 'POST', url: '/api/people', headers: { 'content-type': 'text/csv' }, payload: 'a,b' }, status: 415, code: 'unsupported_media_type' },
      { name: 'unknown route', request: { method: 'GET', url: '/api/nothing-here' }, status: 404, code: 'route_not_found' },
      { name: 'bad id', request: { method: 'GET', url: '/api/cases/not-a-uuid' }, status: 400, code: 'validation_failed' },
      { name: 'bad cursor', request: { method: 'GET', url: '/api/cases?cursor=%%%' }, status: 400, code: 'validation_failed' },
      { name: 'case for a missing person', request: { method: 'POST', url: '/api/cases', payload: { personId: '00000000-0000-4000-8000-000000000000' } }, status: 404, code: 'not_found' },
      { name: 'agreement with itself', request: { method: 'POST', url: '/api/agreements', payload: { code: 'us-us', title: 'x', sendingCountry: 'US', receivingCountry: 'US' } }, status: 400, code: 'validation_failed' },
      { name: 'fractional money', request: { method: 'POST', url: '/api/agreements', payload: { code: 'us-rw-x', title: 'x', sendingCountry: 'US', receivingCountry: 'RW', terms: { payments: { perPerson: { amountMinor: 10.5, currency: 'USD' } } } } }, status: 400, code: 'validation_failed' },
      { name: 'unknown currency', request: { method: 'POST', url: '/api/agreements', payload: { code: 'us-rw-y', title: 'x', sendingCountry: 'US', receivingCountry: 'RW', terms: { payments: { perPerson: { amountMinor: 10, currency: 'XYZ' } } } } }, status: 400, code: 'unknown_currency' },
    ];
    for (const testCase of cases) {
      const response = await app.inject(testCase.request);
      expect({ name: testCase.name, status: response.statusCode }).toEqual({ name: testCase.name, status: testCase.status });
      const error = errorOf(response);
      expect({ name: testCase.name, code: error.code }).toEqual({ name: testCase.name, code: testCase.code });
      expect(typeof error.message).toBe('string');
      expect(response.body).not.toMatch(/at .*\.js:\d+/); // never a stack trace
    }
    const after = await context.database.db.selectFrom('people').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('pages through cases with a keyset cursor', async () => {
    const person = (await app.inject({ method: 'POST', url: '/api/people', payload: { ...PERSON, familyName: 'Pager' } })).json<{ id: string }>();
    for (let index = 0; index < 5; index += 1) await app.inject({ method: 'POST', url: '/api/cases', payload: { personId: person.id } });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await app.inject({ url: `/api/cases?limit=2&personId=${person.id}${cursor ? `&cursor=${cursor}` : ''}` });
      const page: { items: Array<{ reference: string }>; nextCursor: string | null } = response.json();
      seen.push(...page.items.map((item) => item.reference));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect([...seen].sort()).toEqual(seen);
  });
});
