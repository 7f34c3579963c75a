import type { Command } from 'commander';
import { z } from 'zod';
import { systemPrincipal } from '../../core/principal.js';
import { createUserSchema } from '../../core/schemas/user.schema.js';
import { listUsers } from '../../db/repositories/user.repository.js';
import { createApiToken, revokeApiToken } from '../../services/identity/api-tokens.js';
import { createUser } from '../../services/identity/create-user.js';
import { disableUser } from '../../services/identity/disable-user.js';
import { ExitError } from '../cli-error.js';
import { readConfig } from '../config.js';
import { openRuntime, type Runtime } from '../runtime.js';

async function withRuntime<T>(work: (runtime: Runtime) => Promise<T>): Promise<T> {
  const runtime = await openRuntime(readConfig());
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}

async function readPasswordFromStdin(): Promise<string> {
  if (process.stdin.isTTY) throw new ExitError(2, 'waypoint users create: pipe the password in, e.g. `printf %s "$PW" | waypoint users create ... --password-stdin`');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function registerUsersCommand(program: Command): void {
  const users = program.command('users').description('Accounts: create, list, disable');
  users
    .command('create <username>')
    .description('Create an account; the password is read from standard input')
    .requiredOption('--role <role>', 'a role (repeat for several): program_officer, supervisor, diplomatic_officer, legal_reviewer, counsel, receiving_liaison, oversight, admin', collect, [])
    .option('--clearance <level>', 'UNCLASSIFIED, SBU, CONFIDENTIAL or SECRET', 'UNCLASSIFIED')
    .option('--agency <name>', 'agency the user works for', '')
    .option('--country <code>', 'ISO 3166 code of the state a receiving liaison works for')
    .option('--display-name <name>', 'name shown in the UI')
    .option('--distribution <list>', 'named distribution list (repeat for several)', collect, [])
    .option('--password-stdin', 'read the password from standard input (required)')
    .action(async (username: string, options: { role: string[]; clearance: string; agency: string; country?: string; displayName?: string; distribution: string[]; passwordStdin?: boolean }) => {
      if (!options.passwordStdin) throw new ExitError(2, 'waypoint users create: --password-stdin is required (passwords never go on the command line)');
      const parsed = createUserSchema.safeParse({
        username,
        roles: options.role,
        clearance: options.clearance,
        agency: options.agency,
        country: options.country ?? null,
        distribution: options.distribution,
        password: await readPasswordFromStdin(),
        ...(options.displayName !== undefined && { displayName: options.displayName }),
      });
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new ExitError(2, `waypoint users create: ${issue?.path.join('.') ?? 'input'}: ${issue?.message ?? 'invalid'}`);
      }
      const config = readConfig();
      const user = await withRuntime((runtime) => createUser(runtime.services, systemPrincipal(config.operatorActor), parsed.data));
      process.stdout.write(`users: created ${user.username} (${user.roles.join(', ')}; ${user.clearance})\n`);
    });
  users
    .command('list')
    .description('List accounts')
    .action(async () => {
      const all = await withRuntime((runtime) => listUsers(runtime.database.db));
      for (const user of all) {
        process.stdout.write(`${user.username}\t${user.roles.join(',')}\t${user.clearance}\t${user.agency || '-'}\t${user.country ?? '-'}\t${user.active ? 'active' : 'disabled'}\n`);
      }
    });
  users
    .command('disable <username>')
    .description('Disable an account and end its sessions and tokens')
    .action(async (username: string) => {
      const config = readConfig();
      await withRuntime((runtime) => disableUser(runtime.services, systemPrincipal(config.operatorActor), username));
      process.stdout.write(`users: disabled ${username}\n`);
    });

  const tokens = program.command('tokens').description('API tokens for machine clients');
  tokens
    .command('create <username>')
    .description('Issue a token acting as the user; it is printed once and stored only as a hash')
    .option('--name <name>', 'what the token is for', '')
    .action(async (username: string, options: { name: string }) => {
      const config = readConfig();
      const issued = await withRuntime((runtime) => createApiToken(runtime.services, systemPrincipal(config.operatorActor), username, options.name));
      process.stdout.write(`${issued.token}\n`);
      process.stderr.write(`tokens: issued ${issued.id} for ${issued.username}; send it as "Authorization: Bearer <token>"\n`);
    });
  tokens
    .command('revoke <id>')
    .description('Revoke a token')
    .action(async (id: string) => {
      if (!z.uuid().safeParse(id).success) throw new ExitError(2, 'waypoint tokens revoke: <id> must be a token id (UUID)');
      const config = readConfig();
      await withRuntime((runtime) => revokeApiToken(runtime.services, systemPrincipal(config.operatorActor), id));
      process.stdout.write(`tokens: revoked ${id}\n`);
    });
}
