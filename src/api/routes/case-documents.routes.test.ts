import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppInstance } from '../app-instance.js';
import { DEMO_CABLE_DIR } from '../../services/demo/seed-demo-documents.js';
import { importCable } from '../../services/documents/import-cable.js';
import { renderCaseNotice } from '../../services/notices/render-case-notice.js';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.js';
import { signInAs, type TestSession } from '../../test-support/sign-in.js';
import { createSeededApp, type TestContext } from '../../test-support/test-app.js';

interface CaseDocuments { items: { id: string; kind: string; title: string; classification: string; paragraphCount: number; withheldParagraphs: number }[] }

// A copy of the shipped CONFIDENTIAL Kigali cable (SBU summary, CONFIDENTIAL body) under another
// number, so it is a new document that can be linked to the test's case.
const LINKED_CABLE = readFileSync(join(DEMO_CABLE_DIR, '2025-03-13-kigali-tcn-acceptance.txt'), 'utf8').replaceAll('KIGALI 000123', 'KIGALI 000987');

describe.each(TEST_DATABASE_KINDS)('GET /api/cases/{id}/documents (%s)', (kind) => {
  let context: TestContext;
  let app: AppInstance;
  let officer: TestSession;
  let otherOfficer: TestSession;
  let caseId = '';
  let noticeId = '';
  let cableId = '';

  beforeAll(async () => {
    ({ context, app } = await createSeededApp(kind));
    officer = await signInAs(app, 'officer', 'demo-officer-pass');
    otherOfficer = await signInAs(app, 'officer2', 'demo-officer2-pass');
    const officerId = (await context.database.db.selectFrom('users').select('id').where('username', '=', 'officer').executeTakeFirstOrThrow()).id;
    const target = await context.database.db
      .selectFrom('cases')
      .select('id')
      .where('officer_id', '=', officerId)
      .where('state', '=', 'country_proposed')
      .where('destination_country', 'is not', null)
      .orderBy('reference')
      .executeTakeFirstOrThrow();
    caseId = target.id;
    noticeId = (await renderCaseNotice(context.services, context.operator, caseId, { language: 'en', format: 'html' })).documentId;
    cableId = (await importCable(context.services, context.operator, { text: LINKED_CABLE, distribution: [], releasableTo: [], links: { caseIds: [caseId], agreementIds: [], transferIds: [], countries: [] } })).document.id;
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await context.dispose();
  });

  it('lists the case officer the notice and the cable linked to the case, with the CONFIDENTIAL paragraphs counted as withheld', async () => {
    const response = await app.inject({ url: `/api/cases/${caseId}/documents`, headers: officer.headers });
    expect(response.statusCode).toBe(200);
    const { items } = response.json<CaseDocuments>();
    expect(items.map((item) => item.id).sort()).toEqual([noticeId, cableId].sort());
    const cable = items.find((item) => item.id === cableId);
    const paragraphs = await context.database.db.selectFrom('document_paragraphs').select('classification').where('document_id', '=', cableId).execute();
    expect(cable).toMatchObject({ kind: 'cable', classification: 'CONFIDENTIAL', paragraphCount: paragraphs.length, withheldParagraphs: paragraphs.filter((row) => row.classification === 'CONFIDENTIAL').length });
    expect(cable?.withheldParagraphs).toBeGreaterThan(0);
    expect(items.find((item) => item.id === noticeId)).toMatchObject({ kind: 'notice', withheldParagraphs: 0 });
  });

  it('audits the listing as a read of the case naming the documents shown', async () => {
    await app.inject({ url: `/api/cases/${caseId}/documents`, headers: officer.headers });
    const entry = await context.database.db
      .selectFrom('audit_log')
      .select(['actor', 'details'])
      .where('action', '=', 'case.documents.read')
      .where('resource_id', '=', caseId)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect((entry.details as { documentIds: string[] }).documentIds.sort()).toEqual([noticeId, cableId].sort());
  });

  it('answers 404 to an officer outside need-to-know, as the case read does, and audits the denial', async () => {
    const caseRead = await app.inject({ url: `/api/cases/${caseId}`, headers: otherOfficer.headers });
    const documents = await app.inject({ url: `/api/cases/${caseId}/documents`, headers: otherOfficer.headers });
    expect([caseRead.statusCode, documents.statusCode]).toEqual([404, 404]);
    expect(documents.json<{ error: { code: string } }>().error.code).toBe('not_found');
    const denials = await context.database.db.selectFrom('audit_log').select('id').where('action', '=', 'access.denied').where('resource_id', '=', caseId).execute();
    expect(denials.length).toBeGreaterThanOrEqual(2);
  });

  it('answers 401 without a session and 404 for a case that does not exist', async () => {
    expect((await app.inject({ url: `/api/cases/${caseId}/documents` })).statusCode).toBe(401);
    const missing = await app.inject({ url: '/api/cases/00000000-0000-4000-8000-000000000000/documents', headers: officer.headers });
    expect([missing.statusCode, missing.json<{ error: { code: string } }>().error.code]).toEqual([404, 'not_found']);
  });
});
