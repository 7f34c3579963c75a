import { appendAudit } from '../../audit/audit-log.js';
import { AppError } from '../../core/errors.js';
import { actorRef, type Principal } from '../../core/principal.js';
import type { CreateUserInput } from '../../core/schemas/user.schema.js';
import type { User } from '../../core/user.js';
import { translateDatabaseError } from '../../db/database-errors.js';
import { toUser } from '../../db/repositories/user.repository.js';
import { USER_ADMIN } from '../../core/access/resources.js';
import { requireAllowed } from '../access/authorize.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';
import { hashPassword } from './password-hashing.js';

/**
 * Creates an account (admins, or the CLI operator). The password is hashed
 * with argon2id before the transaction; the audit entry names the roles and
 * clearance granted, never the password.
 */
export async function createUser(ctx: ServiceContext, principal: Principal, input: CreateUserInput): Promise<User> {
  await requireAllowed(ctx, principal, 'user:admin', USER_ADMIN);
  if (input.roles.includes('receiving_liaison') && input.country === null) {
    throw new AppError('validation_failed', 'a receiving liaison needs --country', { field: 'country' });
  }
  const passwordHash = await hashPassword(input.password);
  const at = nowInstant(ctx);
  try {
    return await runWrite(ctx, async (trx) => {
      const row = await trx
        .insertInto('users')
        .values({
          username: input.username,
          display_name: input.displayName ?? input.username,
          agency: input.agency,
          roles: [...input.roles],
          clearance: input.clearance,
          country: input.country,
          distribution: [...input.distribution],
          password_hash: passwordHash,
          password_changed_at: at,
          created_at: at,
          updated_at: at,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await appendAudit(trx, {
        actor: actorRef(principal),
        action: 'user.create',
        resourceType: 'user',
        resourceId: row.id,
        details: { username: row.username, roles: row.roles, clearance: row.clearance, country: row.country, agency: row.agency },
        at,
      });
      return toUser(row);
    });
  } catch (error) {
    throw translateDatabaseError(error, { resource: `user ${input.username}` });
  }
}
