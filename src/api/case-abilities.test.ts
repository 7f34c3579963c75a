import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KINDS } from '../test-support/databases.js';
import { signInAs, type TestSession } from '../test-support/sign-in.js';
import { createSeededApp, type TestContext } from '../test-support/test-app.js';
import type { AppInstance } from './app-instance.js';

describe.each(TEST_DATABASE_KINDS)('case abilities offer clearing on the terms it is decided (%s)', (kind) => {
  let context: TestContext;
  let app: AppInstance;
  let officer: TestSession;
  let supervisor: TestSession;
  let caseId = '';

  beforeAll(async () => {
    ({ context, app } = await createSeededApp(kind));
    officer = await signInAs(app, 'officer', 'demo-officer-pass');
    supervisor = await signInAs(app, 'supervisor', 'demo-supervisor-pass');
    const officerId = (await context.database.db.selectFrom('users').select('id').where('username', '=', 'officer').executeTakeFirstOrThrow()).id;
    caseId = (await context.database.db.selectFrom('cases').select('id').where('officer_id', '=', officerId).where('state', '=', 'notice_served').orderBy('reference').executeTakeFirstOrThrow()).id;
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await context.dispose();
  });

  const abilities = async (session: TestSession): Promise<string[]> => (await app.inject({ url: `/api/cases/${caseId}`, headers: session.headers })).json<{ abilities: string[] }>().abilities;

  it('offers no one clearing while nobody has prepared the case (the policy needs a preparer)', async () => {
    expect(await abilities(supervisor)).not.toContain('clearance:approve');
    expect(await abilities(officer)).not.toContain('clearance:approve');
  });

  it('offers the supervisor clearing once the officer has prepared it, and never the officer who prepared it', async () => {
    // A decision the officer took on the case makes them its preparer.
    const held = await app.inject({ method: 'POST', url: `/api/cases/${caseId}/transitions`, headers: officer.headers, payload: { transition: 'hold', reason: 'Awaiting travel documents' } });
    expect(held.statusCode).toBe(200);
    expect(await abilities(supervisor)).toContain('clearance:approve');
    expect(await abilities(officer)).not.toContain('clearance:approve');
  });
});
