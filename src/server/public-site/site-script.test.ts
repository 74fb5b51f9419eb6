import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATIC_DIR } from './static-assets.ts';

/**
 * The browser solves the proof of work with its own SHA-256 (site.js; no library, nothing from
 * elsewhere). A wrong hash would make every solution fail quietly and every report "unverified", so the
 * script's function is checked here against node:crypto.
 */
async function browserSha256First(): Promise<(text: string) => number> {
  const source = await readFile(path.join(STATIC_DIR, 'site.js'), 'utf8');
  const start = source.indexOf('const K = new Uint32Array');
  const end = source.indexOf('// Supports difficulties');
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  return new Function(`${source.slice(start, end)}; return sha256First;`)() as (text: string) => number;
}

describe('site.js proof of work', () => {
  it('computes the same first 32 bits of SHA-256 as node:crypto, across block boundaries', async () => {
    const sha256First = await browserSha256First();
    const inputs = ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'a'.repeat(119)];
    for (let i = 0; i < 50; i++)
      inputs.push(
        `${randomBytes(40 + i).toString('base64url')}.${randomBytes(32).toString('base64url')}${i}`,
      );
    for (const text of inputs) {
      expect(sha256First(text), text).toBe(createHash('sha256').update(text).digest().readUInt32BE(0));
    }
  });
});
