import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppInstance } from '../app-instance.js';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.js';
import { signInAs } from '../../test-support/sign-in.js';
import { createSeededApp, createTestApp, type TestContext } from '../../test-support/test-app.js';

describe.each(TEST_DATABASE_KINDS)('import and export routes on %s', { timeout: 240_000 }, (kind) => {
  let context: TestContext;
  let app: AppInstance;

  beforeAll(async () => {
    ({ context, app } = await createSeededApp(kind, 'operator'));
  });
  afterAll(async () => {
    await app.close();
    await context.dispose();
  });

  it('imports an uploaded CSV and reports the bad rows', async () => {
    const body = 'external_id,given_names,family_name,case_external_id,nationalities\nA-1,Ana,Api,AC-1,SV\nA-2,Ben,Api,AC-2,XX\n';
    const response = await app.inject({ method: 'POST', url: '/api/imports?mode=valid-rows', headers: { 'content-type': 'text/csv' }, payload: body });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'completed', imported: 1, rejected: 1, problems: [{ line: 3, column: 'nationalities', reason: 'unknown_country' }], problemsTruncated: false });
    const bad = await app.inject({ method: 'POST', url: '/api/imports', headers: { 'content-type': 'text/csv' }, payload: 'shoe_size\n1\n' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'import_header_invalid' } });
  });

  it('streams an export as formula-safe CSV', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/exports/cases?format=csv&destinationCountry=RW' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.body.startsWith('id,reference,personId,')).toBe(true);
  });

  it('refuses the audit export to counsel before sending anything', async () => {
    const signed = await createTestApp(context, 'sign-in');
    try {
      const session = await signInAs(signed, 'counsel', 'demo-counsel-pass');
      const response = await signed.inject({ method: 'GET', url: '/api/exports/audit?format=jsonl', headers: session.headers });
      expect(response.statusCode).toBe(403);
    } finally {
      await signed.close();
    }
  });
});
