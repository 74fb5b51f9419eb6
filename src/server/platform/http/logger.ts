import type { FastifyBaseLogger } from 'fastify';
import type { LoggerOptions } from 'pino';
import type { Config } from '../../config.ts';

/**
 * Logs carry the method, the route pattern (never the raw URL: it may hold a search word), the status
 * and the time taken. No IP address, no header, no body, no query string.
 */
export function loggerOptions(level: Config['logLevel']): LoggerOptions {
  return {
    level,
    serializers: {
      req: (req: { method: string; routeOptions?: { url?: string } }) => ({
        method: req.method,
        route: req.routeOptions?.url ?? 'unmatched',
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    redact: { paths: ['req.headers', 'req.body', 'req.query', 'req.ip', 'req.hostname'], remove: true },
  };
}

export type Logger = FastifyBaseLogger;
