import { writeFile } from 'node:fs/promises';
import { buildOpenApiDocument, OPENAPI_TYPES_PATH, renderOpenApiTypes } from './openapi-types-file.js';

// `npm run api:types`: regenerates the web client's API types from the routes.
await writeFile(OPENAPI_TYPES_PATH, await renderOpenApiTypes(await buildOpenApiDocument()));
process.stdout.write(`wrote ${OPENAPI_TYPES_PATH}\n`);
