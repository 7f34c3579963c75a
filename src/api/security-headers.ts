import type { FastifyRequest } from 'fastify';
import type { AppInstance } from './app-instance.js';

export interface SecurityHeaderOptions {
  /** The server is reached over TLS (WAYPOINT_SECURE_COOKIES=true): always send HSTS. */
  readonly behindTls: boolean;
}

/**
 * Policy for everything that is not the web app's HTML: JSON, the OpenAPI
 * document, Swagger UI. Swagger UI loads its scripts from files (no inline
 * script), but sets inline styles, so styles (only styles) allow 'unsafe-inline'.
 * The web app's index.html gets its own, equally script-strict policy from
 * web.routes.ts; a route that sets a policy keeps it.
 */
export const DEFAULT_CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** JSON answers are never rendered: nothing may load from them and nobody may frame them. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export const HSTS_VALUE = 'max-age=63072000; includeSubDomains';

/**
 * Security headers on every response, including errors and 404s:
 * Content-Security-Policy (no inline script anywhere; frame-ancestors
 * 'none'), HSTS when the request arrived over TLS (directly, through a proxy
 * that says X-Forwarded-Proto: https, or whenever the deployment declares
 * TLS), nosniff, no framing, no referrer, cross-origin isolation of
 * resources, and no header that names the server software or its version.
 *
 * @example registerSecurityHeaders(app, { behindTls: process.env.WAYPOINT_SECURE_COOKIES === 'true' });
 */
export function registerSecurityHeaders(app: AppInstance, options: SecurityHeaderOptions): void {
  app.addHook('onSend', (request, reply, payload, done) => {
    if (!reply.hasHeader('content-security-policy')) {
      const path = request.url.split('?')[0] ?? '';
      void reply.header('content-security-policy', path.startsWith('/api/') || path === '/openapi.json' ? API_CONTENT_SECURITY_POLICY : DEFAULT_CONTENT_SECURITY_POLICY);
    }
    if (options.behindTls || arrivedOverTls(request)) void reply.header('strict-transport-security', HSTS_VALUE);
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('x-frame-options', 'DENY');
    void reply.header('referrer-policy', 'no-referrer');
    void reply.header('cross-origin-opener-policy', 'same-origin');
    void reply.header('cross-origin-resource-policy', 'same-origin');
    void reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    void reply.removeHeader('x-powered-by');
    void reply.removeHeader('server');
    done(null, payload);
  });
}

/**
 * HSTS is only honoured by browsers over HTTPS, so trusting a forged
 * X-Forwarded-Proto costs nothing: at worst a plain-HTTP client ignores it.
 */
function arrivedOverTls(request: FastifyRequest): boolean {
  if (request.protocol === 'https') return true;
  const forwarded = request.headers['x-forwarded-proto'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim().toLowerCase();
  return first === 'https';
}
