import { accessReport } from '../../audit/access-report.js';
import { auditConsistencyProof, auditInclusionProof } from '../../audit/checkpoints/audit-proofs.js';
import { AuditSubtreeHashes } from '../../audit/checkpoints/audit-subtree-hashes.js';
import { latestStoredCheckpoint, storedCheckpointsAfter, type StoredCheckpoint } from '../../audit/checkpoints/checkpoint-store.js';
import { sealedTreeSize } from '../../audit/checkpoints/sealed-entries.js';
import type { PublicKeyDescription } from '../../audit/signing/signing-key.js';
import { TREE_HEAD_PURPOSE } from '../../audit/signing/tree-head.js';
import { AUDIT_LOG } from '../../core/access/resources.js';
import { AppError } from '../../core/errors.js';
import { requireAllowed } from '../../services/access/authorize.js';
import { accessReportQuerySchema, checkpointListQuerySchema, consistencyProofQuerySchema, inclusionProofQuerySchema } from '../../core/schemas/audit.schema.js';
import type { AppInstance } from '../app-instance.js';
import {
  accessReportSchema,
  auditCheckpointPageSchema,
  auditCheckpointSchema,
  auditKeySchema,
  consistencyProofSchema,
  inclusionProofSchema,
} from '../schemas/audit.schema.js';
import { errorResponses } from '../schemas/common.schema.js';

export interface AuditRouteOptions {
  /** The public half of the server's tree-head key; null when this server signs no checkpoints. */
  readonly publicKey: PublicKeyDescription | null;
}

/**
 * The tamper-evident audit, published: the signing key, signed checkpoints and
 * RFC 9162 proofs are public so that outside witnesses need no account; the
 * access report needs a signed-in caller (oversight policies: docs/ACCESS.md).
 */
export function registerAuditRoutes(app: AppInstance, options: AuditRouteOptions): void {
  const tags = ['audit'];
  const subtreeHashes = new AuditSubtreeHashes(app.services.db);

  app.get(
    '/api/audit/key',
    { schema: { tags, summary: "The server's Ed25519 tree-head key (pin it in witnesses)", response: { 200: auditKeySchema, ...errorResponses(404) } }, config: { public: true } },
    () => {
      if (options.publicKey === null) throw new AppError('not_found', 'this server publishes no audit signing key');
      const { pem, rawBase64, keyId } = options.publicKey;
      return { algorithm: 'Ed25519' as const, pem, rawBase64, keyId, signingPurpose: TREE_HEAD_PURPOSE };
    },
  );

  app.get(
    '/api/audit/checkpoints/latest',
    { schema: { tags, summary: 'The newest signed tree head', response: { 200: auditCheckpointSchema, ...errorResponses(404) } }, config: { public: true } },
    async () => presentCheckpoint(await requireLatest(app)),
  );

  app.get(
    '/api/audit/checkpoints',
    {
      schema: { tags, summary: 'Signed tree heads, oldest first', querystring: checkpointListQuerySchema, response: { 200: auditCheckpointPageSchema, ...errorResponses(400) } },
      config: { public: true },
    },
    async (request) => {
      const page = await storedCheckpointsAfter(app.services.db, request.query.after, request.query.limit);
      return { items: page.map(presentCheckpoint), nextAfter: page.length === request.query.limit ? (page.at(-1)?.id ?? null) : null };
    },
  );

  app.get(
    '/api/audit/proof/inclusion',
    {
      schema: { tags, summary: 'RFC 9162 inclusion proof of an audit entry', querystring: inclusionProofQuerySchema, response: { 200: inclusionProofSchema, ...errorResponses(400, 404) } },
      config: { public: true },
    },
    async (request) => {
      const treeSize = request.query.treeSize ?? (await requireLatest(app)).head.size;
      return auditInclusionProof(subtreeHashes, await sealedTreeSize(app.services.db), request.query.seq, treeSize);
    },
  );

  app.get(
    '/api/audit/proof/consistency',
    {
      schema: { tags, summary: 'RFC 9162 consistency proof between two tree sizes', querystring: consistencyProofQuerySchema, response: { 200: consistencyProofSchema, ...errorResponses(400, 404) } },
      config: { public: true },
    },
    async (request) => {
      const to = request.query.to ?? (await requireLatest(app)).head.size;
      return auditConsistencyProof(subtreeHashes, await sealedTreeSize(app.services.db), request.query.from, to);
    },
  );

  app.get(
    '/api/audit/access-report',
    {
      schema: {
        tags,
        summary: 'Who read or changed a record between two instants, and what each saw',
        querystring: accessReportQuerySchema,
        response: { 200: accessReportSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      // Who looked at a person's case is itself sensitive: oversight reads it (audit:read), nobody else.
      await requireAllowed(app.services, request.principal, 'audit:read', AUDIT_LOG);
      return accessReport(app.services.db, request.query);
    },
  );
}

async function requireLatest(app: AppInstance): Promise<StoredCheckpoint> {
  const latest = await latestStoredCheckpoint(app.services.db);
  if (latest === null) throw new AppError('not_found', 'no audit checkpoint has been signed yet');
  return latest;
}

function presentCheckpoint(checkpoint: StoredCheckpoint): { id: number; keyId: string; head: StoredCheckpoint['head'] } {
  return { id: checkpoint.id, keyId: checkpoint.keyId, head: checkpoint.head };
}
