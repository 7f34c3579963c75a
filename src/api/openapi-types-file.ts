import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { createAuthorizer } from '../access/authorizer.js';
import { AuditSealer } from '../audit/sealer.js';
import { systemPrincipal } from '../core/principal.js';
import { openDatabase } from '../db/database.js';
import { buildServer } from './server.js';

/** The committed TypeScript types of the API the web client compiles against. */
export const OPENAPI_TYPES_PATH = fileURLToPath(new URL('../../src/web/api/openapi-types.ts', import.meta.url));

const GENERATED_HEADER = `/**
 * The Waypoint API as TypeScript types, generated from the server's OpenAPI
 * document by \`npm run api:types\`. Do not edit: src/api/openapi-types-file.test.ts
 * fails when this file no longer matches the routes.
 */

`;

/**
 * The OpenAPI document exactly as /openapi.json serves it, built in-process
 * over an in-memory PGlite (no port, no data directory).
 *
 * @example const document = await buildOpenApiDocument(); // { openapi: '3.1.0', paths: {...} }
 */
export async function buildOpenApiDocument(): Promise<OpenAPI3> {
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  const sealer = new AuditSealer(database.db);
  const app = await buildServer({
    services: { db: database.db, clock: { now: () => new Date() }, sealer, authorizer: await createAuthorizer(), identityIndexKey: randomBytes(32), personKeyEncryptionKey: randomBytes(32) },
    databaseKind: database.kind,
    resolvePrincipal: () => Promise.resolve(systemPrincipal('openapi-types')),
    logger: false,
  });
  try {
    await app.ready();
    return app.swagger() as OpenAPI3;
  } finally {
    await app.close();
    await sealer.stop();
    await database.close();
  }
}

/**
 * The text of src/web/api/openapi-types.ts for a document: deterministic, so
 * the staleness test can compare it byte for byte.
 *
 * @example await writeFile(OPENAPI_TYPES_PATH, await renderOpenApiTypes(await buildOpenApiDocument()));
 */
export async function renderOpenApiTypes(document: OpenAPI3): Promise<string> {
  const ast = await openapiTS(document, { immutable: true, alphabetize: true });
  return GENERATED_HEADER + astToString(ast);
}
