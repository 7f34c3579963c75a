import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoDataDir, runCommand, type DemoDataDir } from '../../test-support/cli-harness.js';
import { registerAgreementsCommand } from './agreements.command.js';

/** Runs `waypoint agreements ...` in process against the demo data directory and returns what it printed. */
const run = (args: string[]): Promise<string> => runCommand(registerAgreementsCommand, ['agreements', ...args]);

describe('waypoint agreements', { timeout: 240_000 }, () => {
  let dataDir: DemoDataDir;
  beforeAll(async () => {
    dataDir = await createDemoDataDir('agreements');
  });
  afterAll(() => dataDir.dispose());

  it('lists the demo agreements', async () => {
    const output = await run(['list']);
    expect(output.split('\n').filter(Boolean)).toHaveLength(13);
    expect(output).toMatch(/^us-rw-2025\s+active\s+US→RW {2}from 2025-03-13 /m);
  });

  it('changes a status with a reason and shows the ledger table', async () => {
    expect(await run(['status', 'us-xk-2025', 'suspended', '--reason', 'Review', '--effective-on', '2026-01-01'])).toBe('us-xk-2025: active → suspended from 2026-01-01\n');
    const ledger = await run(['ledger', 'us-rw-2025']);
    expect(ledger).toContain('capacity 10 · consumed 0 · reserved 0 · free 10');
    expect(ledger).toContain('total obligated $0.00 · disbursed $0.00 · outstanding $0.00');
    await expect(run(['status', 'us-xk-2025', 'negotiating', '--reason', 'x'])).rejects.toMatchObject({ code: 'transition_not_allowed' });
  });
});
