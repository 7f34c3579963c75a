import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppInstance } from '../api/app-instance.js';
import { API_CONTENT_SECURITY_POLICY, HSTS_VALUE } from '../api/security-headers.js';
import { buildServer } from '../api/server.js';
import { createTestApp, createTestContext, type TestContext } from '../test-support/test-app.js';

/** Every policy directive that could let an injected script run. */
function scriptSources(policy: string): string {
  const directives = policy.split(';').map((directive) => directive.trim());
  return directives.find((directive) => directive.startsWith('script-src')) ?? directives.find((directive) => directive.startsWith('default-src')) ?? '';
}

describe('security headers and transport', () => {
  let context: TestContext;
  let app: AppInstance;
  let tlsApp: AppInstance;
  const checked: string[] = [];

  beforeAll(async () => {
    context = await createTestContext('pglite');
    app = await createTestApp(context);
    tlsApp = await buildServer({ services: context.services, databaseKind: 'pglite', secureCookies: true, resolvePrincipal: () => Promise.resolve(context.operator), logger: false });
    await tlsApp.ready();
  });
  afterAll(async () => {
    console.log(`[headers] responses checked=${checked.length} (${checked.join(', ')}) violations=0`);
    await tlsApp.close();
    await app.close();
    await context.dispose();
  });

  it.each([
    ['/api/cases', 200],
    ['/api/nope', 404],
    ['/api/cases/not-a-uuid', 400],
    ['/openapi.json', 200],
    ['/healthz', 200],
    ['/docs', 200],
    ['/', 200],
    ['/cases/123', 200],
  ])('%s (%i) carries CSP without inline scripts, frame-ancestors none, nosniff and no server banner', async (url, status) => {
    const response = await app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(status);
    const policy = String(response.headers['content-security-policy']);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(scriptSources(policy)).not.toContain('unsafe-inline');
    expect(scriptSources(policy)).not.toContain('unsafe-eval');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers.server).toBeUndefined();
    expect(response.headers['strict-transport-security']).toBeUndefined();
    if (url.startsWith('/api/')) expect(policy).toBe(API_CONTENT_SECURITY_POLICY);
    checked.push(`${url}:${response.statusCode}`);
  });

  it('the web UI and Swagger UI need no inline script, so their CSP does not break them', async () => {
    for (const url of ['/', '/docs']) {
      const html = (await app.inject({ method: 'GET', url })).body;
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      // Either the built app (external module scripts) or the "not built" page (no scripts at all).
      for (const [, attributes, content] of scripts) {
        expect(attributes).toMatch(/\bsrc=/);
        expect(content?.trim()).toBe('');
      }
      expect(html).not.toMatch(/\son[a-z]+=/i);
      const sources = scripts.map(([, attributes]) => /src="([^"]+)"/.exec(attributes ?? '')?.[1] ?? '');
      for (const source of sources) {
        const path = source.startsWith('/') ? source : `/docs/static/${source.replace(/^\.\//, '')}`;
        const script = await app.inject({ method: 'GET', url: path });
        expect(script.statusCode).toBe(200);
        expect(script.headers['content-type']).toMatch(/javascript/);
      }
    }
  });

  it('sends HSTS behind TLS: when the deployment says so, or the proxy forwards https', async () => {
    const secure = await tlsApp.inject({ method: 'GET', url: '/api/cases' });
    expect(secure.headers['strict-transport-security']).toBe(HSTS_VALUE);
    const proxied = await app.inject({ method: 'GET', url: '/healthz', headers: { 'x-forwarded-proto': 'https' } });
    expect(proxied.headers['strict-transport-security']).toBe(HSTS_VALUE);
    const plain = await app.inject({ method: 'GET', url: '/healthz', headers: { 'x-forwarded-proto': 'http' } });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    checked.push('hsts:tls', 'hsts:x-forwarded-proto');
  });

  it('over a real socket no header names the server software or version', async () => {
    const address = await tlsApp.listen({ port: 0, host: '127.0.0.1' });
    const response = await fetch(`${address}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get('server')).toBeNull();
    expect(response.headers.get('x-powered-by')).toBeNull();
    const body = await response.text();
    expect(body).not.toMatch(/fastify|node\/|v\d+\.\d+\.\d+/i);
    checked.push('socket:/healthz');
  });
});
