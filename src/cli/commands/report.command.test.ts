import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { systemPrincipal } from '../../core/principal.js';
import { seedDemo } from '../../services/demo/seed-demo.js';
import { readConfig } from '../config.js';
import { openRuntime } from '../runtime.js';
import { registerReportCommand } from './report.command.js';

async function run(args: string[]): Promise<string> {
  const program = new Command('waypoint').exitOverride();
  registerReportCommand(program);
  const printed: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed.push(String(chunk));
    return true;
  });
  try {
    await program.parseAsync(['node', 'waypoint', 'report', ...args]);
  } finally {
    spy.mockRestore();
  }
  return printed.join('');
}

describe('waypoint report', { timeout: 240_000 }, () => {
  let dataDir: string;
  const previous = process.env.WAYPOINT_DATA_DIR;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'waypoint-report-'));
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

  it('prints program statistics as JSON and CSV, and writes the transparency report as PDF', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const json = JSON.parse(await run(['program', '--from', '2025-01-01', '--to', today])) as { kind: string; tables: { id: string }[] };
    expect(json.kind).toBe('program');
    expect(json.tables).toHaveLength(7);
    expect(await run(['program', '--format', 'csv', '--from', '2025-01-01', '--to', today])).toContain('# cases_by_state_destination: ');
    const csv = await run(['transparency', '--format', 'csv', '--from', '2025-01-01', '--to', today, '--threshold', '4']);
    expect(csv).toContain('threshold,4\r\n');
    const out = join(dataDir, 'report.pdf');
    expect(await run(['transparency', '--format', 'pdf', '--from', '2025-01-01', '--to', today, '--out', out])).toBe('');
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('refuses bad input with codes', async () => {
    await expect(run(['program', '--from', '2026-01-01', '--to', '2025-01-01'])).rejects.toMatchObject({ code: 'report_period_invalid' });
    await expect(run(['transparency', '--from', '2026-01-01', '--to', '2026-02-01', '--threshold', '2'])).rejects.toMatchObject({ code: 'threshold_too_low' });
    await expect(run(['program', '--format', 'pdf', '--from', '2026-01-01', '--to', '2026-02-01'])).rejects.toMatchObject({ exitCode: 2 });
    await expect(run(['salaries', '--from', '2026-01-01', '--to', '2026-02-01'])).rejects.toMatchObject({ exitCode: 2 });
  });
});
