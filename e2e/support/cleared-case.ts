import { DEMO_ACCOUNTS, getJson, sendJson, signInHeaders, type CaseRow, type PersonRow } from './api.js';

/** Steps of INA 241(b)(2) before "will accept", each failed for a Honduran national. */
const FAILED_STEPS: readonly { step: string; country: string | null; failure: string }[] = [
  { step: 'designated_by_person', country: null, failure: 'not_designated' },
  { step: 'nationality', country: 'HN', failure: 'declined_to_accept' },
  { step: 'admission', country: null, failure: 'not_applicable' },
  { step: 'embarkation', country: null, failure: 'not_applicable' },
  { step: 'prior_residence', country: null, failure: 'not_applicable' },
  { step: 'birth', country: 'HN', failure: 'declined_to_accept' },
  { step: 'birthplace_sovereign_at_birth', country: 'HN', failure: 'declined_to_accept' },
  { step: 'birthplace_sovereign_now', country: 'HN', failure: 'declined_to_accept' },
];

/**
 * A case taken through the real API to `cleared` for Rwanda under the demo
 * us-rw-2025 agreement, by the roles that do each step in the browser test
 * of the same flow (e2e/case-workflow.e2e.ts): the officer records the
 * facts, proposes and serves (notice served three days ago, so the 24-hour
 * wait before departure is over), the Rwandan liaison accepts, the
 * supervisor clears. Nothing is written around the safeguards.
 *
 * @example const caseRow = await clearedRwandaCase(baseUrl, agreementId, 'Transfer1');
 */
export async function clearedRwandaCase(baseUrl: string, agreementId: string, familyName: string): Promise<CaseRow> {
  const officer = await signInHeaders(baseUrl, DEMO_ACCOUNTS.officer);
  const liaison = await signInHeaders(baseUrl, DEMO_ACCOUNTS.liaison);
  const supervisor = await signInHeaders(baseUrl, DEMO_ACCOUNTS.supervisor);
  const person = await sendJson<PersonRow>(baseUrl, 'POST', '/api/people', { givenNames: 'Test', familyName, birthDate: '1990-01-01', nationalities: ['HN'], languages: ['es'] }, officer);
  const opened = await sendJson<CaseRow>(baseUrl, 'POST', '/api/cases', { personId: person.id, ruleSetId: 'us-ice-2025-07' }, officer);
  const facts = `/api/cases/${opened.id}/facts`;
  const step = (body: Record<string, unknown>, as: Record<string, string>): Promise<unknown> => sendJson(baseUrl, 'POST', `/api/cases/${opened.id}/transitions`, body, as);
  const recordedAt = '2025-07-01T09:00:00.000Z';
  await sendJson(baseUrl, 'POST', `${facts}/removal-order`, { payload: { authority: 'ina_240', issuedAt: '2025-05-01T12:00:00.000Z', final: true, finalAt: '2025-06-01T00:00:00.000Z', countriesNamed: ['HN'] } }, officer);
  await step({ transition: 'begin_designation_review' }, officer);
  await sendJson(baseUrl, 'POST', `${facts}/designation-record`, {
    payload: {
      steps: [
        ...FAILED_STEPS.map((entry) => ({ ...entry, result: 'failed', explanation: 'Recorded by the browser test.', recordedAt })),
        { step: 'will_accept', country: 'RW', result: 'chosen', failure: null, explanation: 'Accepts under the arrangement.', recordedAt },
      ],
    },
  }, officer);
  await sendJson(baseUrl, 'POST', `${facts}/monitoring-plan`, { payload: { welfareCheckDays: [30, 90], monitor: 'Independent monitor (demo)', plannedAt: new Date().toISOString() } }, officer);
  await step({ transition: 'propose_country', destinationCountry: 'RW', agreementId }, officer);
  await sendJson(baseUrl, 'POST', `${facts}/receiving-consent`, { payload: { country: 'RW', status: 'accepted', decidedAt: new Date().toISOString() } }, liaison);
  const rendered = await fetch(`${baseUrl}/api/cases/${opened.id}/notices/render`, { method: 'POST', headers: { ...officer, 'content-type': 'application/json' }, body: JSON.stringify({ language: 'es', format: 'html' }) });
  const documentId = rendered.headers.get('x-document-id');
  if (!rendered.ok || documentId === null) throw new Error(`notice render: ${rendered.status} ${await rendered.text()}`);
  const servedAt = new Date(Date.now() - 3 * 86_400_000).toISOString();
  await sendJson(baseUrl, 'POST', `/api/cases/${opened.id}/notices/${documentId}/serve`, { method: 'in_person', servedAt, servedToPerson: true, servedToCounsel: false, interpreterLanguage: null }, officer);
  await step({ transition: 'serve_notice' }, officer);
  await step({ transition: 'clear' }, supervisor);
  return { ...opened, state: 'cleared', destinationCountry: 'RW' };
}

/**
 * The demo's US–Rwanda arrangement starts with the 10 places first reported,
 * all taken by the demo caseload; the later reported figure (up to 250) is
 * recorded here as the diplomat would, as a terms amendment through the API
 * (If-Match on the version read), so a test's new cases can reserve places.
 * Does nothing when there is room already.
 */
export async function ensureRwandaCapacity(baseUrl: string, places: number): Promise<void> {
  const diplomat = await signInHeaders(baseUrl, DEMO_ACCOUNTS.diplomat);
  const ledger = await getJson<{ capacity: { free: number | null } }>(baseUrl, '/api/agreements/us-rw-2025/ledger', diplomat);
  if (ledger.capacity.free === null || ledger.capacity.free >= places) return;
  const response = await fetch(`${baseUrl}/api/agreements/us-rw-2025`, { headers: diplomat });
  if (!response.ok) throw new Error(`read us-rw-2025: ${response.status}`);
  const detail = (await response.json()) as { agreement: { id: string }; terms: { terms: { capacity: Record<string, unknown> } & Record<string, unknown> }[] };
  const current = detail.terms.at(-1)?.terms;
  if (current === undefined) throw new Error('us-rw-2025 has no terms');
  await sendJson(baseUrl, 'POST', `/api/agreements/${detail.agreement.id}/amendments`, {
    effectiveFrom: new Date().toISOString().slice(0, 10),
    changeSummary: 'Later reported capacity: up to 250 people.',
    terms: { ...current, capacity: { ...current.capacity, total: 250 } },
  }, { ...diplomat, 'if-match': response.headers.get('etag') ?? '' });
}
