import type { Command } from 'commander';
import { sealPending, verifyChain } from '../../audit/audit-log.js';
import { readConfig } from '../config.js';
import { describeFailure, ExitError } from '../cli-error.js';
import { openRuntime } from '../runtime.js';

export function registerAuditCommand(program: Command): void {
  const audit = program.command('audit').description('Tamper-evident audit log');
  audit
    .command('verify')
    .description('Walk the hash chain; exit 0 intact, 1 tampered (prints the first bad seq), 2 could not run')
    .action(async () => {
      let runtime;
      try {
        runtime = await openRuntime(readConfig());
        // Entries committed but not yet sealed are sealed first: verification covers everything written.
        await sealPending(runtime.database.db);
      } catch (error) {
        await runtime?.close();
        throw new ExitError(2, `audit: could not run: ${describeFailure(error).line.replace(/^waypoint: /, '')}`);
      }
      try {
        const result = await verifyChain(runtime.database.db);
        if (!result.ok) throw new ExitError(1, `audit: TAMPERED at seq ${result.firstBadSeq}: ${result.reason}`);
        process.stdout.write(`audit: OK ${result.entries} entries, head ${result.head}\n`);
      } finally {
        await runtime.close();
      }
    });
}
