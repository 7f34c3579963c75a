import type { Kysely } from 'kysely';
import { z } from 'zod';
import { AppError } from '../../core/errors.js';
import type { DB } from '../../db/schema.js';
import { signedTreeHeadSchema, type SignedTreeHead } from '../signing/tree-head.js';
import { auditConsistencyProof } from './audit-proofs.js';
import { AuditSubtreeHashes } from './audit-subtree-hashes.js';
import { allStoredCheckpoints } from './checkpoint-store.js';
import { sealedTreeSize } from './sealed-entries.js';

/** Format label of a checkpoint export file. Warning: stored format (witnesses read these files). */
export const CHECKPOINT_EXPORT_FORMAT = 'waypoint-checkpoint-export/v1';

/**
 * What `waypoint audit checkpoint export` writes for witnesses that cannot
 * reach the server: the newest signed head, the log's public key, and a
 * consistency proof to it from every earlier checkpoint size, so a witness
 * holding any earlier head finds the proof it needs.
 */
export interface CheckpointExport {
  readonly format: typeof CHECKPOINT_EXPORT_FORMAT;
  /** Raw base64 Ed25519 public key; a witness should pin it out of band, not trust this copy. */
  readonly publicKey: string;
  readonly head: SignedTreeHead;
  readonly proofs: readonly { readonly from: number; readonly proof: readonly string[] }[];
}

export const checkpointExportSchema = z.strictObject({
  format: z.literal(CHECKPOINT_EXPORT_FORMAT),
  publicKey: z.string(),
  head: signedTreeHeadSchema,
  proofs: z.array(z.strictObject({ from: z.number().int().min(1), proof: z.array(z.string().regex(/^[0-9a-f]{64}$/)) })),
});

/**
 * Builds the export of the newest checkpoint. Throws AppError `not_found`
 * when no checkpoint has been signed yet.
 *
 * @example await writeFile('checkpoint.json', JSON.stringify(await exportLatestCheckpoint(db, key.rawBase64), null, 2));
 */
export async function exportLatestCheckpoint(db: Kysely<DB>, publicKeyBase64: string): Promise<CheckpointExport> {
  const checkpoints = await allStoredCheckpoints(db);
  const latest = checkpoints.at(-1);
  if (latest === undefined) throw new AppError('not_found', 'no audit checkpoint has been signed yet');
  const hashes = new AuditSubtreeHashes(db);
  const sealedSize = await sealedTreeSize(db);
  const proofs: { from: number; proof: readonly string[] }[] = [];
  for (const checkpoint of checkpoints.slice(0, -1)) {
    if (checkpoint.head.size >= latest.head.size) continue;
    const { proof } = await auditConsistencyProof(hashes, sealedSize, checkpoint.head.size, latest.head.size);
    proofs.push({ from: checkpoint.head.size, proof });
  }
  return { format: CHECKPOINT_EXPORT_FORMAT, publicKey: publicKeyBase64, head: latest.head, proofs };
}
