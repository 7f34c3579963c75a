import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../core/errors.js';
import type { AppInstance } from '../app-instance.js';

/** dist/web, found from both src/api/routes (tests) and dist/api/routes (built server). */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../../dist/web/', import.meta.url));

/**
 * Paths never answered with the single-page app: the server's own, and
 * /assets, where a missing file (an old hash after a deploy) must be a 404,
 * not HTML the browser refuses to run as a script.
 */
const SERVER_PATH_PREFIXES = ['/api', '/docs', '/openapi.json', '/healthz', '/readyz', '/assets'] as const;

/**
 * Scripts only from this origin; Mantine writes its CSS variables into a
 * <style> element and charts set inline styles, so styles allow 'unsafe-inline'.
 */
const APP_CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

const UI_NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Waypoint: web UI not built</title></head>
<body><main><h1>Waypoint</h1><p>The web UI is not built. Run <code>npm run build</code>, then reload.</p>
<p>The API answers under <a href="/api/cases">/api</a>; its documentation is at <a href="/docs">/docs</a>.</p></main></body></html>
`;

export interface WebRoutesOptions {
  /** Folder holding the built app (index.html and assets/); defaults to dist/web. */
  readonly webRoot?: string;
}

/**
 * Serves the built React app at `/`: hashed files under /assets with a year
 * of immutable caching, index.html never cached, and every other GET path
 * that is not the server's own (/api, /docs, health) answered with
 * index.html so deep links work. Without a build it serves a short
 * "UI not built" page instead of failing to start.
 *
 * @example await registerWebRoutes(app); // after the API routes
 */
export async function registerWebRoutes(app: AppInstance, options: WebRoutesOptions = {}): Promise<void> {
  const webRoot = options.webRoot ?? DEFAULT_WEB_ROOT;
  const isBuilt = existsSync(`${webRoot}/index.html`);

  await app.register(async (scope) => {
    // The app shell is public; the data it loads is guarded by the API routes.
    scope.addHook('onRoute', (route) => {
      route.config = { ...route.config, public: true };
    });

    if (!isBuilt) {
      const sendNotBuilt = (request: FastifyRequest, reply: FastifyReply): FastifyReply => {
        rejectServerPaths(request);
        return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(UI_NOT_BUILT_PAGE);
      };
      scope.get('/', { schema: { hide: true } }, sendNotBuilt);
      scope.get('/*', { schema: { hide: true } }, sendNotBuilt);
      return;
    }

    await scope.register(fastifyStatic, {
      root: webRoot,
      // One route per built file (no wildcard), so the SPA fallback below owns every other path.
      wildcard: false,
      index: false,
      cacheControl: false,
      setHeaders(reply, filePath) {
        const isHashedAsset = filePath.includes('/assets/');
        void reply.header('cache-control', isHashedAsset ? 'public, max-age=31536000, immutable' : 'no-cache');
        if (filePath.endsWith('.html')) void reply.header('content-security-policy', APP_CONTENT_SECURITY_POLICY);
      },
    });

    const sendApp = (request: FastifyRequest, reply: FastifyReply): FastifyReply => {
      rejectServerPaths(request);
      return reply.header('cache-control', 'no-cache').header('content-security-policy', APP_CONTENT_SECURITY_POLICY).sendFile('index.html');
    };
    scope.get('/', { schema: { hide: true } }, sendApp);
    scope.get('/*', { schema: { hide: true } }, sendApp);
  });
}

/** An unknown /api path must stay a JSON 404, not become the app's HTML. */
function rejectServerPaths(request: FastifyRequest): void {
  const path = request.url.split('?')[0] ?? '';
  if (SERVER_PATH_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))) {
    throw new AppError('route_not_found', `no route ${request.method} ${path}`, {});
  }
}
