import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrator.js';
import { withAdminClient } from './databases.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseTemplates: DatabaseTemplates;
  }
}

/**
 * What every test database starts from, made once per test run by the global setup
 * (src/test-support/global-setup.ts) and handed to the workers with `provide`.
 *
 * Why: a fresh in-memory PGlite runs initdb (6–9 s on this 2-core host under the suite's load)
 * and the migrations (~1 s); opened from an image of an already migrated data directory it is
 * ready in ~2 s. A PostgreSQL database copied from a migrated template takes 0.1–0.4 s against
 * ~0.7 s to create and migrate. Test files open dozens of databases; the migrations themselves
 * are still run from scratch by the tests that ask for an unmigrated database (migrator tests,
 * migration tests), which start from the blank image.
 */
export interface DatabaseTemplates {
  /** A PGlite data-directory image (dumpDataDir, uncompressed tar) right after initdb. */
  readonly pgliteBlankImage: string;
  /** The same, migrated to the latest migration. */
  readonly pgliteMigratedImage: string;
  /** A migrated database on TEST_DATABASE_URL's server to copy with CREATE DATABASE … TEMPLATE, or null. */
  readonly postgresMigratedDatabase: string | null;
}

/**
 * Makes the templates in `directory` (the images) and on TEST_DATABASE_URL's server (the
 * template database); `dispose` drops the template database.
 *
 * @example const { templates, dispose } = await createDatabaseTemplates(await mkdtemp(join(tmpdir(), 'waypoint-templates-')));
 */
export async function createDatabaseTemplates(directory: string, adminUrl = process.env.TEST_DATABASE_URL): Promise<{ templates: DatabaseTemplates; dispose: () => Promise<void> }> {
  const pgliteBlankImage = join(directory, 'pglite-blank.tar');
  const pgliteMigratedImage = join(directory, 'pglite-migrated.tar');
  const pglite = await openDatabase({ kind: 'pglite', dataDir: null });
  try {
    await writeImage(pglite.pglite, pgliteBlankImage);
    await migrateToLatest(pglite.db);
    await writeImage(pglite.pglite, pgliteMigratedImage);
  } finally {
    await pglite.close();
  }
  const postgresMigratedDatabase = adminUrl ? await createPostgresTemplate(adminUrl) : null;
  return {
    templates: { pgliteBlankImage, pgliteMigratedImage, postgresMigratedDatabase },
    async dispose() {
      if (adminUrl && postgresMigratedDatabase !== null) {
        await withAdminClient(adminUrl, (client) => client.query(`drop database if exists ${postgresMigratedDatabase} with (force)`));
      }
    },
  };
}

/** A PGlite image written by createDatabaseTemplates, for openDatabase's `image`. */
export async function readPGliteImage(path: string): Promise<Blob> {
  return new Blob([await readFile(path)]);
}

async function writeImage(pglite: Awaited<ReturnType<typeof openDatabase>>['pglite'], path: string): Promise<void> {
  if (pglite === null) throw new Error('a PGlite image needs a PGlite database');
  const image = await pglite.dumpDataDir('none');
  await writeFile(path, Buffer.from(await image.arrayBuffer()));
}

async function createPostgresTemplate(adminUrl: string): Promise<string> {
  const name = `waypoint_tpl_${randomBytes(6).toString('hex')}`;
  await withAdminClient(adminUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 2 });
    try {
      await migrateToLatest(database.db);
    } finally {
      // CREATE DATABASE … TEMPLATE refuses a template anyone is connected to.
      await database.close();
    }
  } catch (error) {
    await withAdminClient(adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`));
    throw error;
  }
  return name;
}
