import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDatabaseTemplates } from './database-templates.js';

/** Once per `vitest run`: the database templates every test database is copied from (see database-templates.ts). */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const directory = await mkdtemp(join(tmpdir(), 'waypoint-test-templates-'));
  try {
    const { templates, dispose } = await createDatabaseTemplates(directory);
    project.provide('databaseTemplates', templates);
    return async () => {
      await dispose();
      await rm(directory, { recursive: true, force: true });
    };
  } catch (error) {
    await rm(directory, { recursive: true, force: true });
    throw error;
  }
}
