import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { accessReport, type AccessReport } from '../../audit/access-report.js';
import { sealPending } from '../../audit/audit-log.js';
import { exportLatestCheckpoint } from '../../audit/checkpoints/checkpoint-export.js';
import { runWitnessRound } from '../../audit/checkpoints/run-witness.js';
import { sealedTreeSize } from '../../audit/checkpoints/sealed-entries.js';
import { verifyAudit, type AuditTampered } from '../../audit/checkpoints/verify-audit.js';
import { describePublicKey, parsePublicKey, PUBLIC_KEY_FILE } from '../../audit/signing/signing-key.js';
import type { SignedTreeHead } from '../../audit/signing/tree-head.js';
import type { WitnessOutcome } from '../../audit/witness/witness-checkpoint.js';
import { readWitnessState } from '../../audit/witness/witness-state-file.js';
import { AppError } from '../../core/errors.js';
import { accessReportQuerySchema, resourceReferenceSchema } from '../../core/schemas/audit.schema.js';
import { readConfig } from '../config.js';
import { describeFailure, ExitError } from '../cli-error.js';
import { progressLine, type ProgressLine } from '../progress-line.js';
import { openRuntime, type Runtime } from '../runtime.js';

const DEFAULT_WITNESS_STATE = 'waypoint-witness.json';

/** Logs smaller than this verify in well under a second: no progress line. */
const PROGRESS_FROM = 200_000;

/** Progress of a long verify: entries verified of the sealed total, rate and ETA. */
function verifyProgressPrinter(total: number, progress: ProgressLine): (verified: number) => void {
  const started = Date.now();
  return (verified) => {
    if (total < PROGRESS_FROM) return;
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    const rate = Math.round(verified / seconds);
    const eta = rate > 0 ? Math.round((total - verified) / rate) : 0;
    progress.update(`audit: verified ${verified} of ${total} entries (${Math.floor((verified / total) * 100)}%) · ${rate} entries/s · ETA ${eta}s`);
  };
}

export function registerAuditCommand(program: Command): void {
  const audit = program.command('audit').description('Tamper-evident audit log');

  audit
    .command('verify')
    .description('Check the chain, every checkpoint root and signature, and a witness head; exit 0 intact, 1 tampered (prints the first bad seq or checkpoint), 2 could not run')
    .option('--witness <state-file>', "a witness's state file: the log must still contain its newest head")
    .option('--key <file-or-base64>', 'the log public key (default: <dataDir>/keys/audit-ed25519.pub.pem)')
    .action(async (options: { witness?: string; key?: string }) => {
      let runtime: Runtime | undefined;
      let result;
      const progress = progressLine(process.stderr.isTTY);
      try {
        runtime = await openRuntime(readConfig());
        // Entries committed but not yet sealed are sealed first: verification covers everything written.
        await sealPending(runtime.database.db);
        const witness = options.witness === undefined ? null : await readWitnessState(options.witness);
        const keyText = options.key !== undefined ? await readKeyText(options.key) : await readIfExists(join(runtime.keyDir, PUBLIC_KEY_FILE));
        const onProgress = verifyProgressPrinter(await sealedTreeSize(runtime.database.db), progress);
        result = await verifyAudit(runtime.database.db, keyText === null ? null : parsePublicKey(keyText), witness, { onProgress });
      } catch (error) {
        throw new ExitError(2, `audit: could not run: ${describeFailure(error).line.replace(/^waypoint: /, '')}`);
      } finally {
        progress.done();
        await runtime?.close();
      }
      if (!result.ok) throw new ExitError(1, tamperedLine(result));
      const lines = [`audit: OK ${result.entries} entries, head ${result.head}`];
      const latest = result.latestCheckpoint;
      lines.push(latest === null ? 'audit: no signed checkpoints yet' : `audit: ${result.checkpoints} checkpoints verified, latest size ${latest.size} root ${latest.rootHash} signed ${latest.timestamp}`);
      if (result.witnessedSize !== null) lines.push(`audit: contains the witness head of size ${result.witnessedSize}`);
      process.stdout.write(`${lines.join('\n')}\n`);
    });

  audit
    .command('witness')
    .description("Fetch the newest signed checkpoint, check it extends the last one this witness saw, and remember it; exit 0 accepted or unchanged, 1 rollback, fork or bad head, 2 could not run")
    .requiredOption('--from <url-or-file>', 'the server (https://…) or a file from `waypoint audit checkpoint export`')
    .option('--state <file>', `this witness's own state file (default: ./${DEFAULT_WITNESS_STATE})`, DEFAULT_WITNESS_STATE)
    .option('--key <file-or-base64>', 'pin the log key obtained out of band (default: pin the first key seen)')
    .action(async (options: { from: string; state: string; key?: string }) => {
      let outcome: WitnessOutcome;
      try {
        const pinnedKey = options.key === undefined ? undefined : await readKeyText(options.key);
        outcome = await runWitnessRound({ from: options.from, statePath: options.state, ...(pinnedKey !== undefined && { pinnedKey }) });
      } catch (error) {
        throw new ExitError(2, `witness: could not run: ${describeFailure(error).line.replace(/^waypoint: /, '')}`);
      }
      switch (outcome.kind) {
        case 'accepted':
          process.stdout.write(`witness: accepted ${headLine(outcome.presented)}${outcome.previous === null ? ' (first head; key pinned)' : ` extending size ${outcome.previous.size}`}\n`);
          return;
        case 'unchanged':
          process.stdout.write(`witness: unchanged ${headLine(outcome.presented)}\n`);
          return;
        case 'rollback':
          throw new ExitError(1, `witness: ROLLBACK (${outcome.reason})\n  seen:      ${JSON.stringify(outcome.seen)}\n  presented: ${JSON.stringify(outcome.presented)}`);
        case 'fork':
          throw new ExitError(1, `witness: FORK (${outcome.failure}: ${outcome.message})\n  seen:      ${JSON.stringify(outcome.seen)}\n  presented: ${JSON.stringify(outcome.presented)}`);
        case 'rejected':
          throw new ExitError(1, `witness: REJECTED (${outcome.reason}: ${outcome.message})\n  presented: ${JSON.stringify(outcome.presented)}`);
      }
    });

  const checkpoint = audit.command('checkpoint').description('Signed checkpoints of the audit log');
  checkpoint
    .command('create')
    .description('Seal pending entries and sign a checkpoint now (the server also does this every N entries or T seconds)')
    .action(async () => {
      const runtime = await openRuntime(readConfig(), { checkpoints: true });
      try {
        await sealPending(runtime.database.db);
        const created = await runtime.checkpointer?.checkpointNow();
        process.stdout.write(created ? `checkpoint: signed ${headLine(created.head)}\n` : 'checkpoint: nothing new to sign\n');
      } finally {
        await runtime.close();
      }
    });
  checkpoint
    .command('export')
    .description('Write the newest checkpoint, the public key and consistency proofs for offline witnesses (stdout or --out)')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (options: { out?: string }) => {
      const runtime = await openRuntime(readConfig());
      try {
        const keyText = await readIfExists(join(runtime.keyDir, PUBLIC_KEY_FILE));
        if (keyText === null) throw new AppError('not_found', `no audit key in ${runtime.keyDir}: start the server once to create it`);
        const exported = await exportLatestCheckpoint(runtime.database.db, describePublicKey(parsePublicKey(keyText)).rawBase64);
        const text = `${JSON.stringify(exported, null, 2)}\n`;
        if (options.out === undefined) process.stdout.write(text);
        else await writeFile(options.out, text);
      } finally {
        await runtime.close();
      }
    });

  audit
    .command('report')
    .description('Who read or changed a record between two instants, and what each saw')
    .requiredOption('--resource <type:id>', 'e.g. case:3f2c…')
    .requiredOption('--from <instant>', 'inclusive start, RFC 3339')
    .requiredOption('--to <instant>', 'exclusive end, RFC 3339')
    .option('--json', 'print the report as JSON')
    .action(async (options: { resource: string; from: string; to: string; json?: boolean }) => {
      const resource = resourceReferenceSchema.safeParse(options.resource);
      if (!resource.success) throw new ExitError(2, `report: --resource ${resource.error.issues[0]?.message ?? 'is malformed'}`);
      const query = accessReportQuerySchema.safeParse({ ...resource.data, from: options.from, to: options.to });
      if (!query.success) throw new ExitError(2, `report: ${query.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
      const runtime = await openRuntime(readConfig());
      try {
        const report = await accessReport(runtime.database.db, query.data);
        process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
      } finally {
        await runtime.close();
      }
    });
}

function tamperedLine(result: AuditTampered): string {
  switch (result.problem) {
    case 'definition':
      return `audit: TAMPERED schema: ${result.reason}`;
    case 'chain':
      return `audit: TAMPERED at seq ${result.firstBadSeq ?? '?'}: ${result.reason}`;
    case 'checkpoint':
      return `audit: TAMPERED at checkpoint ${result.checkpointId ?? '?'}${result.firstBadSeq === null ? '' : ` (first missing seq ${result.firstBadSeq})`}: ${result.reason}`;
    case 'witness':
      return `audit: TAMPERED against the witness${result.firstBadSeq === null ? '' : ` (first missing seq ${result.firstBadSeq})`}: ${result.reason}`;
  }
}

function headLine(head: SignedTreeHead): string {
  return `size ${head.size} root ${head.rootHash} signed ${head.timestamp}`;
}

function formatReport(report: AccessReport): string {
  const lines = [`access to ${report.resourceType}:${report.resourceId} from ${report.from} to ${report.to}: ${report.entries.length} entries${report.truncated ? ' (truncated: narrow the dates)' : ''}`];
  for (const actor of report.actors) {
    lines.push(`  ${actor.actor}: ${actor.reads} reads, ${actor.changes} changes${actor.fieldGroups.length > 0 ? `, saw ${actor.fieldGroups.join(', ')}` : ''}`);
  }
  for (const entry of report.entries) {
    const saw = entry.fieldGroups.length > 0 ? ` saw ${entry.fieldGroups.join(', ')}` : '';
    const purpose = entry.purpose === null ? '' : ` purpose "${entry.purpose}"`;
    lines.push(`  ${entry.at} #${entry.seq ?? 'unsealed'} ${entry.actor} ${entry.action}${saw}${purpose}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A key given on the command line: PEM or raw base64 text, or the path of a file holding one. */
async function readKeyText(value: string): Promise<string> {
  const trimmed = value.trim();
  if (trimmed.startsWith('-----BEGIN') || /^[A-Za-z0-9+/]{43}=$/.test(trimmed)) return trimmed;
  if (!existsSync(value)) throw new AppError('validation_failed', `--key ${value} is neither a key nor a readable file`);
  return readFile(value, 'utf8');
}

async function readIfExists(path: string): Promise<string | null> {
  return existsSync(path) ? readFile(path, 'utf8') : null;
}
