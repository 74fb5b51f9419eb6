import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/**
 * Headers from DESIGN.md: strict CSP with no inline script, no framing, no referrer, HSTS, COOP/CORP.
 * Every answer is `no-store` unless a route opts in to caching (fingerprinted static assets only):
 * a shared computer must not keep a victim's pages.
 *
 * helmet writes them; nothing in them depends on the request (no nonces: there is no inline script), so
 * they are computed once here and set in one call per answer. (@fastify/helmet, used before, rebuilt
 * helmet from its options on every request: about 3% of the server's time on intake.)
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = headersFromHelmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      workerSrc: ["'self'", 'blob:'],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      frameSrc: ["'none'"],
      manifestSrc: ["'self'"],
    },
  },
  strictTransportSecurity: { maxAge: 63_072_000, includeSubDomains: true, preload: false },
  referrerPolicy: { policy: 'no-referrer' },
  crossOriginOpenerPolicy: { policy: 'same-origin' },
  crossOriginResourcePolicy: { policy: 'same-origin' },
  crossOriginEmbedderPolicy: false,
  xFrameOptions: { action: 'deny' },
});

function headersFromHelmet(options: Parameters<typeof helmet>[0]): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string) => {
      headers[name.toLowerCase()] = value;
    },
    removeHeader: () => {},
  };
  helmet(options)(
    {} as Parameters<ReturnType<typeof helmet>>[0],
    recorder as unknown as Parameters<ReturnType<typeof helmet>>[1],
    (err?: unknown) => {
      if (err) throw err;
    },
  );
  headers['permissions-policy'] = 'camera=(), microphone=(), geolocation=(), interest-cohort=()';
  return headers;
}

export async function registerSecurityHeaders(app: FastifyInstance, opts: { onionLocation?: string } = {}) {
  app.addHook('onRequest', (_req, reply, done) => {
    reply.headers(SECURITY_HEADERS);
    done();
  });
  const onion = opts.onionLocation;
  app.addHook('onSend', (req, reply, payload, done) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    // Tor Browser offers the onion service for the page being read (the same path there).
    if (onion && String(reply.getHeader('content-type') ?? '').startsWith('text/html'))
      reply.header('onion-location', `${onion}${req.url}`);
    done(null, payload);
  });
}

/**
 * For answers written before any hook runs (the router's own errors): a minimal set that forbids
 * everything, which suits a JSON error body.
 */
export const BARE_ERROR_HEADERS = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'",
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'cross-origin-resource-policy': 'same-origin',
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
  'cache-control': 'no-store',
} as const;
