import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppInstance } from '../api/app-instance.js';
import { TEST_DATABASE_KINDS } from '../test-support/databases.js';
import { isErrorShape, operationsOf, requestArbitrary, type GeneratedRequest, type OpenApiDocument, type Operation, type SchemaContext } from './openapi-requests.js';
import { knownIdsOf, openApiDocumentOf, openSeededProgram, signInDemo, type KnownIds, type SeededProgram } from './seeded-program.js';

/**
 * Walks every operation of /openapi.json with fast-check: schema-valid and
 * mutated requests, as the system operator (no policy) and as a signed-in
 * officer (policy, redaction, CSRF). A 500 anywhere is a violation: it is
 * also how a 2xx body that does not match its declared schema shows (the
 * server validates every response with zod before sending it).
 */
const RUNS_PER_OPERATION = Number(process.env.FUZZ_RUNS ?? (TEST_DATABASE_KINDS.length > 1 ? 15 : 30));

interface Violation {
  readonly request: string;
  readonly status: number;
  readonly body: string;
}

describe.each(TEST_DATABASE_KINDS)('OpenAPI fuzzing (%s)', (kind) => {
  let program: SeededProgram;
  let document: OpenApiDocument;
  let known: KnownIds;

  beforeAll(async () => {
    program = await openSeededProgram(kind);
    document = await openApiDocumentOf(program.operatorApp);
    known = await knownIdsOf(program.context);
  });
  afterAll(async () => {
    await program.dispose();
  });

  it('answers every generated request without a 500, with the error shape on every rejection', async () => {
    const officer = await signInDemo(program.signInApp, 'officer');
    const callers: { name: string; app: AppInstance; headers: Record<string, string>; skip: (operation: Operation) => boolean }[] = [
      // The operator must not disable the officer whose session the second caller uses.
      { name: 'operator', app: program.operatorApp, headers: {}, skip: () => false },
      // Signing out would end the officer's session for the remaining runs (sign-out is covered by the attack suite).
      { name: 'officer', app: program.signInApp, headers: officer.headers, skip: (operation) => operation.method === 'DELETE' && operation.path === '/api/session' },
    ];
    const operations = operationsOf(document);
    const schemaContext: SchemaContext = { components: document.components?.schemas ?? {}, knownIds: [...known.cases, ...known.people, ...known.agreements] };
    const pathValues = (name: string): readonly string[] =>
      name === 'username' ? known.usernames.filter((username) => username !== 'officer') : name === 'idOrCode' ? [...known.agreements, ...known.agreementCodes] : name === 'code' ? ['RW', 'GB', 'XX'] : [...known.cases, ...known.people, ...known.agreements, ...known.decisions];

    const violations: Violation[] = [];
    const statusCounts = new Map<number, number>();
    let generated = 0;
    for (const caller of callers) {
      for (const operation of operations) {
        if (caller.skip(operation)) continue;
        await fc.assert(
          fc.asyncProperty(requestArbitrary(operation, schemaContext, pathValues, caller.headers), async (request) => {
            generated += 1;
            const response = await caller.app.inject({ method: request.method, url: request.url, headers: request.headers, ...(request.payload !== undefined && { payload: request.payload }) });
            statusCounts.set(response.statusCode, (statusCounts.get(response.statusCode) ?? 0) + 1);
            const violation = judge(request, response.statusCode, response.headers['content-type'], response.body);
            if (violation) violations.push({ ...violation, request: `${caller.name} ${violation.request}` });
          }),
          { numRuns: RUNS_PER_OPERATION, seed: Number(process.env.FUZZ_SEED ?? 1913) },
        );
      }
    }
    const statuses = [...statusCounts.entries()].sort(([a], [b]) => a - b).map(([status, count]) => `${status}:${count}`).join(' ');
    console.log(`[fuzz ${kind}] operations=${operations.length} callers=${callers.length} requests generated=${generated} statuses ${statuses} violations=${violations.length}`);
    expect(violations.slice(0, 5)).toEqual([]);
    expect(generated).toBeGreaterThanOrEqual(operations.length * RUNS_PER_OPERATION);
  });
});

function judge(request: GeneratedRequest, status: number, contentType: string | number | string[] | undefined, body: string): Violation | null {
  const describe = `${request.method} ${request.url.slice(0, 200)} (${request.variant})`;
  if (status >= 500) return { request: describe, status, body: body.slice(0, 300) };
  if (status >= 400) {
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(body);
    } catch {
      // not JSON: a violation below
    }
    if (!isErrorShape(parsed)) return { request: describe, status, body: `not the error shape: ${body.slice(0, 300)}` };
  } else if (status >= 200 && status < 300 && status !== 204 && !String(contentType).startsWith('application/json')) {
    return { request: describe, status, body: `2xx that is not JSON (${String(contentType)})` };
  }
  return null;
}
