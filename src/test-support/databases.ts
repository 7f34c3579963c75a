import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database, type DatabaseKind } from '../db/database.js';
import { migrateToLatest } from '../db/migrator.js';
import { readPGliteImage, type DatabaseTemplates } from './database-templates.js';

/**
 * The databases every repository and service test runs against: PGlite
 * always, PostgreSQL whenever TEST_DATABASE_URL is set (CI sets it).
 */
export const TEST_DATABASE_KINDS: readonly DatabaseKind[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface TestDatabase extends Database {
  /** Closes and, for PostgreSQL, drops the throwaway database. */
  dispose(): Promise<void>;
}

/**
 * A fresh, migrated database of the given kind. PostgreSQL tests each get
 * their own database (created from TEST_DATABASE_URL's server), so test files
 * can run in parallel without seeing each other's rows.
 */
export async function createTestDatabase(kind: DatabaseKind, options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const migrate = options.migrate ?? true;
  // Copies of the run's templates (global-setup.ts): the migrated one already holds every migration.
  const templates = await providedTemplates();
  if (kind === 'pglite') {
    const imagePath = templates === null ? null : migrate ? templates.pgliteMigratedImage : templates.pgliteBlankImage;
    const image = imagePath === null ? undefined : await readPGliteImage(imagePath);
    const database = asTestDatabase(await openDatabase({ kind: 'pglite', dataDir: null, ...(image === undefined ? {} : { image }) }));
    if (migrate && image === undefined) await migrateToLatest(database.db);
    return database;
  }
  const template = migrate ? (templates?.postgresMigratedDatabase ?? null) : null;
  const database = await openThrowawayPostgres(template);
  if (migrate && template === null) await migrateToLatest(database.db);
  return database;
}

/**
 * The templates the global setup provided, or null outside a vitest worker (the bench's manifest-lock
 * measure also opens test databases, and must not load vitest) or where no setup ran.
 */
async function providedTemplates(): Promise<DatabaseTemplates | null> {
  if (process.env.VITEST === undefined) return null;
  try {
    const { inject } = await import('vitest');
    return inject('databaseTemplates') ?? null;
  } catch {
    return null;
  }
}

async function openThrowawayPostgres(template: string | null): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `waypoint_t_${randomBytes(6).toString('hex')}`;
  await withAdminClient(adminUrl, (client) => client.query(template === null ? `create database ${name}` : `create database ${name} template ${template}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 12 });
  return {
    ...database,
    dispose: async () => {
      await database.close();
      await withAdminClient(adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}

/**
 * One short-lived client on `url` (usually TEST_DATABASE_URL, the admin connection) for the
 * work given, always closed after: creating and dropping throwaway databases, looking at what a
 * test left on the server.
 *
 * @example const exists = await withAdminClient(url, async (client) => (await client.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1);
 */
export async function withAdminClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Test databases for the PGlite branch also need dispose. */
export function asTestDatabase(database: Database): TestDatabase {
  return { ...database, dispose: () => database.close() };
}
