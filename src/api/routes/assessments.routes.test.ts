import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.js';
import { createTestApp, createTestContext, type TestContext } from '../../test-support/test-app.js';
import { runWrite } from '../../services/context.js';
import { seedDemoAssessments } from '../../services/demo/demo-assessments.js';
import type { AppInstance } from '../app-instance.js';

describe.each(TEST_DATABASE_KINDS)('country assessments on %s', (kind) => {
  let context: TestContext;
  let app: AppInstance;

  beforeAll(async () => {
    context = await createTestContext(kind);
    app = await createTestApp(context);
  });
  afterAll(async () => {
    await app.close();
    await context.dispose();
  });

  it('seeds AAA v SSHD [2023] UKSC 42 once (Rwanda unsafe, controlling for the UK)', async () => {
    expect(await runWrite(context.services, (trx) => seedDemoAssessments(trx, '2026-01-15T12:00:00.000Z', 'system:seed'))).toBe(1);
    expect(await runWrite(context.services, (trx) => seedDemoAssessments(trx, '2026-01-15T12:00:00.000Z', 'system:seed'))).toBe(0);
    const listed = (await app.inject({ url: '/api/assessments?country=RW' })).json<{ items: unknown[] }>();
    expect(listed.items).toEqual([
      expect.objectContaining({ country: 'RW', finding: 'unsafe', controlling: true, assessedOn: '2023-11-15', source: 'UK Supreme Court', citation: 'AAA v SSHD [2023] UKSC 42' }),
    ]);
    // The table keeps the exact shape the safeguards read.
    const row = await context.database.db.selectFrom('country_assessments').selectAll().executeTakeFirstOrThrow();
    expect(Object.keys(row).sort()).toEqual(['assessed_on', 'citation', 'controlling', 'country', 'finding', 'id', 'recorded_at', 'recorded_by', 'scope', 'source']);
  });

  it('records a finding with its citation, audited, and lists newest first', async () => {
    const recorded = await app.inject({
      method: 'POST',
      url: '/api/assessments',
      payload: { country: 'SZ', finding: 'concerns', controlling: false, assessedOn: '2025-10-01', source: 'UNHCR', citation: 'UNHCR position paper (illustrative)', scope: 'Detention conditions' },
    });
    expect(recorded.statusCode).toBe(201);
    expect(recorded.json()).toMatchObject({ swept: false, casesHeld: 0, assessment: { country: 'SZ', finding: 'concerns', controlling: false, recordedBy: 'system:test-operator', scope: 'Detention conditions' } });
    const unsafe = await app.inject({
      method: 'POST',
      url: '/api/assessments',
      payload: { country: 'SS', finding: 'unsafe', controlling: true, assessedOn: '2025-11-01', source: 'Court', citation: 'Illustrative ruling' },
    });
    expect(unsafe.json()).toMatchObject({ swept: true, assessment: { finding: 'unsafe', controlling: true, scope: '' } });
    const all = (await app.inject({ url: '/api/assessments' })).json<{ items: { country: string }[] }>();
    expect(all.items.map((item) => item.country)).toEqual(['SS', 'SZ', 'RW']);
    const audit = await context.database.db.selectFrom('audit_log').select(['action', 'details']).where('action', '=', 'assessment.record').execute();
    expect(audit).toHaveLength(3);
  });

  it('refuses an unknown finding', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/assessments', payload: { country: 'RW', finding: 'dangerous', controlling: true, assessedOn: '2025-11-01', source: 'x', citation: 'y' } });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { code: string } }>().error.code).toBe('validation_failed');
  });
});
