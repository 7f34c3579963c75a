import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppInstance } from '../app-instance.js';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.js';
import { signInAs } from '../../test-support/sign-in.js';
import { createSeededApp, type TestContext } from '../../test-support/test-app.js';

describe.each(TEST_DATABASE_KINDS)('session abilities (%s)', (kind) => {
  let context: TestContext;
  let app: AppInstance;

  beforeAll(async () => {
    ({ context, app } = await createSeededApp(kind));
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await context.dispose();
  });

  // Exactly what the policies grant program-wide per demo role (src/access/policies/*.cedar).
  const expected: [string, string, string[]][] = [
    ['officer', 'demo-officer-pass', ['report:program', 'document:search', 'ruleset:read', 'whatif:run']],
    ['counsel', 'demo-counsel-pass', ['document:search', 'ruleset:read']],
    ['oversight', 'demo-oversight-pass', ['report:program', 'document:search', 'ruleset:read', 'whatif:run', 'audit:read', 'audit:verify']],
    ['liaison-rw', 'demo-liaison-pass', ['document:search']],
  ];

  it.each(expected)('%s: the sign-in answer and GET /api/session carry the same program-wide abilities', async (username, password, abilities) => {
    const signIn = await app.inject({ method: 'POST', url: '/api/session', payload: { username, password } });
    expect(signIn.json<{ abilities: string[] }>().abilities).toEqual(abilities);
    const session = await signInAs(app, username, password);
    const read = await app.inject({ url: '/api/session', headers: session.headers });
    expect(read.json<{ abilities: string[] }>().abilities).toEqual(abilities);
  });
});
