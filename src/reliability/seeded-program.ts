import type { AppInstance } from '../api/app-instance.js';
import { signInAs, type TestSession } from '../test-support/sign-in.js';
import { createSeededApp, createTestApp, type TestContext } from '../test-support/test-app.js';
import type { DatabaseKind } from '../db/database.js';
import type { OpenApiDocument } from './openapi-requests.js';

/** Ids of the seeded demo records, for requests that should reach real rows. */
export interface KnownIds {
  readonly people: readonly string[];
  readonly cases: readonly string[];
  readonly agreements: readonly string[];
  readonly agreementCodes: readonly string[];
  readonly decisions: readonly string[];
  readonly usernames: readonly string[];
  readonly users: readonly string[];
}

/** A demo-seeded database with an operator app (no policy) and an app that needs real sign-in. */
export interface SeededProgram {
  readonly context: TestContext;
  readonly operatorApp: AppInstance;
  readonly signInApp: AppInstance;
  dispose(): Promise<void>;
}

/**
 * The demo program on a fresh database of the given kind.
 *
 * @example const program = await openSeededProgram('pglite'); const officer = await program.signIn('officer');
 */
export async function openSeededProgram(kind: DatabaseKind): Promise<SeededProgram> {
  const seeded = await createSeededApp(kind, 'operator');
  const signInApp = await createTestApp(seeded.context, 'sign-in');
  return {
    context: seeded.context,
    operatorApp: seeded.app,
    signInApp,
    async dispose() {
      await signInApp.close();
      await seeded.dispose();
    },
  };
}

/** Demo passwords follow one pattern (src/services/demo/demo-users.ts). */
export async function signInDemo(app: AppInstance, username: string): Promise<TestSession> {
  const passwords: Record<string, string> = { 'liaison-rw': 'demo-liaison-pass' };
  return signInAs(app, username, passwords[username] ?? `demo-${username}-pass`);
}

export async function knownIdsOf(context: TestContext): Promise<KnownIds> {
  const db = context.services.db;
  const [people, cases, agreements, decisions, users] = await Promise.all([
    db.selectFrom('people').select('id').execute(),
    db.selectFrom('cases').select('id').execute(),
    db.selectFrom('agreements').select(['id', 'code']).execute(),
    db.selectFrom('decisions').select('id').execute(),
    db.selectFrom('users').select(['id', 'username']).execute(),
  ]);
  return {
    people: people.map((row) => row.id),
    cases: cases.map((row) => row.id),
    agreements: agreements.map((row) => row.id),
    agreementCodes: agreements.map((row) => row.code),
    decisions: decisions.map((row) => row.id),
    usernames: users.map((row) => row.username),
    users: users.map((row) => row.id),
  };
}

/**
 * The served OpenAPI document; a route whose schemas cannot be documented
 * makes /openapi.json itself fail, which the suites report as such.
 */
export async function openApiDocumentOf(app: AppInstance): Promise<OpenApiDocument> {
  const response = await app.inject({ method: 'GET', url: '/openapi.json' });
  if (response.statusCode !== 200) throw new Error(`GET /openapi.json answered ${response.statusCode} (${response.body}); build the server with a logger to see which route's schema breaks it`);
  return response.json<OpenApiDocument>();
}
