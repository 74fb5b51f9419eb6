import { Validator } from '@seriousme/openapi-schema-validator';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startTestContext, type TestContext } from '../../testing/test-context.ts';
import { AppError, registerErrorHandler } from './errors.ts';
import { registerSecurityHeaders } from './security-headers.ts';

describe('the HTTP platform of the real app', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await startTestContext();
  });
  afterAll(() => ctx.close());

  it('answers /healthz and /readyz when the database answers', async () => {
    const health = await ctx.app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: 'ok' });
    expect((await ctx.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
  });

  it('sends the security headers DESIGN.md lists on every answer', async () => {
    for (const url of ['/healthz', '/no-such-page']) {
      const res = await ctx.app.inject({ method: 'GET', url });
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });

  it('answers an unknown route with a localised 404 and no stack', async () => {
    const res = await ctx.app.inject({
      method: 'GET',
      url: '/nowhere',
      headers: { 'accept-language': 'fr-CA' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'notFound', message: 'Introuvable.' } });
  });

  it('answers a malformed URL or an overlong path parameter without repeating it', async () => {
    const long = await ctx.app.inject({ method: 'GET', url: `/api/v1/cases/${'A'.repeat(5000)}` });
    expect(long.statusCode).toBe(404);
    expect(long.body).not.toContain('AAAA');
    expect(long.headers['content-security-policy']).toBeDefined();
    const bad = await ctx.app.inject({ method: 'GET', url: '/api/v1/cases/%E0%A4%A' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).not.toContain('%E0');
  });

  it('serves an OpenAPI 3.1 document that a real validator accepts', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/healthz');
    const validator = new Validator();
    const result = await validator.validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('answers 503 with Retry-After when the database is gone', async () => {
    const other = await startTestContext();
    await other.deps.db.close();
    const res = await other.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    await other.app.close();
  });
});

describe('the error handler', () => {
  const build = async () => {
    const app = Fastify({ logger: false, bodyLimit: 1000 }).withTypeProvider<ZodTypeProvider>();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    registerErrorHandler(app);
    await registerSecurityHeaders(app);
    app.post(
      '/things',
      {
        schema: {
          body: z.object({
            language: z.string().optional(),
            name: z.string().min(1).max(10),
            kind: z.enum(['a', 'b']),
          }),
        },
      },
      async () => ({ ok: true }),
    );
    app.get('/boom', async () => {
      throw new Error('secret detail at /home/app/file.ts: narrative=my story');
    });
    app.get('/conflict', async () => {
      throw new AppError(409, 'error.conflict');
    });
    return app;
  };

  it('answers 400 with one localised message per field and never echoes the value', async () => {
    const app = await build();
    const res = await app.inject({
      method: 'POST',
      url: '/things',
      payload: { language: 'fr', name: 'a name far too long for this', kind: 'zzz-secret' },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('validation');
    expect(body.error.fields.name).toBe('C’est trop long (au plus 10 caractères).');
    expect(body.error.fields.kind).toBe('Ce choix ne fait pas partie de ceux proposés.');
    expect(res.body).not.toContain('zzz-secret');
    expect(res.body).not.toContain('far too long');
  });

  it('answers 413 for an oversize body and 400 for malformed JSON', async () => {
    const app = await build();
    const big = await app.inject({
      method: 'POST',
      url: '/things',
      payload: { name: 'x'.repeat(5000), kind: 'a' },
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('payloadTooLarge');
    const bad = await app.inject({
      method: 'POST',
      url: '/things',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(bad.statusCode).toBe(400);
  });

  it('turns an unexpected failure into a 500 that reveals nothing', async () => {
    const app = await build();
    const res = await app.inject({ method: 'GET', url: '/boom' });
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('secret');
    expect(res.body).not.toContain('file.ts');
    expect(res.json().error.code).toBe('internal');
    expect((await app.inject({ method: 'GET', url: '/conflict' })).statusCode).toBe(409);
  });
});
