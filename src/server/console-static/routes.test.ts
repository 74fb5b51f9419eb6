import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../deps.ts';
import { registerErrorHandler } from '../platform/http/errors.ts';
import { registerSecurityHeaders } from '../platform/http/security-headers.ts';
import { consoleRoutes } from './routes.ts';

let app: FastifyInstance;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fp-console-'));
  await mkdir(path.join(dir, 'assets'));
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>console</title>');
  await writeFile(path.join(dir, 'assets', 'index-abc123.js'), 'export {};');
  app = Fastify({ logger: false });
  registerErrorHandler(app);
  await registerSecurityHeaders(app);
  await app.register(consoleRoutes({} as AppDeps, { dir }));
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the console under /console', () => {
  it('answers every app path with index.html, never cached, under the strict CSP', async () => {
    for (const url of ['/console', '/console/', '/console/cases/123', '/console/setup?token=x']) {
      const res = await app.inject(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toContain('<title>console</title>');
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    }
  });

  it('caches fingerprinted assets for a year, and 404s a missing one', async () => {
    const asset = await app.inject('/console/assets/index-abc123.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-type']).toContain('javascript');
    const missing = await app.inject('/console/assets/index-gone.js');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-store');
  });
});
