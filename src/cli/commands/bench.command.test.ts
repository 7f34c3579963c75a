import { describe, expect, it } from 'vitest';
import { runCommand } from '../../test-support/cli-harness.js';
import { registerBenchCommand } from './bench.command.js';

// Only the argument checks: running benchmarks is bench.smoke.test.ts's job.
describe('waypoint bench arguments', () => {
  it.each([
    [['bench', '--scale', 'huge'], /--scale is small or full, not huge/],
    [['bench', '--cases', '-5'], /--cases is a whole number, not -5/],
    [['bench', '--cases', '1e3x'], /--cases is a whole number, not 1e3x/],
    [['bench', '--only', 'sweep,nonsense'], /unknown benchmark nonsense/],
  ])('%j is refused with exit code 2 and a one-line reason', async (args, message) => {
    await expect(runCommand(registerBenchCommand, args)).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(message) as unknown });
  });
});
