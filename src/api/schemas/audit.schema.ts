import { z } from 'zod';

/** Response shapes of the audit routes. Hashes are 64 lowercase hex characters. */

const hashHex = z.string().regex(/^[0-9a-f]{64}$/);

export const auditKeySchema = z
  .object({
    algorithm: z.literal('Ed25519'),
    pem: z.string().meta({ description: 'SPKI PEM' }),
    rawBase64: z.string().meta({ description: 'The 32 raw public key bytes in base64: what a witness pins' }),
    keyId: hashHex.meta({ description: 'SHA-256 of the raw key bytes' }),
    signingPurpose: z.string().meta({ description: 'Domain label inside every signed tree head message' }),
  })
  .meta({ id: 'AuditKey' });

export const signedTreeHeadOutSchema = z
  .object({
    size: z.number().int(),
    rootHash: hashHex,
    timestamp: z.string(),
    signature: z.string().meta({ description: 'Base64 Ed25519 signature over {"purpose":"waypoint-tree-head/v1","value":{rootHash,size,timestamp}} (RFC 8785)' }),
  })
  .meta({ id: 'SignedTreeHead' });

export const auditCheckpointSchema = z
  .object({ id: z.number().int(), keyId: hashHex, head: signedTreeHeadOutSchema })
  .meta({ id: 'AuditCheckpoint' });

export const auditCheckpointPageSchema = z
  .object({ items: z.array(auditCheckpointSchema).readonly(), nextAfter: z.number().int().nullable() })
  .meta({ id: 'AuditCheckpointPage' });

export const inclusionProofSchema = z
  .object({ seq: z.number().int(), leafIndex: z.number().int(), treeSize: z.number().int(), leafHash: hashHex, auditPath: z.array(hashHex).readonly() })
  .meta({ id: 'AuditInclusionProof' });

export const consistencyProofSchema = z
  .object({ from: z.number().int(), to: z.number().int(), proof: z.array(hashHex).readonly() })
  .meta({ id: 'AuditConsistencyProof' });

const accessEntrySchema = z.object({
  seq: z.number().int().nullable(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  kind: z.enum(['read', 'change']),
  fieldGroups: z.array(z.string()).readonly(),
  purpose: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

export const accessReportSchema = z
  .object({
    resourceType: z.string(),
    resourceId: z.string(),
    from: z.string(),
    to: z.string(),
    entries: z.array(accessEntrySchema).readonly(),
    actors: z
      .array(z.object({ actor: z.string(), reads: z.number().int(), changes: z.number().int(), fieldGroups: z.array(z.string()).readonly(), firstAt: z.string(), lastAt: z.string() }))
      .readonly(),
    truncated: z.boolean(),
  })
  .meta({ id: 'AccessReport' });
