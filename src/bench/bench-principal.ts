import type { Principal } from '../core/principal.js';
import { principalOf } from '../core/user.js';
import { toUser } from '../db/repositories/user.repository.js';
import type { Queryable } from '../db/schema.js';

/**
 * A real user's principal (a demo account), so benchmarks pay for authorization the way a
 * signed-in caller does; the system operator would bypass policy.
 *
 * @example const officer = await userPrincipal(env.database.db, 'officer');
 */
export async function userPrincipal(db: Queryable, username: string): Promise<Principal> {
  const row = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirstOrThrow();
  return principalOf(toUser(row));
}
