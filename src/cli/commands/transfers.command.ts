import type { Command } from 'commander';
import { loadOrCreateSigningKey } from '../../audit/signing/signing-key.js';
import { listTransfersPage } from '../../services/transfers/read-transfers.js';
import { verifyManifest } from '../../services/transfers/verify-manifest.js';
import { readConfig } from '../config.js';
import { ExitError } from '../cli-error.js';
import { openRuntime } from '../runtime.js';
import { systemPrincipal } from '../../core/principal.js';

/**
 * `waypoint manifest verify <transfer-id>`: signature (server key in <dataDir>/keys), snapshot hash
 * and replay of every decision; exit 0 valid, 1 with the problems printed.
 * `waypoint transfers list`: reference, status, departure, id.
 */
export function registerTransfersCommand(program: Command): void {
  const manifest = program.command('manifest').description('Locked transfer manifests');
  manifest
    .command('verify <transfer-id>')
    .description('Check the manifest signature and that every decision in it still replays; exit 0 valid, 1 otherwise')
    .action(async (transferId: string) => {
      const runtime = await openRuntime(readConfig());
      try {
        const key = await loadOrCreateSigningKey(runtime.keyDir);
        const report = await verifyManifest(runtime.database.db, transferId, key.publicKey, key.keyId);
        if (!report.valid) {
          for (const problem of report.problems) process.stdout.write(`  ${problem}\n`);
          throw new ExitError(1, `manifest ${transferId}: INVALID (${report.problems.length} problems)`);
        }
        process.stdout.write(`manifest ${transferId}: valid (signature, hash, ${report.decisionsReplayed} of ${report.caseCount} decisions replay identically)\n`);
      } finally {
        await runtime.close();
      }
    });

  program
    .command('transfers')
    .description('Transfers')
    .command('list')
    .description('List transfers (reference, status, scheduled departure, id)')
    .action(async () => {
      const runtime = await openRuntime(readConfig());
      try {
        const operator = systemPrincipal(process.env.WAYPOINT_ACTOR ?? 'cli-operator');
        let cursor: string | undefined;
        do {
          const page = await listTransfersPage(runtime.services, operator, { limit: 200, cursor });
          for (const t of page.items) process.stdout.write(`${t.reference.padEnd(20)} ${t.status.padEnd(16)} ${t.scheduledDeparture} ${t.id}\n`);
          cursor = page.nextCursor ?? undefined;
        } while (cursor !== undefined);
      } finally {
        await runtime.close();
      }
    });
}
