import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  it('has defaults that run FocalPoint locally on the embedded database', () => {
    const c = loadConfig({});
    expect(c.port).toBe(8080);
    expect(c.host).toBe('127.0.0.1');
    expect(c.dataDir).toMatch(/\/data$/);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.publicUrl).toBe('http://127.0.0.1:8080');
  });

  it('lists every bad variable at once, without echoing secret values', () => {
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        FOCALPOINT_MASTER_KEY: 'hunter2-not-a-key',
        LOG_LEVEL: 'loud',
      });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems.join('\n');
      for (const name of ['PORT', 'DATABASE_URL', 'FOCALPOINT_MASTER_KEY', 'LOG_LEVEL'])
        expect(problems).toContain(name);
      expect(problems).not.toContain('hunter2');
    }
  });

  it('accepts a master key as base64 or hex, and treats empty variables as unset', () => {
    const hex = 'ab'.repeat(32);
    expect(loadConfig({ FOCALPOINT_MASTER_KEY: hex }).masterKey?.toString('hex')).toBe(hex);
    const b64 = Buffer.alloc(32, 5).toString('base64');
    expect(loadConfig({ FOCALPOINT_MASTER_KEY: b64 }).masterKey?.equals(Buffer.alloc(32, 5))).toBe(true);
    expect(loadConfig({ PORT: '' }).port).toBe(8080);
  });
});
