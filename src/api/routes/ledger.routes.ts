import { z } from 'zod';
import { AppError } from '../../core/errors.js';
import { postScheduledLumpSumsSchema, recordDisbursementSchema, recordLumpSumSchema, reservePlaceSchema } from '../../core/schemas/ledger.schema.js';
import { postScheduledLumpSums } from '../../services/ledger/post-scheduled-lump-sums.js';
import { getAgreementLedger } from '../../services/ledger/read-agreement-ledger.js';
import { recordDisbursement } from '../../services/ledger/record-disbursement.js';
import { recordLumpSumObligation } from '../../services/ledger/record-lump-sum-obligation.js';
import { releasePlaceForCase, reservePlaceForCase } from '../../services/ledger/reserve-place-for-case.js';
import type { AppInstance } from '../app-instance.js';
import { presentDisbursement, presentLedger, presentObligation } from '../ledger-presenter.js';
import { errorResponses, idParamsSchema } from '../schemas/common.schema.js';
import { agreementLedgerSchema, disbursementSchema, obligationSchema, reservationSchema } from '../schemas/ledger.schema.js';

/** Capacity reservations and the payments ledger of an agreement. */
export function registerLedgerRoutes(app: AppInstance): void {
  const tags = ['ledger'];

  app.get(
    '/api/agreements/:idOrCode/ledger',
    {
      schema: {
        tags,
        summary: 'Capacity used/reserved/free, obligations, disbursements and reconciliation (totals and per month)',
        params: z.strictObject({ idOrCode: z.string().min(3).max(64) }),
        response: { 200: agreementLedgerSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => presentLedger(await getAgreementLedger(app.services, request.principal, request.params.idOrCode)),
  );

  app.post(
    '/api/agreements/:id/reservations',
    {
      schema: {
        tags,
        summary: 'Reserve a place for a case (409 capacity_exhausted with the numbers when full)',
        params: idParamsSchema,
        body: reservePlaceSchema,
        response: { 201: reservationSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const reservation = await reservePlaceForCase(app.services, request.principal, request.params.id, request.body.caseId);
      void reply.status(201);
      return reservation;
    },
  );

  app.delete(
    '/api/agreements/:id/reservations/:caseId',
    {
      schema: {
        tags,
        summary: 'Release the place a case reserved (a consumed place stays consumed)',
        params: z.strictObject({ id: z.uuid(), caseId: z.uuid() }),
        response: { 200: reservationSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const released = await releasePlaceForCase(app.services, request.principal, request.params.id, request.params.caseId);
      if (!released) throw new AppError('not_found', `case ${request.params.caseId} holds no place`, { caseId: request.params.caseId });
      return released;
    },
  );

  app.post(
    '/api/agreements/:id/disbursements',
    {
      schema: {
        tags,
        summary: 'Record a payment made (integer minor units; refused on a terminated agreement or in another currency)',
        params: idParamsSchema,
        body: recordDisbursementSchema,
        response: { 201: disbursementSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const disbursement = await recordDisbursement(app.services, request.principal, request.params.id, request.body);
      void reply.status(201);
      return presentDisbursement(disbursement);
    },
  );

  app.post(
    '/api/agreements/:id/obligations',
    {
      schema: {
        tags,
        summary: 'Post a lump-sum obligation (each date and label once)',
        params: idParamsSchema,
        body: recordLumpSumSchema,
        response: { 201: obligationSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const obligation = await recordLumpSumObligation(app.services, request.principal, request.params.id, request.body);
      void reply.status(201);
      return presentObligation(obligation);
    },
  );

  app.post(
    '/api/agreements/:id/obligations/scheduled',
    {
      schema: {
        tags,
        summary: 'Post every lump sum the terms schedule up to a date that is not posted yet',
        params: idParamsSchema,
        body: postScheduledLumpSumsSchema,
        response: { 200: z.object({ posted: z.array(obligationSchema).readonly() }), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => ({ posted: (await postScheduledLumpSums(app.services, request.principal, request.params.id, request.body.asOf)).map(presentObligation) }),
  );
}
