import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppInstance } from '../api/app-instance.js';
import { TEST_DATABASE_KINDS } from '../test-support/databases.js';
import { sessionCookieOf, type TestSession } from '../test-support/sign-in.js';
import { createTestApp } from '../test-support/test-app.js';
import { deeplyNested, HOSTILE_STRINGS, isErrorShape, operationsOf, type OpenApiDocument, type Operation } from './openapi-requests.js';
import { knownIdsOf, openApiDocumentOf, openSeededProgram, signInDemo, type KnownIds, type SeededProgram } from './seeded-program.js';

/** Roles whose need-to-know is narrower than the whole program. */
const NARROW_ROLES = ['officer', 'officer2', 'counsel', 'liaison-rw'] as const;

describe.each(TEST_DATABASE_KINDS)('attacks (%s)', (kind) => {
  let program: SeededProgram;
  let document: OpenApiDocument;
  let operations: Operation[];
  let known: KnownIds;

  beforeAll(async () => {
    program = await openSeededProgram(kind);
    document = await openApiDocumentOf(program.operatorApp);
    operations = operationsOf(document);
    known = await knownIdsOf(program.context);
  });
  afterAll(async () => {
    await program.dispose();
  });

  async function listIds(app: AppInstance, session: TestSession, url: string): Promise<string[]> {
    const response = await app.inject({ method: 'GET', url, headers: session.headers });
    expect(response.statusCode).toBe(200);
    return response.json<{ items: { id: string }[] }>().items.map((item) => item.id);
  }

  it('IDOR: ids outside need-to-know give 403/404 on every route that takes an id, and never leak through list filters or embedded ids', async () => {
    let attempts = 0;
    const leaks: string[] = [];
    for (const username of NARROW_ROLES) {
      const session = await signInDemo(program.signInApp, username);
      const visibleCases = new Set(await listIds(program.signInApp, session, '/api/cases?limit=500'));
      const visiblePeople = new Set(await listIds(program.signInApp, session, '/api/people?limit=500'));
      const hiddenCases = known.cases.filter((id) => !visibleCases.has(id));
      const hiddenPeople = known.people.filter((id) => !visiblePeople.has(id));
      expect(hiddenCases.length).toBeGreaterThan(0);
      const hiddenIds = [...hiddenCases.slice(0, 3), ...hiddenPeople.slice(0, 3)];
      for (const operation of operations.filter((candidate) => candidate.pathParams.includes('id'))) {
        for (const id of hiddenIds) {
          const url = operation.path.replace('{id}', id).replace(/\{\w+\}/g, known.cases[0] ?? id);
          const response = await program.signInApp.inject({
            method: operation.method,
            url,
            headers: { ...session.headers, 'if-match': '"v1"', ...(operation.body !== null && { 'content-type': 'application/json' }) },
            ...(operation.body !== null && { payload: '{}' }),
          });
          attempts += 1;
          // 400/428: refused before the record is looked up, so nothing is disclosed either.
          if (![400, 403, 404, 428].includes(response.statusCode)) leaks.push(`${username} ${operation.method} ${url} → ${response.statusCode}`);
        }
      }
      for (const personId of hiddenPeople.slice(0, 5)) {
        const filtered = await listIds(program.signInApp, session, `/api/cases?personId=${personId}&limit=500`);
        attempts += 1;
        for (const id of filtered) if (!visibleCases.has(id)) leaks.push(`${username} list filter personId=${personId} showed ${id}`);
        const opened = await program.signInApp.inject({ method: 'POST', url: '/api/cases', headers: session.headers, payload: { personId } });
        attempts += 1;
        if (opened.statusCode < 400 || opened.statusCode >= 500) leaks.push(`${username} opened a case for hidden person ${personId} → ${opened.statusCode}`);
      }
      for (const agreementId of known.agreements.slice(0, 3)) {
        for (const id of await listIds(program.signInApp, session, `/api/cases?agreementId=${agreementId}&limit=500`)) {
          if (!visibleCases.has(id)) leaks.push(`${username} list filter agreementId showed ${id}`);
        }
        attempts += 1;
      }
      for (const caseId of hiddenCases.slice(0, 3)) {
        const sweep = await program.signInApp.inject({ method: 'POST', url: '/api/sweeps', headers: session.headers, payload: { kind: 'case', caseId } });
        attempts += 1;
        if (sweep.statusCode === 200 && JSON.stringify(sweep.json()).includes(caseId)) leaks.push(`${username} sweep disclosed ${caseId}`);
        if (sweep.statusCode >= 500) leaks.push(`${username} sweep ${caseId} → ${sweep.statusCode}`);
      }
    }
    console.log(`[attacks ${kind}] IDOR attempts=${attempts} roles=${NARROW_ROLES.length} violations=${leaks.length}`);
    expect(leaks).toEqual([]);
  });

  it('injection strings are stored verbatim as data in every person text field, and are harmless in every parameter', async () => {
    const app = program.operatorApp;
    const casesBefore = await program.context.database.db.selectFrom('cases').select(({ fn }) => fn.countAll().as('n')).executeTakeFirstOrThrow();
    let stored = 0;
    let refused = 0;
    let requests = 0;
    const problems: string[] = [];
    for (const hostile of HOSTILE_STRINGS.filter((value) => value.trim() !== '')) {
      const payload = { givenNames: hostile, familyName: `${hostile} Family`, aliases: [hostile], externalId: `${hostile}-${stored}-${refused}` };
      const created = await app.inject({ method: 'POST', url: '/api/people', payload });
      requests += 1;
      if (created.statusCode === 201) {
        stored += 1;
        const person = created.json<{ id: string }>();
        const read = await app.inject({ method: 'GET', url: `/api/people/${person.id}` });
        requests += 1;
        const body = read.json<{ givenNames: string; familyName: string; aliases: string[] }>();
        if (body.givenNames !== hostile || body.familyName !== `${hostile} Family` || body.aliases[0] !== hostile) problems.push(`not verbatim: ${JSON.stringify(hostile)}`);
        if (String(read.headers['content-type']) !== 'application/json; charset=utf-8') problems.push(`served as ${String(read.headers['content-type'])}`);
      } else if (created.statusCode === 400) {
        // Only control characters are refused (textSchema); everything else is data.
        refused += 1;
        if (!hasControlCharacter(hostile)) problems.push(`refused printable text ${JSON.stringify(hostile)}`);
      } else {
        problems.push(`${JSON.stringify(hostile)} → ${created.statusCode}`);
      }
    }
    for (const operation of operations.filter((candidate) => candidate.method === 'GET')) {
      for (const hostile of HOSTILE_STRINGS) {
        const search = new URLSearchParams(operation.query.map((parameter): [string, string] => [parameter.name, hostile]));
        const url = `${operation.path.replace(/\{\w+\}/g, encodeURIComponent(hostile))}${operation.query.length > 0 ? `?${search.toString()}` : ''}`;
        const response = await app.inject({ method: 'GET', url, headers: { 'if-match': hostile.replace(/[\r\n]/g, ' ') } });
        requests += 1;
        if (response.statusCode >= 500) problems.push(`GET ${url} → ${response.statusCode}`);
        if (response.statusCode >= 400 && !isErrorShape(response.json())) problems.push(`GET ${url}: not the error shape`);
        for (const [name, value] of Object.entries(response.headers)) if (String(value).includes('injected')) problems.push(`header ${name} reflects input`);
      }
    }
    // A CR/LF smuggled into a request header never becomes a response header (a real socket refuses it in the parser).
    const smuggled = await app.inject({ method: 'PATCH', url: `/api/cases/${known.cases[0] ?? ''}`, headers: { 'if-match': '"v1"\r\nSet-Cookie: injected=1' }, payload: {} });
    requests += 1;
    if (smuggled.statusCode >= 500 || smuggled.headers['set-cookie'] !== undefined) problems.push(`header injection → ${smuggled.statusCode} ${String(smuggled.headers['set-cookie'])}`);
    const casesAfter = await program.context.database.db.selectFrom('cases').select(({ fn }) => fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(casesAfter.n)).toBe(Number(casesBefore.n));
    console.log(`[attacks ${kind}] injection requests=${requests} stored verbatim=${stored} refused (control chars)=${refused} violations=${problems.length}`);
    expect(problems).toEqual([]);
    expect(stored).toBeGreaterThan(10);
  });

  it('oversized and deeply nested bodies are refused with 400/413 on every write route, never a crash', async () => {
    const app = program.operatorApp;
    const writes = operations.filter((operation) => operation.body !== null);
    const problems: string[] = [];
    let requests = 0;
    const bodies: { name: string; payload: string; statuses: number[] }[] = [
      { name: '100k-deep array', payload: deeplyNested(100_000), statuses: [400] },
      { name: '100k-deep object', payload: `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`, statuses: [400, 413] },
      { name: '100k-deep array in a field', payload: `{"givenNames":${deeplyNested(100_000)}}`, statuses: [400] },
      // Most routes stop at the 1 MiB body limit (413); routes that take attachments raise their own limit and refuse by schema (400).
      { name: '2 MB string', payload: JSON.stringify({ givenNames: 'A'.repeat(2_000_000) }), statuses: [400, 413] },
      { name: '200k-element array', payload: JSON.stringify({ aliases: Array.from({ length: 200_000 }, () => 1) }), statuses: [400, 413] },
    ];
    for (const operation of writes) {
      const url = operation.path.replace(/\{\w+\}/g, known.cases[0] ?? '');
      for (const body of bodies) {
        const response = await app.inject({ method: operation.method, url, headers: { 'content-type': 'application/json', 'if-match': '"v1"' }, payload: body.payload });
        requests += 1;
        if (!body.statuses.includes(response.statusCode) || !isErrorShape(response.json())) problems.push(`${operation.method} ${operation.path} ${body.name} → ${response.statusCode} ${response.body.slice(0, 120)}`);
      }
    }
    console.log(`[attacks ${kind}] oversized/nested requests=${requests} write routes=${writes.length} violations=${problems.length}`);
    expect(problems).toEqual([]);
  });

  it('session fixation: sign-in ignores a planted cookie and always issues a new session id; signed-out ids are dead', async () => {
    const app = program.signInApp;
    const planted = 'wps_attacker-chosen-session-id';
    const response = await app.inject({ method: 'POST', url: '/api/session', headers: { cookie: `wp_session=${planted}` }, payload: { username: 'officer', password: 'demo-officer-pass' } });
    expect(response.statusCode).toBe(200);
    const issued = sessionCookieOf(response);
    expect(issued).not.toBe(`wp_session=${planted}`);
    expect((await app.inject({ method: 'GET', url: '/api/session', headers: { cookie: `wp_session=${planted}` } })).statusCode).toBe(401);
    const first = await signInDemo(app, 'officer');
    const second = await signInDemo(app, 'officer');
    expect(second.cookie).not.toBe(first.cookie);
    // Signing in again while holding a session does not keep the old id either; without the CSRF token it is refused (no login CSRF).
    const again = await app.inject({ method: 'POST', url: '/api/session', headers: first.headers, payload: { username: 'officer', password: 'demo-officer-pass' } });
    expect(sessionCookieOf(again)).not.toBe(first.cookie);
    const loginCsrf = await app.inject({ method: 'POST', url: '/api/session', headers: { cookie: first.cookie }, payload: { username: 'officer2', password: 'demo-officer2-pass' } });
    expect(loginCsrf.json()).toMatchObject({ error: { code: 'csrf_failed' } });
    const signedOut = await app.inject({ method: 'DELETE', url: '/api/session', headers: first.headers });
    expect(signedOut.statusCode).toBe(204);
    const reused = await app.inject({ method: 'GET', url: '/api/cases', headers: { cookie: first.cookie } });
    expect(reused.statusCode).toBe(401);
    expect(reused.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    expect(String(response.headers['set-cookie'])).toMatch(/HttpOnly.*SameSite=Strict|SameSite=Strict.*HttpOnly/);
  });

  it('CSRF: cookie-authenticated writes need this session’s token in the header; form posts and other sessions’ tokens fail', async () => {
    const app = program.signInApp;
    const victim = await signInDemo(app, 'officer');
    const attacker = await signInDemo(app, 'officer2');
    const person = { givenNames: 'Csrf', familyName: 'Probe' };
    const attempts = [
      { name: 'no token', headers: { cookie: victim.cookie }, payload: JSON.stringify(person), type: 'application/json' },
      { name: 'forged token', headers: { cookie: victim.cookie, 'x-csrf-token': 'forged' }, payload: JSON.stringify(person), type: 'application/json' },
      { name: "another session's token", headers: { cookie: victim.cookie, 'x-csrf-token': attacker.csrfToken }, payload: JSON.stringify(person), type: 'application/json' },
      { name: 'token in the body of a form post', headers: { cookie: victim.cookie }, payload: `givenNames=Csrf&familyName=Probe&csrfToken=${victim.csrfToken}`, type: 'application/x-www-form-urlencoded' },
      // A text/plain "simple" cross-site post is parsed as a string, so the body schema refuses it (400) before the CSRF check.
      { name: 'text/plain form post', headers: { cookie: victim.cookie }, payload: JSON.stringify(person), type: 'text/plain' },
    ];
    for (const attempt of attempts) {
      const response = await app.inject({ method: 'POST', url: '/api/people', headers: { ...attempt.headers, 'content-type': attempt.type }, payload: attempt.payload });
      expect([400, 403, 415], attempt.name).toContain(response.statusCode);
      expect(isErrorShape(response.json()), attempt.name).toBe(true);
    }
    // Routes without a body (sign-out, disable) meet the CSRF check itself.
    const logoutCsrf = await app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie: victim.cookie, 'content-type': 'text/plain' }, payload: '' });
    expect(logoutCsrf.json()).toMatchObject({ error: { code: 'csrf_failed' } });
    const disableCsrf = await app.inject({ method: 'POST', url: '/api/users/officer2/disable', headers: { cookie: victim.cookie } });
    expect(disableCsrf.json()).toMatchObject({ error: { code: 'csrf_failed' } });
    const ok = await app.inject({ method: 'POST', url: '/api/people', headers: victim.headers, payload: person });
    expect(ok.statusCode).toBe(201);
    console.log(`[attacks ${kind}] CSRF attempts=${attempts.length + 2} refused=${attempts.length + 2} violations=0`);
  });

  it('brute force on sign-in hits the rate limit (429 with Retry-After), even with the right password afterwards', async () => {
    const app = await createTestApp(program.context, 'sign-in');
    try {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 8; attempt += 1) {
        const response = await app.inject({ method: 'POST', url: '/api/session', payload: { username: 'officer2', password: `guess-${attempt}` } });
        statuses.push(response.statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
      const right = await app.inject({ method: 'POST', url: '/api/session', payload: { username: 'officer2', password: 'demo-officer2-pass' } });
      expect(right.statusCode).toBe(429);
      expect(right.headers['retry-after']).toBe('1');
      expect(right.json()).toMatchObject({ error: { code: 'rate_limited' } });
      // Spraying one password over many accounts from one address is limited too (20 failures per address).
      const spray: number[] = [];
      for (let attempt = 0; attempt < 20; attempt += 1) {
        spray.push((await app.inject({ method: 'POST', url: '/api/session', payload: { username: `user-${attempt}`, password: 'Winter2026!' } })).statusCode);
      }
      // 5 failures on officer2 + 15 here reach the address limit of 20; refused attempts are not counted as failures.
      expect(spray).toEqual([...Array.from({ length: 15 }, () => 401), ...Array.from({ length: 5 }, () => 429)]);
      console.log(`[attacks ${kind}] brute force attempts=${statuses.length + 1 + spray.length} rate-limited=${statuses.filter((status) => status === 429).length + 1 + spray.filter((status) => status === 429).length} violations=0`);
    } finally {
      await app.close();
    }
  });
});

/** C0 controls other than tab, LF and CR, and DEL: what textSchema refuses. */
function hasControlCharacter(value: string): boolean {
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return true;
  }
  return false;
}
