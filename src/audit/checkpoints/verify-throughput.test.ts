import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../core/canonical-json.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/databases.js';
import { entryContent } from '../audit-log.js';
import { resetSchema, writeSealedEntries } from './audit-fixture.test-support.js';
import { measureVerifyThroughput } from './verify-throughput.js';

describe('measureVerifyThroughput', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('pglite', { migrate: false });
    await resetSchema(database);
    await writeSealedEntries(database, 7);
  });
  afterAll(async () => {
    await database.dispose();
  });

  it('measures the same canonical bytes for every figure, with a stopwatch that ticks 1 ms per read', async () => {
    let tick = 0;
    const figures = await measureVerifyThroughput(database.db, null, () => (tick += 1));
    const rows = await database.db.selectFrom('audit_log').select(['seq', 'at', 'actor', 'action', 'resource_type', 'resource_id', 'details', 'prev_hash']).orderBy('seq').execute();
    const bytes = rows.reduce((sum, row) => sum + Buffer.byteLength(canonicalJson(entryContent(row, row.seq ?? 0, row.prev_hash ?? ''))), 0);
    expect(figures.entries).toBe(7);
    expect(figures.bytes).toBe(bytes);
    // Each measure reads the stopwatch twice, consecutive ticks: 1 ms each.
    expect(figures.rawSha256).toEqual({ seconds: 0.001, entriesPerSecond: 7000, bytesPerSecond: bytes * 1000 });
    expect(figures.rawSha256OfVerifyInputs).toEqual(figures.rawSha256);
    expect(figures.verifyHashing).toEqual(figures.rawSha256);
    expect(figures.verifyEndToEnd).toEqual(figures.rawSha256);
    expect(figures.hashingRatio).toBe(1);
    expect(figures.endToEndRatio).toBe(1);
    expect(figures.endToEndRatioToVerifyInputs).toBe(1);
  });
});
