import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppInstance } from '../api/app-instance.js';
import { createTestCases } from '../services/ledger/test-cases.fixture.js';
import { TEST_DATABASE_KINDS } from '../test-support/databases.js';
import { createTestApp, createTestContext, type TestContext } from '../test-support/test-app.js';
import { isErrorShape } from './openapi-requests.js';

/**
 * Many clients on the same records at once. On PostgreSQL each in-flight
 * request holds its own pooled connection and transaction; PGlite has one
 * connection, so there the same requests interleave at the transaction
 * boundary. Every request must finish within REQUEST_BOUND_MS: a deadlock is
 * retried or surfaces as a clean 503, never a hung request.
 */
const CLIENTS = 16;
const ROUNDS = 8;
const REQUEST_BOUND_MS = 30_000;

interface Timed {
  readonly response: LightMyRequestResponse;
  readonly ms: number;
}

async function timed(work: Promise<LightMyRequestResponse>): Promise<Timed> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`request hung for more than ${REQUEST_BOUND_MS} ms`)), REQUEST_BOUND_MS);
  });
  try {
    const response = await Promise.race([work, bound]);
    return { response, ms: performance.now() - started };
  } finally {
    clearTimeout(timer);
  }
}

function countStatuses(results: readonly Timed[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const { response } of results) counts[response.statusCode] = (counts[response.statusCode] ?? 0) + 1;
  return counts;
}

describe.each(TEST_DATABASE_KINDS)('concurrency (%s)', (kind) => {
  let context: TestContext;
  let app: AppInstance;
  let slowest = 0;
  let attempts = 0;

  beforeAll(async () => {
    context = await createTestContext(kind);
    app = await createTestApp(context);
  });
  afterAll(async () => {
    console.log(`[concurrency ${kind}] attempts=${attempts} slowest request=${Math.round(slowest)} ms (bound ${REQUEST_BOUND_MS} ms) violations=0`);
    await app.close();
    await context.dispose();
  });

  async function burst(requests: (() => Promise<LightMyRequestResponse>)[]): Promise<Timed[]> {
    const results = await Promise.all(requests.map((request) => timed(request())));
    attempts += results.length;
    for (const result of results) {
      slowest = Math.max(slowest, result.ms);
      expect(result.response.statusCode === 503 || result.response.statusCode < 500, result.response.body).toBe(true);
      if (result.response.statusCode >= 400) expect(isErrorShape(result.response.json())).toBe(true);
    }
    return results;
  }

  async function newPerson(name: string): Promise<string> {
    const created = await app.inject({ method: 'POST', url: '/api/people', payload: { givenNames: 'Race', familyName: name, nationalities: ['SV'] } });
    expect(created.statusCode).toBe(201);
    return created.json<{ id: string }>().id;
  }

  it('If-Match on a person: exactly one writer wins each version, the rest get 412, no update is lost', async () => {
    const personId = await newPerson('Start');
    let lost = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const version = round + 1;
      const results = await burst(
        Array.from({ length: CLIENTS }, (_, client) => () =>
          app.inject({ method: 'PATCH', url: `/api/people/${personId}`, headers: { 'if-match': `"v${version}"` }, payload: { familyName: `round${round}-client${client}` } }),
        ),
      );
      expect(countStatuses(results)).toEqual({ 200: 1, 412: CLIENTS - 1 });
      const winner = results.find((result) => result.response.statusCode === 200)?.response.json<{ familyName: string; version: number }>();
      const stored = (await app.inject({ method: 'GET', url: `/api/people/${personId}` })).json<{ familyName: string; version: number }>();
      if (stored.familyName !== winner?.familyName || stored.version !== version + 1) lost += 1;
    }
    expect(lost).toBe(0);
  });

  it('If-Match on a case: exactly one writer wins each version, the rest get 412, no update is lost', async () => {
    const personId = await newPerson('Case');
    const opened = await app.inject({ method: 'POST', url: '/api/cases', payload: { personId } });
    expect(opened.statusCode).toBe(201);
    const caseId = opened.json<{ id: string }>().id;
    for (let round = 0; round < ROUNDS; round += 1) {
      const version = round + 1;
      const results = await burst(
        Array.from({ length: CLIENTS }, (_, client) => () =>
          app.inject({ method: 'PATCH', url: `/api/cases/${caseId}`, headers: { 'if-match': `"v${version}"` }, payload: { externalId: `R${round}-C${client}` } }),
        ),
      );
      expect(countStatuses(results)).toEqual({ 200: 1, 412: CLIENTS - 1 });
      const winner = results.find((result) => result.response.statusCode === 200)?.response.json<{ externalId: string }>();
      const stored = (await app.inject({ method: 'GET', url: `/api/cases/${caseId}` })).json<{ externalId: string; version: number }>();
      expect({ externalId: stored.externalId, version: stored.version }).toEqual({ externalId: winner?.externalId, version: version + 1 });
    }
  });

  it('concurrent transitions on one case never make two state changes from the same version', async () => {
    const personId = await newPerson('Transitions');
    const caseId = (await app.inject({ method: 'POST', url: '/api/cases', payload: { personId } })).json<{ id: string }>().id;
    let successes = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const current = (await app.inject({ method: 'GET', url: `/api/cases/${caseId}` })).json<{ state: string; version: number }>();
      const body = current.state === 'intake' ? { transition: 'hold', reason: `round ${round}` } : { transition: 'release_hold' };
      // Half the clients send If-Match, half rely on the row lock alone.
      const results = await burst(
        Array.from({ length: CLIENTS }, (_, client) => () =>
          app.inject({ method: 'POST', url: `/api/cases/${caseId}/transitions`, headers: client % 2 === 0 ? { 'if-match': `"v${current.version}"` } : {}, payload: body }),
        ),
      );
      const statuses = countStatuses(results);
      expect(statuses[200]).toBe(1);
      for (const status of Object.keys(statuses).map(Number)) expect([200, 409, 412]).toContain(status);
      successes += 1;
      const after = (await app.inject({ method: 'GET', url: `/api/cases/${caseId}` })).json<{ state: string; version: number }>();
      expect(after.version).toBe(current.version + 1);
      expect(after.state).toBe(current.state === 'intake' ? 'on_hold' : 'intake');
    }
    const audited = await context.database.db.selectFrom('audit_log').select('seq').where('action', '=', 'case.transition').where('resource_id', '=', caseId).execute();
    expect(audited).toHaveLength(successes);
  });

  it('reservations: many attempts on a 10-place agreement never oversell', { timeout: 180_000 }, async () => {
    // Up to 10,000 attempts, bounded by time: PGlite runs one transaction at a time, so there the bound decides the count (printed).
    // Whatever the budget, every case attempts once and a burst of them twice (the idempotent repeat) before the bound counts;
    // past that, more seconds only repeat the same race (RESERVATION_SECONDS=20 for the longer run).
    const total = Number(process.env.RESERVATION_ATTEMPTS ?? 10_000);
    const budgetMs = Number(process.env.RESERVATION_SECONDS ?? 5) * 1000;
    const created = await app.inject({
      method: 'POST',
      url: '/api/agreements',
      payload: {
        code: `oversell-${kind}`,
        title: 'Ten places',
        sendingCountry: 'US',
        receivingCountry: 'RW',
        status: 'active',
        effectiveFrom: '2026-01-01',
        terms: { capacity: { total: 10, perTransfer: null }, payments: { perPerson: { amountMinor: 100, currency: 'USD' }, lumpSums: [] } },
      },
    });
    expect(created.statusCode).toBe(201);
    const agreementId = created.json<{ id: string }>().id;
    const started = performance.now();
    // Fewer cases than attempts: repeated attempts for a case that holds a place are idempotent and must not count twice.
    const caseIds = await createTestCases(context.services, agreementId, Math.min(total, 200));
    const statuses: Record<number, number> = {};
    const granted = new Set<string>();
    const inFlight = 100;
    const racing = performance.now();
    let made = 0;
    const minimumAttempts = caseIds.length + inFlight;
    for (let offset = 0; offset < total && (offset < minimumAttempts || performance.now() - racing < budgetMs); offset += inFlight) {
      const results = await burst(
        Array.from({ length: Math.min(inFlight, total - offset) }, (_, index) => () =>
          app.inject({ method: 'POST', url: `/api/agreements/${agreementId}/reservations`, payload: { caseId: caseIds[(offset + index) % caseIds.length] } }),
        ),
      );
      made += results.length;
      for (const { response } of results) if (response.statusCode === 201) granted.add(response.json<{ caseId: string }>().caseId);
      for (const [status, count] of Object.entries(countStatuses(results))) statuses[Number(status)] = (statuses[Number(status)] ?? 0) + count;
    }
    const live = await context.database.db.selectFrom('capacity_reservations').select(['case_id']).where('agreement_id', '=', agreementId).execute();
    const counters = await context.database.db.selectFrom('agreement_capacity').select(['reserved', 'consumed']).where('agreement_id', '=', agreementId).executeTakeFirstOrThrow();
    console.log(`[concurrency ${kind}] reservation attempts=${made} (of up to ${total}, ${budgetMs / 1000} s budget) on 10 places in ${Math.round(performance.now() - started)} ms: statuses ${JSON.stringify(statuses)} (201 includes idempotent repeats for a holder) distinct holders=${granted.size} reserved=${counters.reserved} oversold=${Math.max(0, live.length - 10)}`);
    expect(made).toBeGreaterThanOrEqual(Math.min(total, minimumAttempts));
    expect(live).toHaveLength(10);
    expect(new Set(live.map((row) => row.case_id))).toEqual(granted);
    expect(counters.reserved).toBe(10);
    expect(Object.keys(statuses).map(Number).sort()).toEqual([201, 409]);
  });
});
