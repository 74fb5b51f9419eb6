import { describe, expect, it } from 'vitest';
import { networkOf, RateLimiter } from './rate-limit.ts';

describe('RateLimiter', () => {
  it('lets a bucket empty, then refill with time, and names the wait in seconds', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(() => now);
    const bucket = { capacity: 3, windowSeconds: 60 };
    for (let i = 0; i < 3; i++) limiter.consume([{ key: 'k', bucket }]);
    expect(() => limiter.consume([{ key: 'k', bucket }])).toThrow('error.rateLimited');
    expect(limiter.wait('k', bucket)).toBe(20);
    now += 20_000;
    expect(limiter.wait('k', bucket)).toBe(0);
    limiter.consume([{ key: 'k', bucket }]);
  });

  it('takes from no bucket when one of them is empty', () => {
    const limiter = new RateLimiter(() => 0);
    const small = { capacity: 1, windowSeconds: 60 };
    const big = { capacity: 10, windowSeconds: 60 };
    limiter.consume([{ key: 'small', bucket: small }]);
    expect(() =>
      limiter.consume([
        { key: 'big', bucket: big },
        { key: 'small', bucket: small },
      ]),
    ).toThrow();
    expect(limiter.wait('big', { capacity: 1, windowSeconds: 60 })).toBe(0);
  });

  it('answers 429 with Retry-After and minutes for the message', () => {
    const limiter = new RateLimiter(() => 0);
    const bucket = { capacity: 1, windowSeconds: 3600 };
    limiter.consume([{ key: 'k', bucket }]);
    try {
      limiter.consume([{ key: 'k', bucket }]);
      expect.unreachable();
    } catch (err) {
      const e = err as { status: number; headers: Record<string, string>; params: { minutes: number } };
      expect(e.status).toBe(429);
      expect(e.headers['retry-after']).toBe('3600');
      expect(e.params.minutes).toBe(60);
    }
  });

  it('names sources by a keyed hash that changes every hour, never by the address', () => {
    let now = 0;
    const limiter = new RateLimiter(() => now);
    const a = limiter.sourceOf('203.0.113.9');
    expect(a).not.toContain('203');
    expect(limiter.sourceOf('203.0.113.9')).toBe(a);
    expect(limiter.sourceOf('203.0.113.10')).not.toBe(a);
    expect(new RateLimiter(() => now).sourceOf('203.0.113.9')).not.toBe(a);
    now += 3600_000;
    expect(limiter.sourceOf('203.0.113.9')).not.toBe(a);
  });

  it('groups IPv6 addresses by their /64', () => {
    expect(networkOf('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(networkOf('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(networkOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(networkOf('::ffff:198.51.100.7')).toBe('198.51.100.7');
    expect(networkOf('198.51.100.7')).toBe('198.51.100.7');
  });
});
