import { describe, expect, it } from 'vitest';
import { sentenceStream, toSentence } from './log-sentences.ts';

const time = Date.parse('2026-12-05T15:04:05Z');

describe('start-up output on a terminal', () => {
  it('reads as sentences in the operator’s language', () => {
    const listening = { level: 30, time, code: 'server.listening', url: 'http://127.0.0.1:8080', msg: 'x' };
    expect(toSentence(listening, 'en')).toBe(
      '15:04:05  FocalPoint is listening on http://127.0.0.1:8080 — public site http://127.0.0.1:8080/, staff console http://127.0.0.1:8080/console/\n',
    );
    expect(toSentence(listening, 'fr')).toContain('FocalPoint écoute sur http://127.0.0.1:8080');
    expect(
      toSentence(
        { level: 50, time, msg: 'the database is unreachable', err: { message: 'ECONNREFUSED' } },
        'fr',
      ),
    ).toBe('15:04:05  Erreur : the database is unreachable (ECONNREFUSED)\n');
  });

  it('frames the one-time set-up link so that it stands out', () => {
    const text = toSentence(
      {
        level: 40,
        time,
        code: 'setup.link',
        setupLink: 'http://h/console/setup?token=abc',
        setupValidHours: 24,
      },
      'en',
    );
    expect(text).toContain('║ No administrator exists yet.');
    expect(text).toContain('within 24 hours');
    expect(text).toMatch(/║ {5}http:\/\/h\/console\/setup\?token=abc\n/);
    expect(text.startsWith('\n╔')).toBe(true);
  });

  it('leaves per-request lines to log systems unless something went wrong', () => {
    expect(toSentence({ level: 30, time, msg: 'request completed' }, 'en')).toBe('');
    expect(toSentence({ level: 50, time, msg: 'request completed' }, 'en')).toContain('Error:');
  });

  it('writes what is not JSON unchanged', () => {
    const written: string[] = [];
    const stream = sentenceStream({ write: (s) => written.push(s) }, 'en');
    stream.write('plain text\n');
    stream.write(`${JSON.stringify({ level: 30, time, msg: 'ready' })}\n`);
    expect(written).toEqual(['plain text\n', '15:04:05  ready\n']);
  });
});
