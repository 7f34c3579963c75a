import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppInstance } from '../app-instance.js';
import { insertCase } from '../../db/repositories/case.repository.js';
import { insertPerson } from '../../db/repositories/person.repository.js';
import { runWrite } from '../../services/context.js';
import { DEMO_CABLE_DIR } from '../../services/demo/seed-demo-documents.js';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.js';
import { createTestApp, createTestContext, type TestContext } from '../../test-support/test-app.js';

const CABLE_FILES = readdirSync(DEMO_CABLE_DIR).filter((name) => name.endsWith('.txt')).sort();
const cableText = (file: string): string => readFileSync(join(DEMO_CABLE_DIR, file), 'utf8');
const MARCH_13 = cableText('2025-03-13-kigali-tcn-acceptance.txt');

describe.each(TEST_DATABASE_KINDS)('documents API (%s)', (kind) => {
  let context: TestContext;
  let app: AppInstance;
  const count = async (table: 'documents' | 'document_paragraphs' | 'document_attachments'): Promise<number> =>
    Number((await context.database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    context = await createTestContext(kind);
    app = await createTestApp(context);
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await context.dispose();
  });

  describe('refused input stores nothing', () => {
    const broken: [string, string, string, number][] = [
      ['missing FM line', MARCH_13.replace('FM AMEMBASSY KIGALI\n', ''), 'cable_malformed', 4],
      ['malformed date-time group', MARCH_13.replace('P 131045Z MAR 25', 'P 131045 MAR 25'), 'cable_malformed', 3],
      ['unknown caveat in a portion mark', MARCH_13.replace('2. (SBU)', '2. (SBU/XX)'), 'unknown_caveat', 27],
      ['classification line below a portion', MARCH_13.replace('C O N F I D E N T I A L KIGALI 000123', 'UNCLAS KIGALI 000123'), 'classification_contradiction', 9],
    ];
    it.each(broken)('%s → 400 with the line, nothing stored', async (_name, text, code, line) => {
      const response = await app.inject({ method: 'POST', url: '/api/documents/cables', payload: { text } });
      expect(response.statusCode).toBe(400);
      const body = response.json<{ error: { code: string; details: { errors: { line: number; code: string }[] } } }>();
      expect(body.error.code).toBe(code);
      expect(body.error.details.errors.some((error) => error.line === line && error.code === code)).toBe(true);
      expect(await count('documents')).toBe(0);
    });

    it('a wrong content type is 415, a PDF without %PDF- is 415, a file over 5 MiB is 413', async () => {
      const base = { kind: 'court_order', title: 'Order', classification: 'UNCLASSIFIED' };
      const png = await app.inject({ method: 'POST', url: '/api/documents', payload: { ...base, file: { filename: 'a.png', contentType: 'image/png', base64: Buffer.from('\x89PNG').toString('base64') } } });
      expect([png.statusCode, png.json<{ error: { code: string } }>().error.code]).toEqual([415, 'attachment_type_not_allowed']);
      const fakePdf = await app.inject({ method: 'POST', url: '/api/documents', payload: { ...base, file: { filename: 'a.pdf', contentType: 'application/pdf', base64: Buffer.from('hello').toString('base64') } } });
      expect([fakePdf.statusCode, fakePdf.json<{ error: { code: string } }>().error.code]).toEqual([415, 'attachment_type_not_allowed']);
      const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(5 * 1024 * 1024)]);
      const tooBig = await app.inject({ method: 'POST', url: '/api/documents', payload: { ...base, file: { filename: 'big.pdf', contentType: 'application/pdf', base64: big.toString('base64') } } });
      expect([tooBig.statusCode, tooBig.json<{ error: { code: string } }>().error.code]).toEqual([413, 'attachment_too_large']);
      expect(await count('documents')).toBe(0);
      expect(await count('document_attachments')).toBe(0);
    });

    it('a NODIS cable without a named distribution is 400', async () => {
      const response = await app.inject({ method: 'POST', url: '/api/documents/cables', payload: { text: cableText('2025-06-02-state-assurances-instructions.txt') } });
      expect([response.statusCode, response.json<{ error: { code: string } }>().error.code]).toEqual([400, 'validation_failed']);
      expect(await count('documents')).toBe(0);
    });
  });

  it('imports the five shipped cables with header fields, portion marks and SHA-256; a second import is 409', async () => {
    for (const file of CABLE_FILES) {
      const text = cableText(file);
      const response = await app.inject({ method: 'POST', url: '/api/documents/cables', payload: { text, filename: file, distribution: /^(NODIS|EXDIS)$/m.test(text) ? ['KIGALI-NODIS'] : [] } });
      expect(response.statusCode, file).toBe(201);
    }
    expect(await count('documents')).toBe(5);
    const again = await app.inject({ method: 'POST', url: '/api/documents/cables', payload: { text: MARCH_13 } });
    expect([again.statusCode, again.json<{ error: { code: string } }>().error.code]).toEqual([409, 'duplicate']);

    const search = await app.inject({ method: 'GET', url: '/api/documents/search?q=third-country%20nationals&country=RW' });
    expect(search.statusCode).toBe(200);
    const hits = search.json<{ items: { documentId: string; title: string; snippet: string }[] }>().items;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]?.snippet).toContain('<mark>');
    const view = await app.inject({ method: 'GET', url: `/api/documents/${hits[0]?.documentId ?? ''}` });
    const body = view.json<{ kind: string; header: { precedence: string }; paragraphs: { portion: { classification: string } }[]; withheldNumbers: number[] }>();
    expect(body.kind).toBe('cable');
    expect(body.withheldNumbers).toEqual([]);
  });

  it('uploads a PDF and a text file with SHA-256 and links; the text file is searchable', async () => {
    const pdf = Buffer.from('%PDF-1.4\n% test\n');
    const uploaded = await app.inject({
      method: 'POST',
      url: '/api/documents',
      payload: { kind: 'court_order', title: 'Stay order', classification: 'UNCLASSIFIED', links: { countries: ['RW'] }, file: { filename: 'stay.pdf', contentType: 'application/pdf', base64: pdf.toString('base64') } },
    });
    expect(uploaded.statusCode).toBe(201);
    const stored = uploaded.json<{ id: string; attachment: { sha256: string; sizeBytes: number } }>();
    expect(stored.attachment.sizeBytes).toBe(pdf.length);
    expect(stored.attachment.sha256).toMatch(/^[0-9a-f]{64}$/);
    const text = await app.inject({
      method: 'POST',
      url: '/api/documents',
      payload: { kind: 'country_report', title: 'Report', classification: 'SBU', file: { filename: 'r.txt', contentType: 'text/plain', base64: Buffer.from('First paragraph about zanzibarian ferries.\n\nSecond one.').toString('base64') } },
    });
    expect(text.statusCode).toBe(201);
    const search = await app.inject({ method: 'GET', url: '/api/documents/search?q=zanzibarian&kind=country_report' });
    expect(search.json<{ items: { paragraphNumber: number }[] }>().items.map((hit) => hit.paragraphNumber)).toEqual([1]);
  });

  describe('notices', () => {
    let caseId = '';
    beforeAll(async () => {
      caseId = await runWrite(context.services, async (trx) => {
        const person = await insertPerson(trx, { givenNames: 'Amina', familyName: 'Example', aliases: [], birthDate: null, nationalities: ['SV'], languages: ['ar'], vulnerabilities: [], externalId: null }, '2026-01-01T00:00:00.000Z', { identityIndexKey: context.services.identityIndexKey, personKeyEncryptionKey: context.services.personKeyEncryptionKey });
        const opened = await insertCase(trx, { personId: person.id, destinationCountry: 'RW', agreementId: null, ruleSetId: 'us-dvd-strict', officerId: null, counselId: null, externalId: null }, '2026-01-01T00:00:00.000Z');
        return opened.id;
      });
    });

    it.each(['en', 'es', 'fr', 'ar'])('renders the %s notice as HTML and PDF', async (language) => {
      const html = await app.inject({ method: 'POST', url: `/api/cases/${caseId}/notices/render`, payload: { language, format: 'html' } });
      expect(html.statusCode).toBe(201);
      expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(html.body).toContain(`<html lang="${language}" dir="${language === 'ar' ? 'rtl' : 'ltr'}">`);
      expect(html.body).toContain('Amina Example');
      // A US rule set: the notice says how to contest the removal in court (habeas corpus).
      expect(html.body).toContain({ ar: 'عريضة إحضار المحتجز أمام القضاء', es: 'hábeas corpus' }[language] ?? 'habeas corpus');
      const pdf = await app.inject({ method: 'POST', url: `/api/cases/${caseId}/notices/render`, payload: { language, format: 'pdf' } });
      expect(pdf.statusCode).toBe(201);
      expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.headers['x-content-sha256']).toMatch(/^[0-9a-f]{64}$/);
    });

    it('an unknown language is 400 listing the available ones, nothing stored', async () => {
      const before = await count('documents');
      const response = await app.inject({ method: 'POST', url: `/api/cases/${caseId}/notices/render`, payload: { language: 'ti', format: 'html' } });
      expect(response.statusCode).toBe(400);
      expect(response.json<{ error: { code: string; details: { available: string[] } } }>().error).toMatchObject({ code: 'notice_language_unavailable', details: { available: ['ar', 'en', 'es', 'fr'] } });
      expect(await count('documents')).toBe(before);
    });

    it('serving records the notice fact with the document hash', async () => {
      const rendered = await app.inject({ method: 'POST', url: `/api/cases/${caseId}/notices/render`, payload: { language: 'ar', format: 'pdf' } });
      const documentId = String(rendered.headers['x-document-id']);
      const served = await app.inject({
        method: 'POST',
        url: `/api/cases/${caseId}/notices/${documentId}/serve`,
        payload: { method: 'in_person', servedAt: '2026-01-15T10:00:00Z', servedToPerson: true, servedToCounsel: false, interpreterLanguage: null, language: 'ar' },
      });
      expect(served.statusCode).toBe(201);
      expect(served.json<{ kind: string; payload: Record<string, unknown> }>()).toMatchObject({
        kind: 'notice',
        payload: { country: 'RW', language: 'ar', method: 'in_person', servedToPerson: true, explainsHowToContest: true, documentHash: rendered.headers['x-content-sha256'] },
      });
      const facts = await app.inject({ method: 'GET', url: `/api/cases/${caseId}/facts` });
      expect(facts.json<{ notices: { documentHash: string }[] }>().notices.map((notice) => notice.documentHash)).toEqual([rendered.headers['x-content-sha256']]);
    });
  });
});
