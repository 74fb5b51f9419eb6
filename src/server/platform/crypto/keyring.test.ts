import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { blindIndexFor } from './blind-index.ts';
import { deriveKeyRing, loadMasterKey, MASTER_KEY_FILE } from './keyring.ts';
import { newReceipt, normaliseReceipt, RECEIPT_ALPHABET, RECEIPT_BITS, receiptHash } from './receipts.ts';

const dirs: string[] = [];
const tempDir = async () => {
  const d = await mkdtemp(path.join(tmpdir(), 'fp-key-'));
  dirs.push(d);
  return d;
};
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

describe('master key', () => {
  it('is created on first start with mode 0600 and read back unchanged on the next', async () => {
    const dir = await tempDir();
    const first = await loadMasterKey({ configured: undefined, dataDir: dir });
    const info = await stat(path.join(dir, MASTER_KEY_FILE));
    expect(info.mode & 0o777).toBe(0o600);
    expect(first).toHaveLength(32);
    expect((await loadMasterKey({ configured: undefined, dataDir: dir })).equals(first)).toBe(true);
  });

  it('refuses a key file that other users can read', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, MASTER_KEY_FILE), `${Buffer.alloc(32, 7).toString('base64')}\n`);
    await chmod(path.join(dir, MASTER_KEY_FILE), 0o644);
    await expect(loadMasterKey({ configured: undefined, dataDir: dir })).rejects.toThrow(/chmod 600/);
  });

  it('prefers a configured key and then writes no file', async () => {
    const dir = await tempDir();
    const key = Buffer.alloc(32, 9);
    expect((await loadMasterKey({ configured: key, dataDir: dir })).equals(key)).toBe(true);
    await expect(readFile(path.join(dir, MASTER_KEY_FILE))).rejects.toThrow();
  });

  it('derives distinct sub-keys for each purpose', () => {
    const ring = deriveKeyRing(Buffer.alloc(32, 1));
    const all = [
      ring.kekWrapping,
      ring.blindIndex,
      ring.searchToken,
      ring.receipt,
      ring.auditChain,
      ring.auditCheckpoint,
    ].map((k) => k.toString('hex'));
    expect(new Set(all).size).toBe(6);
  });
});

describe('blind index', () => {
  it('matches equal values, differs by key and by kind, and does not contain the value', () => {
    const a = deriveKeyRing(Buffer.alloc(32, 1)).blindIndex;
    const b = deriveKeyRing(Buffer.alloc(32, 2)).blindIndex;
    const v = '+8613800138000';
    expect(blindIndexFor(a, 'phone', v).equals(blindIndexFor(a, 'phone', v))).toBe(true);
    expect(blindIndexFor(a, 'phone', v).equals(blindIndexFor(b, 'phone', v))).toBe(false);
    expect(blindIndexFor(a, 'phone', v).equals(blindIndexFor(a, 'other', v))).toBe(false);
    expect(blindIndexFor(a, 'phone', v).includes(Buffer.from(v))).toBe(false);
  });
});

describe('receipts', () => {
  it('carry at least 80 bits and use no look-alike characters', () => {
    expect(RECEIPT_BITS).toBeGreaterThanOrEqual(80);
    for (const ch of '01OIL') expect(RECEIPT_ALPHABET).not.toContain(ch);
    const r = newReceipt();
    expect(r).toMatch(/^[2-9A-Z]{4}(-[2-9A-Z]{4}){4}$/);
  });

  it('are all different across many draws', () => {
    const seen = new Set(Array.from({ length: 5000 }, newReceipt));
    expect(seen.size).toBe(5000);
  });

  it('accept what people type (lower case, spaces, no dashes) and hash alike', () => {
    const key = Buffer.alloc(32, 3);
    const r = newReceipt();
    const typed = r.toLowerCase().replaceAll('-', ' ');
    expect(normaliseReceipt(typed)).toBe(r);
    expect(receiptHash(key, typed).equals(receiptHash(key, r))).toBe(true);
    expect(normaliseReceipt('not a receipt')).toBeNull();
  });
});
