import http from 'node:http';
import formbody from '@fastify/formbody';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { hoistStaffGuards } from './auth/guard.ts';
import type { AppDeps } from './deps.ts';
import type { Feature } from './feature.ts';
import { FEATURES } from './features.ts';
import { AppError, notFound, registerErrorHandler, sendError } from './platform/http/errors.ts';
import { acceptProxyProtocol } from './platform/http/proxy-protocol.ts';
import { BARE_ERROR_HEADERS, registerSecurityHeaders } from './platform/http/security-headers.ts';

export const API_INFO = {
  title: 'FocalPoint API',
  version: '1',
  description:
    'Public intake and follow-up, staff case management, referrals, linking and monitoring. ' +
    'Staff routes need the session cookie from POST /api/v1/auth/login and, on every state-changing request, ' +
    'the x-csrf-token header it returned.',
};

/**
 * The HTTP app: Fastify with the zod type provider, security headers, the localised error handler, the
 * OpenAPI document, and every feature's routes (features.ts). While it is up, the runtime's scheduler runs
 * the features' background jobs; closing the app lets the runs under way finish.
 */
export async function buildApp(
  deps: AppDeps,
  opts: { features?: readonly Feature[] } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.runtime.log as FastifyBaseLogger,
    // Behind Tor's onion service, each connection names its circuit first (platform/http/proxy-protocol.ts).
    ...(deps.config.proxyProtocol
      ? {
          serverFactory: (handler: http.RequestListener) => {
            const server = http.createServer(handler);
            acceptProxyProtocol(server);
            return server;
          },
        }
      : {}),
    trustProxy: deps.config.trustProxy,
    bodyLimit: 1024 * 1024,
    // Request ids are random per request, never derived from the client.
    genReqId: () => crypto.randomUUID(),
    routerOptions: { ignoreTrailingSlash: true },
    // The router's own errors (a malformed URL, an overlong path parameter) would otherwise answer with
    // Fastify's default body, which repeats the URL: they get our localised answer instead.
    frameworkErrors: (err, req, reply) =>
      sendError(
        req,
        reply.headers(BARE_ERROR_HEADERS),
        err.code === 'FST_ERR_MAX_PARAM_LENGTH' ? notFound() : new AppError(400, 'error.badRequest'),
      ),
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  await registerSecurityHeaders(
    app,
    deps.config.onionLocation ? { onionLocation: deps.config.onionLocation } : {},
  );
  await app.register(formbody, { bodyLimit: 1024 * 1024 });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: API_INFO,
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'fp_session' },
          receipt: { type: 'apiKey', in: 'header', name: 'Authorization', description: 'Receipt <receipt>' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });

  hoistStaffGuards(app);
  for (const feature of opts.features ?? FEATURES) {
    if (feature.routes) await app.register(feature.routes(deps));
  }
  app.addHook('onReady', async () => deps.runtime.scheduler.start());
  app.addHook('onClose', async () => deps.runtime.scheduler.stop());

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  return app;
}
