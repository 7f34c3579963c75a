import { PassThrough, Readable } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealPending } from '../../audit/audit-log.js';
import type { Principal, Role, Classification } from '../../core/principal.js';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.js';
import { createTestContext, type TestContext } from '../../test-support/test-app.js';
import { seedDemo } from '../demo/seed-demo.js';
import { importCases } from '../import/import-cases.js';
import { exportRecords, type ExportFilters, type ExportFormat, type ExportKind } from './export-records.js';

describe.each(TEST_DATABASE_KINDS)('exportRecords on %s', { timeout: 240_000 }, (kind) => {
  let context: TestContext;
  let counsel: Principal;

  const exportText = async (principal: Principal, what: ExportKind, format: ExportFormat, filters: ExportFilters = {}) => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    const summary = await exportRecords(context.services, principal, what, format, filters, out);
    return { text: Buffer.concat(chunks).toString('utf8'), summary };
  };

  beforeAll(async () => {
    context = await createTestContext(kind);
    await seedDemo(context.services, context.operator);
    const csv = [
      'external_id,given_names,family_name,case_external_id,counsel_username,destination_country',
      'X-1,Ana,Export,"=HYPERLINK(""http://evil"")",counsel,RW',
      'X-2,Ben,Export,+SUM(A1),counsel2,RW',
      'X-3,Cy,Export,@cmd,,SV',
      'X-4,Di,Export,-2+3,counsel,SV',
    ].join('\n');
    await importCases(context.services, context.operator, Readable.from([csv]), { format: 'csv', mode: 'valid-rows', agency: 'ICE (demo)' });
    const user = await context.services.db.selectFrom('users').selectAll().where('username', '=', 'counsel').executeTakeFirstOrThrow();
    counsel = { kind: 'user', userId: user.id, username: user.username, roles: user.roles as Role[], clearance: user.clearance as Classification, country: user.country, agency: user.agency, distribution: user.distribution };
  });
  afterAll(async () => {
    await context.dispose();
  });

  it('neutralises spreadsheet formulas in CSV and audits the export with its hash', async () => {
    const { text, summary } = await exportText(context.operator, 'cases', 'csv', { destinationCountry: 'RW' });
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]?.startsWith('id,reference,personId,state,')).toBe(true);
    expect(summary.rows).toBe(lines.length - 1);
    expect(text).toContain(',"\'=HYPERLINK(""http://evil"")",');
    expect(text).toContain(",'+SUM(A1),");
    expect(text).not.toMatch(/,[=+@-][A-Z]/);
    const entry = await context.services.db.selectFrom('audit_log').select(['action', 'details']).where('action', '=', 'export.create').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(entry.details).toEqual({ kind: 'cases', format: 'csv', filters: { destinationCountry: 'RW' }, rows: summary.rows, sha256: summary.sha256 });
  });

  it('reports the rows written after each page, ending at the total', async () => {
    // 1,500 more sealed audit entries, so the export runs over more than one page of 1,000.
    await sql`
      insert into audit_log_rows (at, actor, action, resource_type, resource_id, details)
      select now(), 'user:test', 'case.read', 'case', g::text, '{}'::jsonb from generate_series(1, 1500) as g`.execute(context.services.db);
    await sealPending(context.services.db);
    const heard: number[] = [];
    const out = new PassThrough();
    out.resume();
    const summary = await exportRecords(context.services, context.operator, 'audit', 'jsonl', {}, out, { onProgress: (rows) => heard.push(rows) });
    expect(summary.rows).toBeGreaterThan(1_000);
    expect(heard.at(-1)).toBe(summary.rows);
    expect(heard.slice(0, -1).every((rows) => rows % 1_000 === 0)).toBe(true);
    expect([...heard].sort((a, b) => a - b)).toEqual(heard);
  });

  it('exports each sealed audit entry exactly as the audit_log view shows it', async () => {
    await context.services.sealer.flush();
    const { text } = await exportText(context.operator, 'audit', 'jsonl');
    const exported = text.trimEnd().split('\n').map((line) => JSON.parse(line) as unknown);
    const { rows } = await sql<{ seq: number; at: string; actor: string; action: string; resource_type: string; resource_id: string | null; details: unknown; prev_hash: string; hash: string }>`
      select seq, at, actor, action, resource_type, resource_id, details, prev_hash, hash from audit_log where seq is not null order by seq`.execute(context.services.db);
    const viewed = rows.map((e) => ({ seq: e.seq, at: e.at, actor: e.actor, action: e.action, resourceType: e.resource_type, resourceId: e.resource_id, details: e.details, prevHash: e.prev_hash, hash: e.hash }));
    // The export's own audit entry is written after its rows were read.
    expect(exported).toEqual(viewed.slice(0, exported.length));
    expect(viewed.length - exported.length).toBeLessThanOrEqual(1);
    expect(exported.length).toBeGreaterThan(10);
  });

  it('shows counsel only their own clients', async () => {
    const { text } = await exportText(counsel, 'cases', 'jsonl');
    const records = text.trimEnd().split('\n').map((line) => JSON.parse(line) as { counselId: string; externalId: unknown });
    expect(new Set(records.map((r) => r.counselId))).toEqual(new Set([counsel.userId]));
    const everyCase = await context.services.db.selectFrom('cases').select('id').where('counsel_id', '=', counsel.userId).execute();
    expect(records).toHaveLength(everyCase.length);
    expect(records.length).toBeGreaterThanOrEqual(2);
    await expect(exportText(counsel, 'audit', 'csv')).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('exports agreements, decisions and the audit log as JSON Lines', async () => {
    await context.services.sealer.flush();
    const agreements = await exportText(context.operator, 'agreements', 'jsonl');
    expect(agreements.summary.rows).toBeGreaterThan(0);
    expect((JSON.parse(agreements.text.split('\n')[0] ?? '{}') as { code: string }).code).toMatch(/^[a-z0-9-]+$/);
    const audit = await exportText(context.operator, 'audit', 'jsonl');
    const first = JSON.parse(audit.text.split('\n')[0] ?? '{}') as { seq: number };
    expect(first.seq).toBe(1);
    expect((await exportText(context.operator, 'decisions', 'csv')).text.startsWith('id,caseId,transition,')).toBe(true);
    expect((await exportText(context.operator, 'ledger', 'csv')).text.startsWith('entry,id,agreementId,')).toBe(true);
  });
});
