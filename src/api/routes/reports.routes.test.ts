import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeMethod } from '../../core/disclosure/index.js';
import { PROGRAM_TABLE_IDS, TRANSPARENCY_REPORT_TITLE } from '../../core/reports/index.js';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.js';
import { signInAs, type TestSession } from '../../test-support/sign-in.js';
import { createSeededApp, type TestContext } from '../../test-support/test-app.js';
import type { AppInstance } from '../app-instance.js';

const PERIOD = 'from=2025-04-01&to=2026-03-31';

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const parts: string[] = [];
  for (let pageNumber = 1; pageNumber <= pdf.numPages; pageNumber += 1) {
    const content = await (await pdf.getPage(pageNumber)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str);
  }
  await pdf.destroy();
  return parts.join(' ').replace(/\s+/g, ' ');
}

interface TransparencyBody {
  report: { version: number | null; method: string; tables: { id: string; table: { grandTotal: { status: string; value?: number } } }[] };
  disclosureCheck: { ok: boolean; parameters: { threshold: number; roundingBase: number | null } };
  release: { version: number; contentSha256: string } | null;
}

describe.each(TEST_DATABASE_KINDS)('report routes on %s', { timeout: 240_000 }, (kind) => {
  let context: TestContext;
  let app: AppInstance;
  const sessions = new Map<string, TestSession>();
  const as = (username: string): Record<string, string> => sessions.get(username)?.headers ?? {};

  beforeAll(async () => {
    ({ context, app } = await createSeededApp(kind));
    for (const [username, password] of [['oversight', 'demo-oversight-pass'], ['legal', 'demo-legal-pass'], ['officer', 'demo-officer-pass'], ['counsel', 'demo-counsel-pass'], ['supervisor', 'demo-supervisor-pass']] as const) {
      sessions.set(username, await signInAs(app, username, password));
    }
  });
  afterAll(async () => {
    await app.close();
    await context.dispose();
  });

  it('renders the public report on the demo data as an accessible HTML page without sign-in, with the method statement', async () => {
    const response = await app.inject({ method: 'GET', url: `/transparency?${PERIOD}` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
    expect(response.body).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(response.body).toContain(`<p>${describeMethod({ threshold: 5, roundingBase: null })}</p>`);
    expect(response.body).toContain('<svg role="img"');
    expect(response.body).not.toContain('<script');
  });

  it('serves the same report as JSON, CSV and PDF; the grand total of cases opened matches the database and the check passes', async () => {
    const json = await app.inject({ method: 'GET', url: `/api/reports/transparency?${PERIOD}` });
    expect(json.statusCode).toBe(200);
    const body = json.json<TransparencyBody>();
    expect(body.release).toBeNull();
    expect(body.disclosureCheck).toEqual({ ok: true, parameters: { threshold: 5, roundingBase: null } });
    expect(body.report.tables.map((table) => table.id)).toEqual(['cases_opened', 'relocations', 'safeguard_blocks']);
    const { rows } = await sql<{ count: number }>`select count(*)::int as count from cases where destination_country is not null`.execute(context.database.db);
    expect(rows[0]?.count).toBeGreaterThanOrEqual(5);
    expect(body.report.tables[0]?.table.grandTotal).toEqual({ status: 'published', value: rows[0]?.count });

    const csv = await app.inject({ method: 'GET', url: `/api/reports/transparency?${PERIOD}&format=csv` });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.body).toContain('# cases_opened: Cases opened (people whose case was opened)\r\ncountry,2025-Q2,2025-Q3,2025-Q4,2026-Q1,total\r\n');

    const pdf = await app.inject({ method: 'GET', url: `/api/reports/transparency?${PERIOD}&format=pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(new Uint8Array(pdf.rawPayload));
    expect(text).toContain(TRANSPARENCY_REPORT_TITLE);
    expect(text).toContain('Counts from 1 to 4 are suppressed');
  });

  it('applies a higher threshold and rounding on request', async () => {
    const response = await app.inject({ method: 'GET', url: `/api/reports/transparency?${PERIOD}&threshold=10&roundingBase=5` });
    expect(response.statusCode).toBe(200);
    const body = response.json<TransparencyBody>();
    expect(body.disclosureCheck).toEqual({ ok: true, parameters: { threshold: 10, roundingBase: 5 } });
    expect(body.report.method).toContain('rounded independently to the nearest multiple of 5');
  });

  it.each([
    ['reversed period', '/api/reports/transparency?from=2026-03-31&to=2025-04-01', 'report_period_invalid'],
    ['missing bound', '/api/reports/transparency?from=2025-04-01', 'report_period_invalid'],
    ['unbounded period', '/api/reports/transparency?from=1900-01-01&to=2026-03-31', 'report_period_invalid'],
    ['not a date', '/api/reports/transparency?from=2025-02-30&to=2026-03-31', 'report_period_invalid'],
    ['threshold below 3', `/api/reports/transparency?${PERIOD}&threshold=2`, 'threshold_too_low'],
    ['rounding base 0', `/api/reports/transparency?${PERIOD}&roundingBase=0`, 'validation_failed'],
    ['unknown format', `/api/reports/transparency?${PERIOD}&format=xlsx`, 'validation_failed'],
    ['unknown release', '/api/reports/transparency/releases/99', 'not_found'],
  ])('public report refuses %s', async (_name, url, code) => {
    const response = await app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(code === 'not_found' ? 404 : 400);
    expect(response.json<{ error: { code: string } }>().error.code).toBe(code);
  });

  it('stores releases by oversight and legal reviewers only: versioned, append-only, audited with the check result', async () => {
    const body = { from: '2025-04-01', to: '2026-03-31' };
    expect((await app.inject({ method: 'POST', url: '/api/reports/transparency/releases', payload: body })).statusCode).toBe(401);
    for (const username of ['officer', 'counsel', 'supervisor']) {
      const denied = await app.inject({ method: 'POST', url: '/api/reports/transparency/releases', headers: as(username), payload: body });
      expect([username, denied.statusCode, denied.json<{ error: { code: string } }>().error.code]).toEqual([username, 403, 'forbidden']);
    }
    const first = await app.inject({ method: 'POST', url: '/api/reports/transparency/releases', headers: as('oversight'), payload: body });
    expect(first.statusCode).toBe(201);
    const released = first.json<TransparencyBody>();
    expect(released.release?.version).toBe(1);
    expect(released.report.version).toBe(1);
    const second = await app.inject({ method: 'POST', url: '/api/reports/transparency/releases', headers: as('legal'), payload: { ...body, threshold: 6 } });
    expect(second.json<TransparencyBody>().release?.version).toBe(2);
    const refused = await app.inject({ method: 'POST', url: '/api/reports/transparency/releases', headers: as('legal'), payload: { ...body, threshold: 1 } });
    expect([refused.statusCode, refused.json<{ error: { code: string } }>().error.code]).toEqual([400, 'threshold_too_low']);

    const stored = await app.inject({ method: 'GET', url: '/api/reports/transparency/releases/1' });
    expect(stored.json<TransparencyBody>()).toEqual(released);
    const latest = await app.inject({ method: 'GET', url: '/api/reports/transparency' });
    expect(latest.json<TransparencyBody>().release?.version).toBe(2);
    expect(latest.json<TransparencyBody>().disclosureCheck.parameters.threshold).toBe(6);
    const page = await app.inject({ method: 'GET', url: '/transparency?version=1' });
    expect(page.body).toContain('Release 1 · period 2025-04-01 to 2026-03-31');

    const audit = await context.database.db.selectFrom('audit_log').select(['actor', 'details']).where('action', '=', 'report.release').orderBy('id').execute();
    expect(audit.map((entry) => [entry.actor, entry.details.version, entry.details.contentSha256, entry.details.disclosureCheck])).toEqual([
      ['user:oversight', 1, released.release?.contentSha256, { ok: true, parameters: { threshold: 5, roundingBase: null } }],
      ['user:legal', 2, second.json<TransparencyBody>().release?.contentSha256, { ok: true, parameters: { threshold: 6, roundingBase: null } }],
    ]);
    await expect(sql`update report_releases set released_by = 'x'`.execute(context.database.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from report_releases`.execute(context.database.db)).rejects.toThrow(/append-only/);
  });

  it('gives program statistics to roles with report:program and refuses counsel (403) and anonymous callers (401)', async () => {
    expect((await app.inject({ method: 'GET', url: `/api/reports/program?${PERIOD}` })).statusCode).toBe(401);
    const counsel = await app.inject({ method: 'GET', url: `/api/reports/program?${PERIOD}`, headers: as('counsel') });
    expect([counsel.statusCode, counsel.json<{ error: { code: string } }>().error.code]).toEqual([403, 'forbidden']);

    const response = await app.inject({ method: 'GET', url: `/api/reports/program?${PERIOD}`, headers: as('supervisor') });
    expect(response.statusCode).toBe(200);
    const stats = response.json<{ tables: { id: string; rows: (string | number | null)[][] }[] }>();
    expect(stats.tables.map((table) => table.id)).toEqual([...PROGRAM_TABLE_IDS]);
    const { rows } = await sql<{ count: number }>`select count(*)::int as count from cases where state = 'on_hold'`.execute(context.database.db);
    const holds = stats.tables.find((table) => table.id === 'holds_by_cause')?.rows ?? [];
    expect(holds.reduce((sum, row) => sum + Number(row[2]), 0)).toBe(rows[0]?.count);
    const opened = stats.tables.find((table) => table.id === 'cases_by_state_destination')?.rows ?? [];
    expect(opened.reduce((sum, row) => sum + Number(row[3]), 0)).toBe(40);

    const csv = await app.inject({ method: 'GET', url: `/api/reports/program?${PERIOD}&format=csv&table=holds_by_cause&groupBy=quarter`, headers: as('oversight') });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    // The title holds a comma, so the formula-safe writer quotes it (RFC 4180).
    expect(csv.body.startsWith('"# holds_by_cause: Cases on hold now, by cause and the state the hold interrupted"\r\ncause,held_from_state,cases\r\n')).toBe(true);
  });

  it.each([
    ['unknown grouping', `/api/reports/program?${PERIOD}&groupBy=week`, 'validation_failed'],
    ['unknown table', `/api/reports/program?${PERIOD}&table=salaries`, 'validation_failed'],
    ['reversed period', '/api/reports/program?from=2026-01-01&to=2025-01-01', 'report_period_invalid'],
    ['unbounded period', '/api/reports/program?from=2025-01-01', 'report_period_invalid'],
    ['period over 20 years', '/api/reports/program?from=1990-01-01&to=2026-01-01', 'report_period_invalid'],
  ])('program statistics refuse %s', async (_name, url, code) => {
    const response = await app.inject({ method: 'GET', url, headers: as('oversight') });
    expect([response.statusCode, response.json<{ error: { code: string } }>().error.code]).toEqual([400, code]);
  });
});
