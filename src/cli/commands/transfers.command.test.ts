import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../api/server.js';
import { clearedCases, createSalvadorAgreement } from '../../api/transfer-scenario.test-support.js';
import { loadOrCreateSigningKey } from '../../audit/signing/signing-key.js';
import { addHours } from '../../core/time.js';
import { systemPrincipal } from '../../core/principal.js';
import { addToManifest } from '../../services/transfers/add-to-manifest.js';
import { createTransfer } from '../../services/transfers/create-transfer.js';
import { lockManifest } from '../../services/transfers/lock-manifest.js';
import { createDataDir, runCommand, type DataDir } from '../../test-support/cli-harness.js';
import { readConfig } from '../config.js';
import { openRuntime } from '../runtime.js';
import { registerTransfersCommand } from './transfers.command.js';

const run = (args: string[]): Promise<string> => runCommand(registerTransfersCommand, args);

describe('waypoint manifest verify', { timeout: 240_000 }, () => {
  let dataDir: DataDir | undefined;
  let transferId: string;

  beforeAll(async () => {
    dataDir = createDataDir('transfers');
    const runtime = await openRuntime(readConfig());
    const operator = systemPrincipal('test');
    const app = await buildServer({ services: runtime.services, databaseKind: runtime.database.kind, resolvePrincipal: () => Promise.resolve(operator), logger: false });
    try {
      await app.ready();
      const key = await loadOrCreateSigningKey(runtime.keyDir);
      const agreementId = await createSalvadorAgreement(app, 'us-sv-cli');
      const caseIds = await clearedCases(app, { clock: runtime.services.clock, database: runtime.database, services: runtime.services }, agreementId, 3);
      const transfer = await createTransfer(runtime.services, operator, { reference: 'SV-CLI-1', agreementId, scheduledDeparture: addHours(new Date().toISOString(), 72), carrier: '', flight: '', facility: '', escortCount: 0 });
      await addToManifest(runtime.services, operator, transfer.id, caseIds);
      await lockManifest(runtime.services, operator, transfer.id, undefined, key);
      transferId = transfer.id;
    } finally {
      await app.close();
      await runtime.close();
    }
  });
  afterAll(() => {
    dataDir?.dispose();
  });

  it('exits 0 for a valid manifest and lists transfers', async () => {
    expect(await run(['manifest', 'verify', transferId])).toBe(`manifest ${transferId}: valid (signature, hash, 3 of 3 decisions replay identically)\n`);
    expect(await run(['transfers', 'list'])).toMatch(new RegExp(`^SV-CLI-1\\s+manifest_locked\\s+\\S+ ${transferId}\\n$`));
  });

  it('exits 1 when the snapshot was modified', async () => {
    const runtime = await openRuntime(readConfig());
    try {
      const db = runtime.database.db;
      await sql`alter table manifest_snapshots disable trigger user`.execute(db);
      await sql`update manifest_snapshots set snapshot = jsonb_set(snapshot, '{reference}', '"SV-CLI-X"') where transfer_id = ${transferId}`.execute(db);
      await sql`alter table manifest_snapshots enable trigger user`.execute(db);
    } finally {
      await runtime.close();
    }
    await expect(run(['manifest', 'verify', transferId])).rejects.toMatchObject({ exitCode: 1, message: `manifest ${transferId}: INVALID (2 problems)` });
  });
});
