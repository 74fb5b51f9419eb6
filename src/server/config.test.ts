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

  it('takes the audit checkpoints’ interval and auditors, and refuses addresses it could not mail', () => {
    expect(loadConfig({}).auditCheckpoint).toEqual({ everyMinutes: 60, emailTo: [] });
    const c = loadConfig({
      SMTP_URL: 'smtp://127.0.0.1:25',
      FOCALPOINT_AUDIT_CHECKPOINT_MINUTES: '15',
      FOCALPOINT_AUDIT_CHECKPOINT_EMAIL: 'auditor@oversight.test, board@oversight.test',
    });
    expect(c.auditCheckpoint).toEqual({
      everyMinutes: 15,
      emailTo: ['auditor@oversight.test', 'board@oversight.test'],
    });
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env);
        return '';
      } catch (err) {
        return (err as ConfigError).problems.join('\n');
      }
    };
    expect(
      problems({ SMTP_URL: 'smtp://x', FOCALPOINT_AUDIT_CHECKPOINT_EMAIL: 'auditor, nobody' }),
    ).toContain('FOCALPOINT_AUDIT_CHECKPOINT_EMAIL');
    expect(problems({ FOCALPOINT_AUDIT_CHECKPOINT_EMAIL: 'auditor@oversight.test' })).toContain(
      'needs SMTP_URL',
    );
    expect(problems({ FOCALPOINT_AUDIT_CHECKPOINT_MINUTES: '0' })).toContain(
      'FOCALPOINT_AUDIT_CHECKPOINT_MINUTES',
    );
  });

  it('takes every public limit from the environment, and names a bad one', () => {
    const c = loadConfig({
      FOCALPOINT_LIMIT_REPORT_PER_SOURCE_UNVERIFIED: '3/600',
      FOCALPOINT_LIMIT_HOLD_UNVERIFIED_ABOVE_PER_MINUTE: '5',
      FOCALPOINT_LIMIT_POW_DIFFICULTY: '20',
    });
    expect(c.publicLimits.reportPerSourceUnverified).toEqual({ capacity: 3, windowSeconds: 600 });
    expect(c.publicLimits.holdUnverifiedAbovePerMinute).toBe(5);
    expect(c.publicLimits.powDifficulty).toBe(20);
    expect(c.publicLimits.followupPerSource).toEqual(loadConfig({}).publicLimits.followupPerSource);
    expect(() => loadConfig({ FOCALPOINT_LIMIT_FOLLOWUP_PER_SOURCE: 'lots' })).toThrow(
      /FOCALPOINT_LIMIT_FOLLOWUP_PER_SOURCE: must be CAPACITY\/SECONDS/,
    );
  });

  it('takes the per-user search limit from the environment', () => {
    expect(loadConfig({}).staffLimits.searchPerUser).toEqual({ capacity: 60, windowSeconds: 600 });
    expect(loadConfig({ FOCALPOINT_LIMIT_SEARCH_PER_USER: '20/300' }).staffLimits.searchPerUser).toEqual({
      capacity: 20,
      windowSeconds: 300,
    });
    expect(() => loadConfig({ FOCALPOINT_LIMIT_SEARCH_PER_USER: '0/300' })).toThrow(
      /FOCALPOINT_LIMIT_SEARCH_PER_USER: capacity and seconds must be positive/,
    );
  });

  it('documents every variable in the README', async () => {
    const { readFile } = await import('node:fs/promises');
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const { configVariables } = await import('./config.ts');
    for (const name of configVariables) expect(readme, name).toContain(name);
  });
});
