import type { KeyObject } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../core/errors.js';
import { isRfc3339, toInstant, type Instant } from '../../core/time.js';
import { signCanonical, signingMessage, verifyCanonical } from './sign-canonical.js';

/** Purpose label of tree-head signatures. Warning: stored format; a new layout needs a new version. */
export const TREE_HEAD_PURPOSE = 'waypoint-tree-head/v1';

/** A checkpoint of the audit log: the Merkle root over entries 1..size at a moment. */
export interface TreeHead {
  /** Number of leaves (sealed audit entries, seq 1..size). */
  readonly size: number;
  /** RFC 9162 root over those leaves, 64 lowercase hex characters. */
  readonly rootHash: string;
  /** When the head was signed: RFC 3339 UTC with milliseconds, as toInstant writes it. */
  readonly timestamp: Instant;
}

export interface SignedTreeHead extends TreeHead {
  /** Base64 Ed25519 signature over treeHeadMessage(head). */
  readonly signature: string;
}

const treeHeadShape = {
  size: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  rootHash: z.string().regex(/^[0-9a-f]{64}$/),
  timestamp: z.string().refine((value) => isRfc3339(value) && toInstant(value) === value, 'timestamp must be RFC 3339 UTC with milliseconds'),
};

/** Schema of an unsigned head, for input from outside. */
export const treeHeadSchema = z.strictObject(treeHeadShape);

/** Schema of a signed head as published (API) and stored (witness file). */
export const signedTreeHeadSchema = z.strictObject({ ...treeHeadShape, signature: z.string() });

/**
 * The exact bytes signed for a tree head, documented for outside verifiers:
 * UTF-8 of the RFC 8785 canonical JSON
 * `{"purpose":"waypoint-tree-head/v1","value":{"rootHash":"<hex>","size":<n>,"timestamp":"<instant>"}}`.
 *
 * @example Buffer.from(treeHeadMessage(head)).toString('utf8')
 */
export function treeHeadMessage(head: TreeHead): Uint8Array {
  return signingMessage(TREE_HEAD_PURPOSE, unsignedPart(requireTreeHead(head)));
}

/**
 * Signs a tree head. Throws AppError `validation_failed` on a malformed head
 * (negative size, root not 64 hex, timestamp not normalised UTC), so nothing
 * ambiguous is ever signed.
 *
 * @example
 *   const head = signTreeHead({ size: frontier.size, rootHash: toHex(frontier.root()), timestamp: toInstant(clock.now()) }, key.privateKey);
 */
export function signTreeHead(head: TreeHead, privateKey: KeyObject): SignedTreeHead {
  const unsigned = unsignedPart(requireTreeHead(head));
  return { ...unsigned, signature: signCanonical(TREE_HEAD_PURPOSE, unsigned, privateKey) };
}

/**
 * True only for a well-formed head whose signature by `publicKey` covers
 * exactly its size, root and timestamp. Extra fields make it false.
 *
 * @example verifyTreeHead(await fetchLatestCheckpoint(), parsePublicKey(publishedKey))
 */
export function verifyTreeHead(head: SignedTreeHead, publicKey: KeyObject): boolean {
  const parsed = signedTreeHeadSchema.safeParse(head);
  if (!parsed.success) return false;
  return verifyCanonical(TREE_HEAD_PURPOSE, unsignedPart(parsed.data), parsed.data.signature, publicKey);
}

function requireTreeHead(head: TreeHead): TreeHead {
  const parsed = treeHeadSchema.safeParse(unsignedPart(head));
  if (!parsed.success) {
    throw new AppError('validation_failed', `malformed tree head: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  }
  return parsed.data;
}

/** Only the signed fields, in case a caller passes a richer object (e.g. a database row). */
function unsignedPart(head: TreeHead): TreeHead {
  return { size: head.size, rootHash: head.rootHash, timestamp: head.timestamp };
}
