import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestContext, type TestContext } from '../testing/test-context.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestContext();
});
afterAll(async () => {
  await ctx?.close();
});

it('limits sign-in attempts per source, whatever addresses they try', async () => {
  const attempt = (i: number) =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: `spray${i}@focalpoint.test`, password: 'x', totp: 'nope' },
    });
  const statuses: number[] = [];
  for (let i = 0; i < 61; i++) statuses.push((await attempt(i)).statusCode);
  expect(statuses.slice(0, 60).every((s) => s === 400)).toBe(true);
  const limited = await attempt(99);
  expect(limited.statusCode).toBe(429);
  expect(limited.json().error.code).toBe('rateLimited');
  expect(statuses[60]).toBe(429);
});
