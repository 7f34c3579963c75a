import type { Command } from 'commander';
import { runAllVectors } from '../../core/safeguards/vectors.js';
import { AppError } from '../../core/errors.js';
import { systemPrincipal } from '../../core/principal.js';
import { ruleSetListing } from '../../services/cases/list-rule-sets.js';
import { getCaseSafeguards } from '../../services/cases/read-case-safeguards.js';
import { readConfig } from '../config.js';
import { ExitError } from '../cli-error.js';
import { openRuntime } from '../runtime.js';

/** Left-aligned text table; columns as wide as their widest cell. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function registerRulesCommand(program: Command): void {
  const rules = program.command('rules').description('Safeguards and rule sets');

  rules
    .command('list')
    .description('Rule-set profiles with content hashes, and the safeguard catalogue')
    .action(() => {
      const listing = ruleSetListing();
      process.stdout.write(`${formatTable(['rule set', 'content hash', 'safeguards'], listing.profiles.map((p) => [p.id + (p.id === listing.defaultRuleSetId ? ' (default)' : ''), p.contentHash.slice(0, 16), String(p.safeguards.length)]))}\n\n`);
      process.stdout.write(
        `${formatTable(
          ['safeguard', 'jurisdiction', 'verified', 'gates', 'citation'],
          listing.safeguards.map((s) => [s.id, s.jurisdiction, s.verified ? 'yes' : 'NO', s.transitionsGated.join(','), s.citations.map((c) => `${c.instrument} ${c.pinpoint}`).join('; ')]),
        )}\n`,
      );
    });

  rules
    .command('test')
    .description('Run every safeguard test vector; exit 1 on any failure')
    .action(() => {
      const reports = runAllVectors();
      process.stdout.write(`${formatTable(['safeguard', 'vectors', 'passed', 'failed'], reports.map((r) => [r.safeguardId, String(r.total), String(r.passed), String(r.failures.length)]))}\n`);
      const failures = reports.flatMap((r) => r.failures.map((f) => `${r.safeguardId}: ${f.name}: expected ${JSON.stringify(f.expected)}, got ${JSON.stringify(f.actual)}`));
      for (const failure of failures) process.stdout.write(`FAIL ${failure}\n`);
      if (failures.length > 0) throw new ExitError(1, `rules: ${failures.length} vector(s) failed`);
      process.stdout.write(`rules: all ${reports.reduce((n, r) => n + r.total, 0)} vectors pass\n`);
    });

  rules
    .command('explain <case-id>')
    .description("Print a case's safeguard checklist now, with earliest departure")
    .action(async (caseId: string) => {
      const runtime = await openRuntime(readConfig());
      try {
        const list = await getCaseSafeguards(runtime.services, systemPrincipal(runtime.config.operatorActor), caseId);
        process.stdout.write(`case ${caseId} under ${list.ruleSetId} at ${list.at}\n`);
        process.stdout.write(
          `${formatTable(
            ['safeguard', 'outcome', 'earliest pass', 'reason'],
            list.items.map((i) => [i.safeguardId, i.finding.outcome, i.finding.earliestPassAt ?? '', i.finding.reason]),
          )}\n`,
        );
        process.stdout.write(`earliest departure: ${list.earliestDepartureAt ?? 'none (blocked)'}\n`);
      } catch (error) {
        if (error instanceof AppError && error.code === 'not_found') throw new ExitError(1, `rules: case ${caseId} not found`);
        throw error;
      } finally {
        await runtime.close();
      }
    });
}
