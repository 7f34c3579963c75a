import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KINDS } from '../test-support/databases.js';
import { sessionCookieOf, signInAs, type TestSession } from '../test-support/sign-in.js';
import { createSeededApp, type TestContext } from '../test-support/test-app.js';
import type { AppInstance } from './app-instance.js';

interface CaseItem {
  id: string;
  officerId: string | null;
  counselId: string | null;
  destinationCountry: string | null;
  personId: string;
}

describe.each(TEST_DATABASE_KINDS)('sign-in and access over HTTP on %s', (kind) => {
  let context: TestContext;
  let app: AppInstance;
  let allCases: CaseItem[];
  let userIds: Map<string, string>;

  beforeAll(async () => {
    ({ context, app } = await createSeededApp(kind));
    allCases = (await context.database.db.selectFrom('cases').select(['id', 'officer_id', 'counsel_id', 'destination_country', 'person_id']).execute()).map((row) => ({
      id: row.id,
      officerId: row.officer_id,
      counselId: row.counsel_id,
      destinationCountry: row.destination_country,
      personId: row.person_id,
    }));
    userIds = new Map((await context.database.db.selectFrom('users').select(['id', 'username']).execute()).map((row) => [row.username, row.id]));
  });
  afterAll(async () => {
    await app.close();
    await context.dispose();
  });

  async function listAll(session: TestSession): Promise<CaseItem[]> {
    const response = await app.inject({ url: '/api/cases?limit=500', headers: session.headers });
    expect(response.statusCode).toBe(200);
    return response.json<{ items: CaseItem[] }>().items;
  }

  it('refuses anonymous callers with 401 and the error shape', async () => {
    const response = await app.inject({ url: '/api/cases' });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
  });

  it('signs in with an HTTP-only, SameSite=Strict cookie and gives the same answer for every failure', async () => {
    const ok = await app.inject({ method: 'POST', url: '/api/session', payload: { username: 'officer', password: 'demo-officer-pass' } });
    expect(ok.statusCode).toBe(200);
    const setCookie = String(ok.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const wrongPassword = await app.inject({ method: 'POST', url: '/api/session', payload: { username: 'officer2', password: 'not-the-password' } });
    const unknownUser = await app.inject({ method: 'POST', url: '/api/session', payload: { username: 'nobody-here', password: 'not-the-password' } });
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownUser.statusCode).toBe(401);
    expect(wrongPassword.json()).toEqual(unknownUser.json());
  });

  it('requires the CSRF token on state-changing requests made with the cookie', async () => {
    const session = await signInAs(app, 'officer', 'demo-officer-pass');
    const person = { givenNames: 'Csrf', familyName: 'Check', nationalities: ['IQ'], languages: ['ar'] };
    const withoutToken = await app.inject({ method: 'POST', url: '/api/people', headers: { cookie: session.cookie }, payload: person });
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json()).toMatchObject({ error: { code: 'csrf_failed' } });
    const wrongToken = await app.inject({ method: 'POST', url: '/api/people', headers: { cookie: session.cookie, 'x-csrf-token': 'forged' }, payload: person });
    expect(wrongToken.statusCode).toBe(403);
    const withToken = await app.inject({ method: 'POST', url: '/api/people', headers: session.headers, payload: person });
    expect(withToken.statusCode).toBe(201);
  });

  it('shows an officer exactly their own cases, with abilities and an audited read', async () => {
    const session = await signInAs(app, 'officer', 'demo-officer-pass');
    const officerId = userIds.get('officer');
    const visible = await listAll(session);
    const expected = allCases.filter((item) => item.officerId === officerId);
    expect(visible.map((item) => item.id).sort()).toEqual(expected.map((item) => item.id).sort());
    const own = expected[0];
    const other = allCases.find((item) => item.officerId !== officerId);
    if (!own || !other) throw new Error('demo data lacks cases for both officers');
    const read = await app.inject({ url: `/api/cases/${own.id}?purpose=review`, headers: session.headers });
    expect(read.statusCode).toBe(200);
    expect(read.json<{ abilities: string[] }>().abilities).toEqual(expect.arrayContaining(['case:read', 'case:transition', 'case:record-fact']));
    expect((await app.inject({ url: `/api/cases/${other.id}`, headers: session.headers })).statusCode).toBe(404);
    await context.services.sealer.flush();
    const audit = await context.database.db.selectFrom('audit_log').select(['action', 'resource_id', 'details']).where('resource_id', 'in', [own.id, other.id]).execute();
    expect(audit.find((entry) => entry.action === 'case.read' && entry.resource_id === own.id)?.details).toMatchObject({ purpose: 'review', fieldGroups: expect.arrayContaining(['identity']) as unknown });
    expect(audit.find((entry) => entry.action === 'access.denied' && entry.resource_id === other.id)?.details).toMatchObject({ requested: 'case:read', reason: 'no_permit', answeredAs: 404 });
  });

  it('keeps counsel A out of counsel B\'s clients by read, list and person', async () => {
    const counselA = await signInAs(app, 'counsel', 'demo-counsel-pass');
    const aId = userIds.get('counsel');
    const bClient = allCases.find((item) => item.counselId === userIds.get('counsel2'));
    if (!bClient) throw new Error('demo data lacks a client of counsel2');
    const visible = await listAll(counselA);
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.every((item) => item.counselId === aId)).toBe(true);
    expect((await app.inject({ url: `/api/cases/${bClient.id}`, headers: counselA.headers })).statusCode).toBe(404);
    expect((await app.inject({ url: `/api/people/${bClient.personId}`, headers: counselA.headers })).statusCode).toBe(404);
    const people = (await app.inject({ url: '/api/people?limit=500', headers: counselA.headers })).json<{ items: Array<{ id: string }> }>().items;
    expect(people.map((person) => person.id)).not.toContain(bClient.personId);
  });

  it('shows a Rwanda liaison only cases proposed to Rwanda, minimised', async () => {
    const liaison = await signInAs(app, 'liaison-rw', 'demo-liaison-pass');
    const visible = await listAll(liaison);
    expect(visible.length).toBe(allCases.filter((item) => item.destinationCountry === 'RW').length);
    expect(visible.every((item) => item.destinationCountry === 'RW')).toBe(true);
    const eswatini = allCases.find((item) => item.destinationCountry === 'SZ');
    if (!eswatini) throw new Error('demo data lacks an Eswatini case');
    expect((await app.inject({ url: `/api/cases/${eswatini.id}`, headers: liaison.headers })).statusCode).toBe(404);
    const rwanda = visible[0];
    if (!rwanda) throw new Error('no Rwanda case');
    const person = (await app.inject({ url: `/api/people/${rwanda.personId}`, headers: liaison.headers })).json<{ vulnerabilities: unknown; familyName: unknown; fieldGroups: string[] }>();
    expect(person.fieldGroups).toEqual(['identity']);
    expect(person.vulnerabilities).toEqual({ redacted: true, group: 'medical' });
    expect(typeof person.familyName).toBe('string');
    // The list decides from the page's cases read at once: the same people and the same redaction.
    const listed = (await app.inject({ url: '/api/people?limit=500', headers: liaison.headers })).json<{ items: Array<{ id: string; vulnerabilities: unknown }> }>().items;
    expect(listed.map((item) => item.id).sort()).toEqual([...new Set(visible.map((item) => item.personId))].sort());
    expect(listed.every((item) => JSON.stringify(item.vulnerabilities) === JSON.stringify({ redacted: true, group: 'medical' }))).toBe(true);
  });

  it('lets oversight read everything and write nothing (403, audited)', async () => {
    const oversight = await signInAs(app, 'oversight', 'demo-oversight-pass');
    expect((await listAll(oversight)).length).toBe(allCases.length);
    const write = await app.inject({ method: 'POST', url: '/api/people', headers: oversight.headers, payload: { givenNames: 'No', familyName: 'Write' } });
    expect(write.statusCode).toBe(403);
    expect(write.json()).toMatchObject({ error: { code: 'forbidden' } });
  });

  it('issues API tokens that act as their user until revoked', async () => {
    const admin = await signInAs(app, 'admin', 'demo-admin-pass');
    const issued = await app.inject({ method: 'POST', url: '/api/tokens', headers: admin.headers, payload: { username: 'officer', name: 'test client' } });
    expect(issued.statusCode).toBe(201);
    const { id, token } = issued.json<{ id: string; token: string }>();
    const asToken = await app.inject({ url: '/api/cases?limit=500', headers: { authorization: `Bearer ${token}` } });
    expect(asToken.statusCode).toBe(200);
    expect(asToken.json<{ items: CaseItem[] }>().items.every((item) => item.officerId === userIds.get('officer'))).toBe(true);
    expect((await app.inject({ method: 'DELETE', url: `/api/tokens/${id}`, headers: admin.headers })).statusCode).toBe(204);
    expect((await app.inject({ url: '/api/cases', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/cases', headers: { authorization: 'Bearer wpt_not-a-token' } })).statusCode).toBe(401);
  });

  it('ends idle sessions and sessions of disabled users', async () => {
    const session = await signInAs(app, 'officer2', 'demo-officer2-pass');
    context.clock.advanceHours(0.6); // 36 minutes idle > 30-minute idle limit
    const expired = await app.inject({ url: '/api/cases', headers: session.headers });
    expect(expired.statusCode).toBe(401);
    expect(expired.json()).toMatchObject({ error: { code: 'unauthenticated', details: { expired: true } } });

    const legal = await signInAs(app, 'legal', 'demo-legal-pass');
    const admin = await signInAs(app, 'admin', 'demo-admin-pass');
    expect((await app.inject({ method: 'POST', url: '/api/users/legal/disable', headers: admin.headers })).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/cases', headers: legal.headers })).statusCode).toBe(401);
    const again = await app.inject({ method: 'POST', url: '/api/session', payload: { username: 'legal', password: 'demo-legal-pass' } });
    expect(again.statusCode).toBe(401);
  });

  it('rate-limits repeated failures on one account with 429', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await app.inject({ method: 'POST', url: '/api/session', payload: { username: 'diplomat', password: 'wrong-password-x' } })).statusCode).toBe(401);
    }
    const limited = await app.inject({ method: 'POST', url: '/api/session', payload: { username: 'diplomat', password: 'demo-diplomat-pass' } });
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ error: { code: 'rate_limited' } });
    expect(limited.headers['retry-after']).toBeDefined();
    expect(() => sessionCookieOf(limited)).toThrow();
  });
});

// One seeded program serves the route-level policy tests below: they read, or write what no other test here reads.
describe.each(TEST_DATABASE_KINDS)('routes under the policy (safeguards, access report, ledger, assessments) on %s', (kind) => {
  let context: TestContext;
  let app: AppInstance;

  beforeAll(async () => {
    ({ context, app } = await createSeededApp(kind));
  });
  afterAll(async () => {
    await app.close();
    await context.dispose();
  });

  async function caseOf(where: { counsel?: string; destination?: string }): Promise<{ id: string }> {
    let query = context.database.db.selectFrom('cases').innerJoin('users', 'users.id', 'cases.counsel_id').select('cases.id').where('cases.state', 'not in', ['closed', 'on_hold']);
    if (where.counsel !== undefined) query = query.where('users.username', '=', where.counsel);
    const found = await query.executeTakeFirst();
    if (!found) throw new Error(`no open case for ${JSON.stringify(where)}`);
    return found;
  }

  it('lets counsel file a fear claim for their client only', async () => {
    const counsel = await signInAs(app, 'counsel', 'demo-counsel-pass');
    const own = await caseOf({ counsel: 'counsel' });
    const others = await caseOf({ counsel: 'counsel2' });
    const claim = { payload: { country: 'RW', claimedAt: '2026-01-10T09:00:00Z' } };
    const filed = await app.inject({ method: 'POST', url: `/api/cases/${own.id}/facts/fear-claim`, headers: counsel.headers, payload: claim });
    expect(filed.statusCode).toBe(201);
    const refused = await app.inject({ method: 'POST', url: `/api/cases/${others.id}/facts/fear-claim`, headers: counsel.headers, payload: claim });
    expect(refused.statusCode).toBe(404);
    expect((await app.inject({ url: `/api/cases/${others.id}/safeguards`, headers: counsel.headers })).statusCode).toBe(404);
    expect((await app.inject({ url: `/api/cases/${own.id}/safeguards`, headers: counsel.headers })).statusCode).toBe(200);
  });

  it('refuses transitions to counsel and oversight (403: they may read the case)', async () => {
    const own = await caseOf({ counsel: 'counsel' });
    for (const [username, password] of [['counsel', 'demo-counsel-pass'], ['oversight', 'demo-oversight-pass']] as const) {
      const session = await signInAs(app, username, password);
      const response = await app.inject({ method: 'POST', url: `/api/cases/${own.id}/transitions`, headers: session.headers, payload: { transition: 'hold', reason: 'test hold by a reader' } });
      expect({ username, status: response.statusCode }).toEqual({ username, status: 403 });
    }
  });

  it('keeps what-if and sweeps to legal reviewers', async () => {
    const officer = await signInAs(app, 'officer', 'demo-officer-pass');
    expect((await app.inject({ method: 'POST', url: '/api/sweeps', headers: officer.headers, payload: { kind: 'all' } })).statusCode).toBe(403);
    const legal = await signInAs(app, 'legal', 'demo-legal-pass');
    const whatIf = await app.inject({ method: 'POST', url: '/api/whatif', headers: legal.headers, payload: { ruleSetId: 'us-ice-2025-07' } });
    expect(whatIf.statusCode).toBe(200);
  });

  it('shows oversight who read a case, and refuses the officer', async () => {
    const officer = await signInAs(app, 'officer', 'demo-officer-pass');
    const own = (await app.inject({ url: '/api/cases?limit=1', headers: officer.headers })).json<{ items: Array<{ id: string }> }>().items[0];
    if (!own) throw new Error('officer has no case');
    expect((await app.inject({ url: `/api/cases/${own.id}?purpose=check`, headers: officer.headers })).statusCode).toBe(200);
    await context.services.sealer.flush();
    const query = `resourceType=case&resourceId=${own.id}&from=2020-01-01T00:00:00Z&to=2030-01-01T00:00:00Z`;
    expect((await app.inject({ url: `/api/audit/access-report?${query}`, headers: officer.headers })).statusCode).toBe(403);
    const oversight = await signInAs(app, 'oversight', 'demo-oversight-pass');
    const report = await app.inject({ url: `/api/audit/access-report?${query}`, headers: oversight.headers });
    expect(report.statusCode).toBe(200);
    expect(JSON.stringify(report.json())).toContain('user:officer');
  });

  it('lets only diplomatic officers move money and only reviewers record assessments', async () => {
    const agreement = await context.database.db.selectFrom('agreements').select('id').where('code', '=', 'us-rw-2025').executeTakeFirstOrThrow();
    const disbursement = { amount: { amountMinor: 100, currency: 'USD' }, paidOn: '2026-01-10', reference: 'policy test' };
    const counsel = await signInAs(app, 'counsel', 'demo-counsel-pass');
    expect((await app.inject({ method: 'POST', url: `/api/agreements/${agreement.id}/disbursements`, headers: counsel.headers, payload: disbursement })).statusCode).toBe(404);
    const officer = await signInAs(app, 'officer', 'demo-officer-pass');
    expect((await app.inject({ method: 'POST', url: `/api/agreements/${agreement.id}/disbursements`, headers: officer.headers, payload: disbursement })).statusCode).toBe(403);
    const diplomat = await signInAs(app, 'diplomat', 'demo-diplomat-pass');
    expect((await app.inject({ method: 'POST', url: `/api/agreements/${agreement.id}/disbursements`, headers: diplomat.headers, payload: disbursement })).statusCode).toBe(201);

    const assessment = { country: 'SS', finding: 'concerns', controlling: false, assessedOn: '2026-01-05', source: 'policy test', citation: 'n/a' };
    expect((await app.inject({ method: 'POST', url: '/api/assessments', headers: officer.headers, payload: assessment })).statusCode).toBe(403);
    const legal = await signInAs(app, 'legal', 'demo-legal-pass');
    expect((await app.inject({ method: 'POST', url: '/api/assessments', headers: legal.headers, payload: assessment })).statusCode).toBe(201);
  });

  it('shows the agreement header to everyone who may read the agreement, and its money only to ledger readers', async () => {
    const totalsFor = async (username: string, password: string): Promise<unknown> => {
      const session = await signInAs(app, username, password);
      const summary = await app.inject({ url: '/api/agreements/us-rw-2025/summary', headers: session.headers });
      expect({ username, status: summary.statusCode }).toEqual({ username, status: 200 });
      return summary.json<{ totals: unknown }>().totals;
    };
    expect(await totalsFor('diplomat', 'demo-diplomat-pass')).toMatchObject({ currency: 'USD' });
    // May read the agreement, not the ledger: the header without totals (it used to fail outright).
    expect(await totalsFor('liaison-rw', 'demo-liaison-pass')).toBeNull();
    expect(await totalsFor('legal', 'demo-legal-pass')).toBeNull();
    const liaison = await signInAs(app, 'liaison-rw', 'demo-liaison-pass');
    expect((await app.inject({ url: '/api/agreements/us-rw-2025/ledger', headers: liaison.headers })).statusCode).toBe(403);
  });
});
