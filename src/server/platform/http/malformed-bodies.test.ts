import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextAddress, postReport } from '../../intake/testing/http.ts';
import { startTestContext, type TestContext } from '../../testing/test-context.ts';

/**
 * A body that cannot be read — a multipart form cut short or without its boundary, broken JSON, a form
 * body in an unknown encoding — is the sender's fault: every public route answers 400 (or 413/415) with
 * a localised message, never a 500 (the one answer that logs the error's stack: platform/http/errors.ts).
 */

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestContext();
});
afterAll(async () => {
  await ctx?.close();
});

const BOUNDARY = 'fp-boundary';
const MULTIPART = `multipart/form-data; boundary=${BOUNDARY}`;
const MALFORMED: { name: string; contentType: string; payload: string }[] = [
  {
    name: 'multipart cut short inside a field',
    contentType: MULTIPART,
    payload: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="narrative"\r\n\r\nThey came to my door`,
  },
  {
    name: 'multipart cut short inside a file',
    contentType: MULTIPART,
    payload: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="evidence"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 cut`,
  },
  {
    name: 'multipart without any boundary in the body',
    contentType: MULTIPART,
    payload: 'not a form at all',
  },
  { name: 'multipart without a boundary parameter', contentType: 'multipart/form-data', payload: 'x' },
  {
    name: 'multipart with a broken part header',
    contentType: MULTIPART,
    payload: `--${BOUNDARY}\r\n\u0000\u0001\r\n\r\nx\r\n--${BOUNDARY}--\r\n`,
  },
  { name: 'broken JSON', contentType: 'application/json', payload: '{"narrative": "They came' },
  { name: 'JSON that is not an object', contentType: 'application/json', payload: '"just a string"' },
  { name: 'empty JSON', contentType: 'application/json', payload: '' },
  {
    name: 'form body with broken escapes',
    contentType: 'application/x-www-form-urlencoded',
    payload: 'narrative=%E0%A4%A&%%%=1',
  },
  { name: 'an unknown encoding', contentType: 'application/x-unknown', payload: 'narrative=x' },
];

const ROUTES: { method: 'POST' | 'PATCH'; url: string; receipt?: boolean }[] = [
  { method: 'POST', url: '/api/v1/reports' },
  { method: 'POST', url: '/api/v1/followup/messages', receipt: true },
  { method: 'POST', url: '/api/v1/followup/evidence', receipt: true },
  { method: 'PATCH', url: '/api/v1/followup/consents', receipt: true },
  { method: 'POST', url: '/api/v1/followup/deletion-request', receipt: true },
  { method: 'POST', url: '/api/v1/auth/login' },
  { method: 'POST', url: '/api/v1/setup' },
  { method: 'POST', url: '/fr/report' },
  { method: 'POST', url: '/fr/follow-up' },
];

describe('malformed request bodies on public routes', () => {
  for (const route of ROUTES) {
    it(`${route.method} ${route.url}: never a 500; a refusal is localised`, async () => {
      const { receipt } = await postReport(ctx.app, {
        narrative: 'A report to follow up on.',
        language: 'en',
      });
      for (const body of MALFORMED) {
        const res = await ctx.app.inject({
          method: route.method,
          url: route.url,
          payload: body.payload,
          headers: {
            'content-type': body.contentType,
            'accept-language': 'fr',
            ...(route.receipt ? { authorization: `Receipt ${receipt}` } : {}),
          },
          remoteAddress: nextAddress(),
        });
        // A route that needs no body (a deletion request) or reads a form leniently may still act.
        expect(res.statusCode, body.name).toBeLessThan(500);
        if (res.statusCode < 400) continue;
        // A page route may answer with a page (in the address's language) or the JSON error.
        if (String(res.headers['content-type']).startsWith('text/html')) {
          expect(res.body, body.name).toMatch(/<html lang="fr"/);
          continue;
        }
        const message = (res.json() as { error: { message: string } }).error.message;
        // French: the language the request asked for, not the English default.
        expect(message, body.name).not.toMatch(/could not|Something went wrong|too large|not found/i);
        expect(message.length, body.name).toBeGreaterThan(0);
      }
    });
  }
});
