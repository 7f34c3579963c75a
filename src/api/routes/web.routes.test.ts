import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppInstance } from '../app-instance.js';
import { errorHandler } from '../error-handler.js';
import { registerWebRoutes } from './web.routes.js';

async function webApp(webRoot: string): Promise<AppInstance> {
  const app = Fastify().withTypeProvider<ZodTypeProvider>();
  app.setErrorHandler(errorHandler);
  app.get('/api/cases', () => ({ items: [] }));
  await registerWebRoutes(app, { webRoot });
  await app.ready();
  return app;
}

describe('web routes with a built app', () => {
  let webRoot: string;
  let app: AppInstance;
  beforeAll(async () => {
    webRoot = await mkdtemp(join(tmpdir(), 'waypoint-web-'));
    await mkdir(join(webRoot, 'assets'));
    await writeFile(join(webRoot, 'index.html'), '<!doctype html><title>app</title>');
    await writeFile(join(webRoot, 'assets', 'index-abc123.js'), 'console.log(1)');
    app = await webApp(webRoot);
  });
  afterAll(async () => {
    await app.close();
    await rm(webRoot, { recursive: true, force: true });
  });

  it('answers deep links with index.html, never cached, under a script-src self policy', async () => {
    const response = await app.inject({ method: 'GET', url: '/cases/0b1c?state=cleared' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('<!doctype html><title>app</title>');
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['content-security-policy']).toContain("script-src 'self';");
  });

  it('answers / with index.html', async () => {
    const response = await app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('<!doctype html><title>app</title>');
  });

  it('serves hashed assets with a year of immutable caching', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('console.log(1)');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('keeps unknown /api and /assets paths as JSON 404s, not the app', async () => {
    for (const url of ['/api/nope', '/api', '/assets/index-old999.js', '/docs/missing']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(404);
      expect(response.json(), url).toEqual({ error: { code: 'route_not_found', message: `no route GET ${url}`, details: {} } });
    }
  });

  it('leaves the API routes to the API', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/cases' });
    expect(response.json()).toEqual({ items: [] });
  });
});

describe('web routes without a build', () => {
  it('serve a "UI not built" page instead of failing', async () => {
    const app = await webApp(join(tmpdir(), 'waypoint-web-missing-build'));
    const response = await app.inject({ method: 'GET', url: '/cases' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('The web UI is not built. Run <code>npm run build</code>');
    expect(response.headers['cache-control']).toBe('no-store');
    expect((await app.inject({ method: 'GET', url: '/api/nope' })).statusCode).toBe(404);
    await app.close();
  });
});
