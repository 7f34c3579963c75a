import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { systemPrincipal } from '../../core/principal.js';
import { seedDemo } from '../../services/demo/seed-demo.js';
import { readConfig } from '../config.js';
import { openRuntime } from '../runtime.js';
import { registerAgreementsCommand } from './agreements.command.js';

/** Runs `waypoint agreements ...` in process against a data directory and returns what it printed. */
async function run(args: string[]): Promise<string> {
  const program = new Command('waypoint').exitOverride();
  registerAgreementsCommand(program);
  const printed: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed.push(String(chunk));
    return true;
  });
  try {
    await program.parseAsync(['node', 'waypoint', 'agreements', ...args]);
  } finally {
    spy.mockRestore();
  }
  return printed.join('');
}

describe('waypoint agreements', { timeout: 240_000 }, () => {
  let dataDir: string;
  const previous = process.env.WAYPOINT_DATA_DIR;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'waypoint-agreements-'));
    process.env.WAYPOINT_DATA_DIR = dataDir;
    const runtime = await openRuntime(readConfig());
    try {
      await seedDemo(runtime.services, systemPrincipal('test'));
    } finally {
      await runtime.close();
    }
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.WAYPOINT_DATA_DIR;
    else process.env.WAYPOINT_DATA_DIR = previous;
    rmSync(dataDir, { recursive: true, force: true });
  });

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
