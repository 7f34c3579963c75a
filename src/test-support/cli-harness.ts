import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { vi } from 'vitest';
import { readConfig } from '../cli/config.js';
import { openRuntime } from '../cli/runtime.js';
import { systemPrincipal } from '../core/principal.js';
import { seedDemo } from '../services/demo/seed-demo.js';

/**
 * Runs one `waypoint <command> ...` in process, as registered by `register`, and returns what it
 * printed on stdout. Errors propagate (commander's exitOverride turns exits into throws).
 *
 * @example const output = await runCommand(registerReportCommand, ['report', 'program']);
 */
export async function runCommand(register: (program: Command) => void, args: readonly string[]): Promise<string> {
  const program = new Command('waypoint').exitOverride();
  register(program);
  const printed: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed.push(String(chunk));
    return true;
  });
  try {
    await program.parseAsync(['node', 'waypoint', ...args]);
  } finally {
    spy.mockRestore();
  }
  return printed.join('');
}

/** A temporary data directory, set as WAYPOINT_DATA_DIR until `dispose`. */
export interface DataDir {
  readonly path: string;
  dispose(): void;
}

/** A data directory seeded with the demo program (createDemoDataDir). */
export type DemoDataDir = DataDir;

/**
 * Creates an empty data directory and points WAYPOINT_DATA_DIR at it (restored by dispose), for
 * tests that build their own records through the CLI's runtime. Use in beforeAll / afterAll.
 */
export function createDataDir(prefix: string): DataDir {
  const previous = process.env.WAYPOINT_DATA_DIR;
  const path = mkdtempSync(join(tmpdir(), `waypoint-${prefix}-`));
  process.env.WAYPOINT_DATA_DIR = path;
  return {
    path,
    dispose() {
      if (previous === undefined) delete process.env.WAYPOINT_DATA_DIR;
      else process.env.WAYPOINT_DATA_DIR = previous;
      rmSync(path, { recursive: true, force: true });
    },
  };
}

/**
 * Creates the directory (createDataDir), then seeds the demo through the CLI's own runtime.
 * Use in beforeAll / afterAll.
 */
export async function createDemoDataDir(prefix: string): Promise<DemoDataDir> {
  const dataDir = createDataDir(prefix);
  try {
    const runtime = await openRuntime(readConfig());
    try {
      await seedDemo(runtime.services, systemPrincipal('test'));
    } finally {
      await runtime.close();
    }
  } catch (error) {
    dataDir.dispose();
    throw error;
  }
  return dataDir;
}
