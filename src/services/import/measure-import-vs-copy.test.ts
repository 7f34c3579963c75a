import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.js';
import { createTestContext, type TestContext } from '../../test-support/test-app.js';
import { seedDemo } from '../demo/seed-demo.js';
import { measureImportVsCopy } from './measure-import-vs-copy.js';

describe.each(TEST_DATABASE_KINDS)('measureImportVsCopy on %s', { timeout: 240_000 }, (kind) => {
  let context: TestContext;
  beforeAll(async () => {
    context = await createTestContext(kind);
    await seedDemo(context.services, context.operator);
  });
  afterAll(async () => {
    await context.dispose();
  });

  // A small run proves the bench works end to end; the 100k comparison belongs to the bench suite, not a timed test.
  it('imports and copies the same number of rows and reports both rates', async () => {
    const people = async () => Number((await context.services.db.selectFrom('people').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const before = await people();
    const result = await measureImportVsCopy(context.services, context.database, 500);
    expect(result.rows).toBe(500);
    expect(result.copyIntoTablesRowsPerSecond).toBeGreaterThan(0);
    // The imported rows stay; the COPY into the real tables was rolled back.
    expect(await people()).toBe(before + 500);
    expect(result.importRowsPerSecond).toBeGreaterThan(0);
    expect(result.copyRowsPerSecond).toBeGreaterThan(0);
    expect(result.ratio).toBeCloseTo(result.importRowsPerSecond / result.copyRowsPerSecond, 1);
  });
});
