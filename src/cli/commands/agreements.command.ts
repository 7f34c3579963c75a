import type { Command } from 'commander';
import { AGREEMENT_STATUSES, type AgreementStatus } from '../../core/agreement.js';
import { AppError } from '../../core/errors.js';
import { formatLedgerTable } from '../../core/ledger/ledger-table.js';
import { systemPrincipal } from '../../core/principal.js';
import { isCalendarDate } from '../../core/time.js';
import { findAgreement } from '../../db/repositories/agreement.repository.js';
import { changeAgreementStatus } from '../../services/agreements/change-agreement-status.js';
import { listAgreementsPage } from '../../services/agreements/read-agreements.js';
import { getAgreementLedger } from '../../services/ledger/read-agreement-ledger.js';
import { readConfig } from '../config.js';
import { ExitError } from '../cli-error.js';
import { openRuntime, type Runtime } from '../runtime.js';

async function withRuntime(work: (runtime: Runtime) => Promise<void>): Promise<void> {
  const runtime = await openRuntime(readConfig());
  try {
    await work(runtime);
  } finally {
    await runtime.close();
  }
}

/**
 * `waypoint agreements list | ledger <code> | status <code> <status> --reason ...`
 *
 * @example waypoint agreements status us-rw-2025 suspended --reason "Court injunction" --effective-on 2026-02-01
 */
export function registerAgreementsCommand(program: Command): void {
  const agreements = program.command('agreements').description('Agreements: list them, show a ledger, change a status');

  agreements
    .command('list')
    .description('List agreements with status and effective dates')
    .action(() =>
      withRuntime(async (runtime) => {
        const principal = systemPrincipal(runtime.config.operatorActor);
        let cursor: string | undefined;
        const lines: string[] = [];
        do {
          const page = await listAgreementsPage(runtime.services, principal, { limit: 500, cursor });
          for (const agreement of page.items) {
            lines.push(`${agreement.code.padEnd(16)} ${agreement.status.padEnd(11)} ${agreement.sendingCountry}→${agreement.receivingCountry}  from ${agreement.effectiveFrom ?? '—'}${agreement.effectiveTo ? ` to ${agreement.effectiveTo}` : ''}  ${agreement.title}`);
          }
          cursor = page.nextCursor ?? undefined;
        } while (cursor !== undefined);
        process.stdout.write(lines.length === 0 ? 'no agreements\n' : `${lines.join('\n')}\n`);
      }),
    );

  agreements
    .command('ledger <code>')
    .description('Capacity, obligations, disbursements and reconciliation of one agreement, as a table')
    .action((code: string) =>
      withRuntime(async (runtime) => {
        const ledger = await getAgreementLedger(runtime.services, systemPrincipal(runtime.config.operatorActor), code);
        process.stdout.write(`${formatLedgerTable(ledger).join('\n')}\n`);
      }),
    );

  agreements
    .command('status <code> <status>')
    .description(`Change an agreement's status (${AGREEMENT_STATUSES.join(', ')}), dated and audited`)
    .requiredOption('--reason <text>', 'why (recorded in the status history)')
    .option('--effective-on <date>', 'YYYY-MM-DD the change takes effect (default: today)')
    .action((code: string, status: string, options: { reason: string; effectiveOn?: string }) =>
      withRuntime(async (runtime) => {
        if (!(AGREEMENT_STATUSES as readonly string[]).includes(status)) throw new ExitError(2, `waypoint agreements status: ${status} is not one of ${AGREEMENT_STATUSES.join(', ')}`);
        if (options.effectiveOn !== undefined && !isCalendarDate(options.effectiveOn)) throw new ExitError(2, `waypoint agreements status: --effective-on ${options.effectiveOn} is not YYYY-MM-DD`);
        const agreement = await findAgreement(runtime.services.db, code);
        if (!agreement) throw new AppError('not_found', `agreement ${code} not found`, { agreement: code });
        // The operator acts on what is stored now, so the current version is the expected one.
        const changed = await changeAgreementStatus(runtime.services, systemPrincipal(runtime.config.operatorActor), agreement.id, agreement.version, {
          status: status as AgreementStatus,
          reason: options.reason,
          ...(options.effectiveOn === undefined ? {} : { effectiveOn: options.effectiveOn }),
        });
        process.stdout.write(`${agreement.code}: ${changed.change.fromStatus} → ${changed.change.toStatus} from ${changed.change.effectiveOn}\n`);
      }),
    );
}
