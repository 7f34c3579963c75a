import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { SigningKey } from '../../audit/signing/signing-key.js';
import { AppError } from '../../core/errors.js';
import {
  afterActionReviewSchema as afterActionReviewInputSchema,
  cancelTransferSchema,
  createTransferSchema,
  departTransferSchema,
  manifestCasesSchema,
  transferListQuerySchema,
  updateTransferSchema,
  welfareCheckResultSchema,
} from '../../core/schemas/transfer.schema.js';
import { addToManifest } from '../../services/transfers/add-to-manifest.js';
import { cancelTransfer } from '../../services/transfers/cancel-transfer.js';
import { closeTransfer } from '../../services/transfers/close-transfer.js';
import { confirmArrival } from '../../services/transfers/confirm-arrival.js';
import { createTransfer } from '../../services/transfers/create-transfer.js';
import { departTransfer } from '../../services/transfers/depart-transfer.js';
import { listOverdueWelfare } from '../../services/transfers/list-overdue-welfare-checks.js';
import { lockManifest } from '../../services/transfers/lock-manifest.js';
import { getTransfer, listTransfersPage } from '../../services/transfers/read-transfers.js';
import { recordAfterActionReview } from '../../services/transfers/record-after-action-review.js';
import { recordBoarding } from '../../services/transfers/record-boarding.js';
import { recordWelfareCheck } from '../../services/transfers/record-welfare-check.js';
import { removeFromManifest } from '../../services/transfers/remove-from-manifest.js';
import { renderManifestHtml } from '../../services/transfers/render-manifest-html.js';
import { authorizeTransferAction } from '../../services/transfers/transfer-access.js';
import { updateTransfer } from '../../services/transfers/update-transfer.js';
import { verifyManifest } from '../../services/transfers/verify-manifest.js';
import type { AppInstance } from '../app-instance.js';
import { requiredIfMatchVersion, sendWithEtag, setEtag } from '../http-concurrency.js';
import { errorResponses, idParamsSchema, ifMatchHeadersSchema, pageSchema } from '../schemas/common.schema.js';
import {
  afterActionReviewSchema,
  arrivalSchema,
  boardingReconciliationSchema,
  departureSchema,
  lockedManifestSchema,
  manifestChangeSchema,
  manifestVerificationSchema,
  transferDetailSchema,
  transferSchema,
  welfareCheckSchema,
} from '../schemas/transfer.schema.js';

/** If-Match is optional where the step re-checks state anyway (lock, first review); present, it must match. */
function optionalIfMatchVersion(request: FastifyRequest): number | undefined {
  return request.headers['if-match'] === undefined ? undefined : requiredIfMatchVersion(request);
}

/**
 * Transfers, manifests, departure gate, boarding, arrival, monitoring and after-action reviews.
 * `signingKey` signs locked manifests (absent: locking answers 503 manifest_signing_unavailable).
 */
export function registerTransferRoutes(app: AppInstance, options: { readonly signingKey: SigningKey | null }): void {
  const tags = ['transfers'];

  app.get(
    '/api/transfers',
    { schema: { tags, summary: 'List transfers the caller may read', querystring: transferListQuerySchema, response: { 200: pageSchema(transferSchema, 'TransferPage'), ...errorResponses(400, 401) } } },
    async (request) => listTransfersPage(app.services, request.principal, request.query),
  );

  app.post(
    '/api/transfers',
    { schema: { tags, summary: 'Plan a transfer (status planned); the caller is its preparer', body: createTransferSchema, response: { 201: transferSchema, ...errorResponses(400, 401, 403, 404, 409) } } },
    async (request, reply) => {
      const created = await createTransfer(app.services, request.principal, request.body);
      void reply.status(201).header('location', `/api/transfers/${created.id}`);
      return sendWithEtag(reply, created);
    },
  );

  app.get(
    '/api/transfers/:id',
    { schema: { tags, summary: 'A transfer with its manifest, departure removals, boarding reconciliation, welfare checks and review', params: idParamsSchema, response: { 200: transferDetailSchema, ...errorResponses(400, 401, 404) } } },
    async (request, reply) => {
      const detail = await getTransfer(app.services, request.principal, request.params.id);
      setEtag(reply, detail.transfer.version);
      return detail;
    },
  );

  app.patch(
    '/api/transfers/:id',
    {
      schema: { tags, summary: 'Change the plan while planned (If-Match required)', params: idParamsSchema, headers: ifMatchHeadersSchema, body: updateTransferSchema, response: { 200: transferSchema, ...errorResponses(400, 401, 403, 404, 409, 412, 428) } },
    },
    async (request, reply) => sendWithEtag(reply, await updateTransfer(app.services, request.principal, request.params.id, requiredIfMatchVersion(request), request.body)),
  );

  app.post(
    '/api/transfers/:id/manifest',
    { schema: { tags, summary: 'Add cleared cases to the manifest (all or none; 409 lists the reasons per case)', params: idParamsSchema, body: manifestCasesSchema, response: { 200: manifestChangeSchema, ...errorResponses(400, 401, 403, 404, 409) } } },
    async (request, reply) => {
      const change = await addToManifest(app.services, request.principal, request.params.id, request.body.caseIds);
      setEtag(reply, change.transfer.version);
      return change;
    },
  );

  app.post(
    '/api/transfers/:id/manifest/remove',
    { schema: { tags, summary: 'Take cases off the manifest while planned (back to cleared)', params: idParamsSchema, body: manifestCasesSchema, response: { 200: manifestChangeSchema, ...errorResponses(400, 401, 403, 404, 409) } } },
    async (request, reply) => {
      const change = await removeFromManifest(app.services, request.principal, request.params.id, request.body.caseIds);
      setEtag(reply, change.transfer.version);
      return change;
    },
  );

  app.post(
    '/api/transfers/:id/lock',
    {
      schema: {
        tags,
        summary: 'Lock the manifest: a supervisor who did not prepare it; every case re-evaluated at the scheduled departure; signed snapshot',
        params: idParamsSchema,
        headers: ifMatchHeadersSchema,
        response: { 200: lockedManifestSchema, ...errorResponses(400, 401, 403, 404, 409, 412, 503) },
      },
    },
    async (request, reply) => {
      const locked = await lockManifest(app.services, request.principal, request.params.id, optionalIfMatchVersion(request), options.signingKey);
      setEtag(reply, locked.transfer.version);
      return { ...locked, snapshot: locked.snapshot as unknown as Record<string, unknown> };
    },
  );

  app.get(
    '/api/transfers/:id/manifest/verify',
    { schema: { tags, summary: 'Verify the manifest signature and replay every decision in it', params: idParamsSchema, response: { 200: manifestVerificationSchema, ...errorResponses(400, 401, 404, 503) } } },
    async (request) => {
      await authorizeTransferAction(app.services, request.principal, request.params.id, 'transfer:read');
      if (options.signingKey === null) throw new AppError('manifest_signing_unavailable', 'no signing key is configured', {});
      return verifyManifest(app.services.db, request.params.id, options.signingKey.publicKey, options.signingKey.keyId);
    },
  );

  app.get(
    '/api/transfers/:id/manifest.html',
    { schema: { tags, summary: 'Printable manifest (names redacted per policy)', params: idParamsSchema, produces: ['text/html'], response: { 200: z.string(), ...errorResponses(400, 401, 404) } } },
    async (request, reply) => {
      const html = await renderManifestHtml(app.services, request.principal, request.params.id);
      void reply.type('text/html; charset=utf-8').header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
      return html;
    },
  );

  app.post(
    '/api/transfers/:id/depart',
    {
      schema: {
        tags,
        summary: 'Departure gate: re-check every case now; failing cases are removed from boarding (held, alerted), the rest depart',
        params: idParamsSchema,
        body: departTransferSchema.optional(),
        response: { 200: departureSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const early = request.body?.earlyWindowHours;
      const departure = await departTransfer(app.services, request.principal, request.params.id, early === undefined ? {} : { earlyWindowHours: early });
      setEtag(reply, departure.transfer.version);
      return departure;
    },
  );

  app.post(
    '/api/transfers/:id/boarding',
    { schema: { tags, summary: 'Record boarded persons (by case); anyone not on the manifest is refused (409)', params: idParamsSchema, body: manifestCasesSchema, response: { 200: boardingReconciliationSchema, ...errorResponses(400, 401, 403, 404, 409) } } },
    async (request) => recordBoarding(app.services, request.principal, request.params.id, request.body.caseIds),
  );

  app.post(
    '/api/transfers/:id/arrival',
    { schema: { tags, summary: 'Confirm arrival: boarded cases relocated, capacity consumed and payments posted once (a second call is 409)', params: idParamsSchema, response: { 200: arrivalSchema, ...errorResponses(400, 401, 403, 404, 409) } } },
    async (request, reply) => {
      const arrival = await confirmArrival(app.services, request.principal, request.params.id);
      setEtag(reply, arrival.transfer.version);
      return arrival;
    },
  );

  app.post(
    '/api/transfers/:id/cancel',
    { schema: { tags, summary: 'Cancel before departure (If-Match required); manifested cases go back to cleared', params: idParamsSchema, headers: ifMatchHeadersSchema, body: cancelTransferSchema, response: { 200: transferSchema, ...errorResponses(400, 401, 403, 404, 409, 412, 428) } } },
    async (request, reply) => sendWithEtag(reply, await cancelTransfer(app.services, request.principal, request.params.id, requiredIfMatchVersion(request), request.body.reason)),
  );

  app.post(
    '/api/transfers/:id/close',
    { schema: { tags, summary: 'Close an arrived transfer (If-Match required)', params: idParamsSchema, headers: ifMatchHeadersSchema, response: { 200: transferSchema, ...errorResponses(400, 401, 403, 404, 409, 412, 428) } } },
    async (request, reply) => sendWithEtag(reply, await closeTransfer(app.services, request.principal, request.params.id, requiredIfMatchVersion(request))),
  );

  app.put(
    '/api/transfers/:id/review',
    {
      schema: {
        tags,
        summary: 'Write the after-action review (If-Match to replace an existing one)',
        params: idParamsSchema,
        headers: ifMatchHeadersSchema,
        body: afterActionReviewInputSchema,
        response: { 200: afterActionReviewSchema, ...errorResponses(400, 401, 403, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => sendWithEtag(reply, await recordAfterActionReview(app.services, request.principal, request.params.id, optionalIfMatchVersion(request), request.body)),
  );

  app.post(
    '/api/welfare-checks/:id/result',
    { schema: { tags, summary: 'Record the result of a welfare check', params: idParamsSchema, body: welfareCheckResultSchema, response: { 200: welfareCheckSchema, ...errorResponses(400, 401, 403, 404, 409) } } },
    async (request) => recordWelfareCheck(app.services, request.principal, request.params.id, request.body),
  );

  app.get(
    '/api/monitoring/overdue',
    {
      schema: {
        tags,
        summary: 'Welfare checks past due, oldest first',
        querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(1000).default(200) }),
        response: { 200: z.object({ items: z.array(welfareCheckSchema).readonly() }).meta({ id: 'OverdueWelfareChecks' }), ...errorResponses(400, 401) },
      },
    },
    async (request) => ({ items: await listOverdueWelfare(app.services, request.principal, request.query.limit) }),
  );
}
