import type { Selectable } from 'kysely';
import type { Classification, Role } from '../../core/principal.js';
import type { User } from '../../core/user.js';
import type { Queryable } from '../schema.js';
import type { UsersTable } from '../tables/foundation.table.js';

type UserRow = Selectable<UsersTable>;

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    agency: row.agency,
    roles: row.roles as Role[],
    clearance: row.clearance as Classification,
    country: row.country,
    distribution: row.distribution,
    active: row.active,
    createdAt: row.created_at,
    version: row.version,
  };
}

export async function findUserByUsername(db: Queryable, username: string): Promise<{ user: User; passwordHash: string | null } | undefined> {
  const row = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  return row && { user: toUser(row), passwordHash: row.password_hash };
}

export async function findUserById(db: Queryable, id: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toUser(row);
}

export async function listUsers(db: Queryable): Promise<User[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('username').execute();
  return rows.map(toUser);
}
