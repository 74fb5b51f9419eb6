import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../platform/http/errors.ts';

/** Where `vite build` puts the staff console (vite.config.ts). */
export const consoleDir = fileURLToPath(new URL('../../../dist/console/', import.meta.url));

const ASSETS = '/console/assets/';

/**
 * Serves the built staff console under /console: fingerprinted assets with a long cache, everything else
 * (any /console/* path the single-page app routes itself) answered with index.html, never cached.
 */
export function consoleRoutes(_deps: AppDeps, opts: { dir?: string } = {}): FastifyPluginAsync {
  const dir = opts.dir ?? consoleDir;
  return async (app) => {
    const built = existsSync(path.join(dir, 'index.html'));
    if (!built) {
      // Tests and `npm run dev` may run without a build; say so instead of a bare 404.
      app.get('/console', { schema: { hide: true } }, async () => {
        throw new AppError(503, 'console.notBuilt');
      });
      return;
    }
    await app.register(fastifyStatic, {
      root: dir,
      prefix: '/console/',
      wildcard: false,
      index: false,
      cacheControl: false,
      etag: true,
      lastModified: false,
      serveDotFiles: false,
    });
    app.addHook('onSend', async (req, reply, payload) => {
      // Runs after the app-wide `no-store` default, so it can relax it for immutable, hashed files only.
      if (req.url.startsWith(ASSETS) && reply.statusCode === 200) {
        reply.header('cache-control', 'public, max-age=31536000, immutable');
      }
      return payload;
    });
    const sendIndex = (reply: FastifyReply) =>
      reply.header('cache-control', 'no-store').sendFile('index.html');
    app.get('/console', { schema: { hide: true } }, (_req, reply) => sendIndex(reply));
    app.get('/console/*', { schema: { hide: true } }, async (req, reply) => {
      // A missing asset is a 404, not the app: a stale tab must not load HTML as a script.
      if (req.url.startsWith(ASSETS)) throw new AppError(404, 'error.notFound');
      return sendIndex(reply);
    });
  };
}
