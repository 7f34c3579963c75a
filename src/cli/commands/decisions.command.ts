import type { Command } from 'commander';
import { replayAllDecisions, replayDecision, type ReplayResult } from '../../services/cases/replay-decision.js';
import { readConfig } from '../config.js';
import { ExitError } from '../cli-error.js';
import { openRuntime } from '../runtime.js';

function describeReplay(result: ReplayResult): string {
  return [`decision ${result.decisionId}: DIFFERS`, ...result.differences.map((d) => `  ${d}`)].join('\n');
}

export function registerDecisionsCommand(program: Command): void {
  const decisions = program.command('decisions').description('Stored safeguard decisions');
  decisions
    .command('replay [decision-id]')
    .description('Re-evaluate a decision (or --all) from its stored facts and rule-set version; exit 0 identical, 1 with the difference printed')
    .option('--all', 'replay every stored decision')
    .action(async (decisionId: string | undefined, options: { all?: boolean }) => {
      if ((decisionId === undefined) === (options.all !== true)) throw new ExitError(2, 'decisions replay: give a decision id or --all');
      const runtime = await openRuntime(readConfig());
      try {
        if (options.all === true) {
          const report = await replayAllDecisions(runtime.database.db);
          for (const failure of report.failures) process.stdout.write(`${describeReplay(failure)}\n`);
          if (report.failures.length > 0) throw new ExitError(1, `decisions: ${report.failures.length} of ${report.total} decisions do not replay identically`);
          process.stdout.write(`decisions: all ${report.total} decisions replay identically\n`);
          return;
        }
        const result = await replayDecision(runtime.database.db, decisionId ?? '');
        if (!result.identical || result.differences.length > 0) {
          process.stdout.write(`${describeReplay(result)}\n`);
          throw new ExitError(1, `decisions: ${result.decisionId} does not replay identically`);
        }
        process.stdout.write(`decision ${result.decisionId}: identical (rule-set hash and facts hash match)\n`);
      } finally {
        await runtime.close();
      }
    });
}
