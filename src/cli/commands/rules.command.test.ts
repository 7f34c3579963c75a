import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatTable, registerRulesCommand } from './rules.command.js';

function program(): Command {
  const root = new Command('waypoint').exitOverride();
  registerRulesCommand(root);
  return root;
}

describe('waypoint rules', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('test runs every vector and prints one row per safeguard', async () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    await program().parseAsync(['node', 'waypoint', 'rules', 'test']);
    const output = written.join('');
    expect(output).toMatch(/^safeguard\s+vectors\s+passed\s+failed$/m);
    expect(output.match(/^(US|UK|INTL|AGREEMENT|RECEIVING|MONITORING)[A-Z0-9-]*\s+\d+\s+\d+\s+0$/gm)).toHaveLength(18);
    expect(output).toMatch(/^rules: all \d+ vectors pass$/m);
  });

  it('list prints the profiles with their content hashes and the default marked', async () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    await program().parseAsync(['node', 'waypoint', 'rules', 'list']);
    expect(written.join('')).toMatch(/^us-dvd-strict\+unhcr-transfer-2013 \(default\)\s+[0-9a-f]{16}\s+14$/m);
  });

  it('formats aligned tables', () => {
    expect(formatTable(['a', 'bb'], [['ccc', 'd']])).toBe('a    bb\n---  --\nccc  d');
  });
});
