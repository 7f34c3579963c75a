import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256Hex } from '../../audit/sha256.js';
import type { Principal } from '../../core/principal.js';
import { findDocumentIdByAttachmentHash } from '../../db/repositories/document.repository.js';
import type { ServiceContext } from '../context.js';
import { importCable } from '../documents/import-cable.js';
import { NO_LINKS } from '../documents/store-document.js';

/** demo/cables at the repository root (the illustrative cables written for the project). */
export const DEMO_CABLE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'demo', 'cables');

/** NODIS/EXDIS demo cables go to the demo diplomat's and inspector's list (demo-users.ts). */
const DEMO_DISTRIBUTION = ['KIGALI-NODIS'];
/** The after-action cable is released to Rwanda so the liaison sees its releasable portions (never the NOFORN one). */
const RELEASED_TO_RWANDA = new Set(['2025-04-22-kigali-after-action.txt']);

/**
 * Imports the five illustrative cables (idempotent: a cable already imported,
 * by SHA-256, is skipped). Returns how many were imported now.
 *
 * @example await seedDemoDocuments(ctx, operator) // 5 on a fresh database, then 0
 */
export async function seedDemoDocuments(ctx: ServiceContext, principal: Principal, directory: string = DEMO_CABLE_DIR): Promise<number> {
  let imported = 0;
  for (const file of readdirSync(directory).filter((name) => name.endsWith('.txt')).sort()) {
    const text = readFileSync(join(directory, file), 'utf8');
    if ((await findDocumentIdByAttachmentHash(ctx.db, 'cable', sha256Hex(text))) !== undefined) continue;
    await importCable(ctx, principal, {
      text,
      filename: file,
      distribution: /^(NODIS|EXDIS)$/m.test(text) ? DEMO_DISTRIBUTION : [],
      releasableTo: RELEASED_TO_RWANDA.has(file) ? ['RW'] : [],
      links: NO_LINKS,
      isDemo: true,
    });
    imported += 1;
  }
  return imported;
}
