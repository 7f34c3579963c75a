import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { AppInstance } from './app-instance.js';
import type { TestContext } from '../test-support/test-app.js';

/** Helpers that drive a case through the HTTP API for the safeguard scenario tests. */

export const NOTICE_HASH = 'a'.repeat(64);

export function errorOf(response: LightMyRequestResponse): { code: string; message: string; details: Record<string, unknown> } {
  return response.json<{ error: { code: string; message: string; details: Record<string, unknown> } }>().error;
}

export async function post(app: AppInstance, url: string, payload: unknown, expected = 200): Promise<LightMyRequestResponse> {
  const response = await app.inject({ method: 'POST', url, payload: payload as Record<string, unknown> });
  if (response.statusCode !== expected) expect({ url, status: response.statusCode, body: response.json<unknown>() }).toEqual({ url, status: expected });
  return response;
}

export async function createAgreement(app: AppInstance, code: string, receivingCountry: string): Promise<string> {
  const response = await post(
    app,
    '/api/agreements',
    { code, title: `US-${receivingCountry}`, sendingCountry: 'US', receivingCountry, status: 'active', effectiveFrom: '2025-06-01', terms: { capacity: { total: 100 }, monitoring: { welfareCheckDays: [30, 90] } } },
    201,
  );
  return response.json<{ id: string }>().id;
}

export async function createPerson(app: AppInstance): Promise<string> {
  const response = await post(app, '/api/people', { givenNames: 'Test', familyName: 'Person', birthDate: '1990-01-01', nationalities: ['HN'], languages: ['es'] }, 201);
  return response.json<{ id: string }>().id;
}

export async function openCase(app: AppInstance, personId: string, ruleSetId: string): Promise<string> {
  return (await post(app, '/api/cases', { personId, ruleSetId }, 201)).json<{ id: string }>().id;
}

export async function fact(app: AppInstance, caseId: string, kind: string, payload: unknown, expected = 201): Promise<LightMyRequestResponse> {
  return post(app, `/api/cases/${caseId}/facts/${kind}`, { payload }, expected);
}

export async function transition(app: AppInstance, caseId: string, body: Record<string, unknown>, expected = 200): Promise<LightMyRequestResponse> {
  return post(app, `/api/cases/${caseId}/transitions`, body, expected);
}

const DESIGNATION = [
  { step: 'designated_by_person', country: null, result: 'failed', failure: 'not_designated', explanation: 'Named no country.', recordedAt: '2025-07-01T09:00:00.000Z' },
  { step: 'nationality', country: 'HN', result: 'failed', failure: 'declined_to_accept', explanation: 'Declined.', recordedAt: '2025-07-01T09:00:00.000Z' },
  { step: 'admission', country: null, result: 'failed', failure: 'not_applicable', explanation: 'None.', recordedAt: '2025-07-01T09:00:00.000Z' },
  { step: 'embarkation', country: null, result: 'failed', failure: 'not_applicable', explanation: 'None.', recordedAt: '2025-07-01T09:00:00.000Z' },
  { step: 'prior_residence', country: null, result: 'failed', failure: 'not_applicable', explanation: 'None.', recordedAt: '2025-07-01T09:00:00.000Z' },
  { step: 'birth', country: 'HN', result: 'failed', failure: 'declined_to_accept', explanation: 'Declined.', recordedAt: '2025-07-01T09:00:00.000Z' },
  { step: 'birthplace_sovereign_at_birth', country: 'HN', result: 'failed', failure: 'declined_to_accept', explanation: 'Declined.', recordedAt: '2025-07-01T09:00:00.000Z' },
  { step: 'birthplace_sovereign_now', country: 'HN', result: 'failed', failure: 'declined_to_accept', explanation: 'Declined.', recordedAt: '2025-07-01T09:00:00.000Z' },
];

/**
 * A case at country_proposed for `destination` under `agreementId`, with everything recorded that
 * the departure gates need except the notice. The clock must be after 2025-07-25.
 */
export async function caseReadyForNotice(app: AppInstance, options: { ruleSetId: string; agreementId: string; destination: string; personId?: string }): Promise<string> {
  const personId = options.personId ?? (await createPerson(app));
  const caseId = await openCase(app, personId, options.ruleSetId);
  await fact(app, caseId, 'removal-order', { authority: 'ina_240', issuedAt: '2025-05-01T12:00:00.000Z', final: true, finalAt: '2025-06-01T00:00:00.000Z', countriesNamed: ['HN'] });
  await transition(app, caseId, { transition: 'begin_designation_review' });
  await fact(app, caseId, 'designation-record', {
    steps: [...DESIGNATION, { step: 'will_accept', country: options.destination, result: 'chosen', failure: null, explanation: 'Accepts under the agreement.', recordedAt: '2025-07-01T09:00:00.000Z' }],
  });
  await fact(app, caseId, 'receiving-consent', { country: options.destination, status: 'accepted', decidedAt: '2025-07-15T00:00:00.000Z' });
  await fact(app, caseId, 'monitoring-plan', { welfareCheckDays: [30, 90], monitor: 'monitor-1', plannedAt: '2025-07-25T00:00:00.000Z' });
  await transition(app, caseId, { transition: 'propose_country', destinationCountry: options.destination, agreementId: options.agreementId });
  return caseId;
}

export async function serveNotice(app: AppInstance, caseId: string, country: string, servedAt: string): Promise<void> {
  await fact(app, caseId, 'notice', {
    country,
    language: 'es',
    method: 'in_person',
    servedAt,
    servedToPerson: true,
    servedToCounsel: false,
    interpreterLanguage: null,
    explainsHowToContest: true,
    documentHash: NOTICE_HASH,
  });
  await transition(app, caseId, { transition: 'serve_notice' });
}

export async function countRows(context: TestContext, table: 'decisions' | 'case_facts' | 'audit_log' | 'alerts' | 'court_orders'): Promise<number> {
  const row = await context.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return row.n;
}
