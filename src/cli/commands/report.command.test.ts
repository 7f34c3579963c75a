import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoDataDir, runCommand, type DemoDataDir } from '../../test-support/cli-harness.js';
import { registerReportCommand } from './report.command.js';

/** Runs `waypoint report ...` in process against the demo data directory and returns what it printed. */
const run = (args: string[]): Promise<string> => runCommand(registerReportCommand, ['report', ...args]);

describe('waypoint report', { timeout: 240_000 }, () => {
  let dataDir: DemoDataDir;
  beforeAll(async () => {
    dataDir = await createDemoDataDir('report');
  });
  afterAll(() => dataDir.dispose());

  it('prints program statistics as JSON and CSV, and writes the transparency report as PDF', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const json = JSON.parse(await run(['program', '--from', '2025-01-01', '--to', today])) as { kind: string; tables: { id: string }[] };
    expect(json.kind).toBe('program');
    expect(json.tables).toHaveLength(7);
    expect(await run(['program', '--format', 'csv', '--from', '2025-01-01', '--to', today])).toContain('# cases_by_state_destination: ');
    const csv = await run(['transparency', '--format', 'csv', '--from', '2025-01-01', '--to', today, '--threshold', '4']);
    expect(csv).toContain('threshold,4\r\n');
    const out = join(dataDir.path, 'report.pdf');
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
