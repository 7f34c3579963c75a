import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument, OPENAPI_TYPES_PATH, renderOpenApiTypes } from './openapi-types-file.js';

describe('committed web API types', () => {
  it('match the routes (run `npm run api:types` when this fails)', async () => {
    const document = await buildOpenApiDocument();
    const committed = await readFile(OPENAPI_TYPES_PATH, 'utf8');
    expect(committed).toBe(await renderOpenApiTypes(document));
  });

});
