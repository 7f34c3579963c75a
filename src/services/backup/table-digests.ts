import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { TableDigest } from './backup-format.js';
import { listBackedUpTables, readTableRows } from './database-tables.js';

/**
 * Row count and content hash of every table, read the way backup reads them:
 * equal digests before backup and after restore mean identical data.
 *
 * @example expect(await tableDigests(restored.db)).toEqual(await tableDigests(original.db));
 */
export async function tableDigests(db: Kysely<DB>): Promise<Record<string, TableDigest>> {
  return db.transaction().setIsolationLevel('repeatable read').execute(async (trx) => {
    await sql`set local timezone = 'UTC'`.execute(trx);
    const digests: Record<string, TableDigest> = {};
    for (const table of await listBackedUpTables(trx)) {
      const hash = createHash('sha256');
      let rows = 0;
      for await (const page of readTableRows(trx, table)) {
        for (const row of page) hash.update(`${row}\n`);
        rows += page.length;
      }
      digests[table.name] = { rows, sha256: hash.digest('hex') };
    }
    return digests;
  });
}
