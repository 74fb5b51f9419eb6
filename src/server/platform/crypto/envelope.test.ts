import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestContext, type TestContext } from '../../testing/test-context.ts';
import { asBuffer } from '../db/db.ts';
import { DecryptionError } from './envelope.ts';

describe('envelope encryption', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await startTestContext();
  });
  afterAll(() => ctx.close());

  it('seals and opens a value under a per-record data key, and the ciphertext does not contain it', async () => {
    const { db, vault } = ctx.deps;
    const secret = 'My neighbour photographed me at the vigil — 我被跟踪了';
    const sealed = await db.transaction(async (tx) =>
      vault.seal(await vault.newDataKey(tx), secret, 'report.narrative'),
    );
    expect(sealed.includes(Buffer.from(secret))).toBe(false);
    expect(await vault.openText(db, sealed, 'report.narrative')).toBe(secret);
  });

  it('fails loudly when a single bit of the ciphertext is flipped', async () => {
    const { db, vault } = ctx.deps;
    const sealed = await db.transaction(async (tx) =>
      vault.seal(await vault.newDataKey(tx), 'evidence', 'x'),
    );
    for (const position of [sealed.length - 1, 30, 20]) {
      const tampered = Buffer.from(sealed);
      tampered[position]! ^= 0x01;
      await expect(vault.open(db, tampered, 'x')).rejects.toBeInstanceOf(DecryptionError);
    }
  });

  it('refuses a ciphertext moved to another field (the context is authenticated)', async () => {
    const { db, vault } = ctx.deps;
    const sealed = await db.transaction(async (tx) =>
      vault.seal(await vault.newDataKey(tx), 'name', 'reporter.name'),
    );
    await expect(vault.open(db, sealed, 'report.narrative')).rejects.toBeInstanceOf(DecryptionError);
  });

  it('gives each record its own random data key, so equal plaintexts differ', async () => {
    const { db, vault } = ctx.deps;
    const [a, b] = await db.transaction(async (tx) => [
      vault.seal(await vault.newDataKey(tx), 'same', 'f'),
      vault.seal(await vault.newDataKey(tx), 'same', 'f'),
    ]);
    expect(a!.subarray(1, 17).equals(b!.subarray(1, 17))).toBe(false);
    expect(a!.equals(b!)).toBe(false);
  });

  it('rotates: a new key-encryption key re-wraps every data key, and old ciphertexts stay readable', async () => {
    const { db, vault } = ctx.deps;
    const values = Array.from({ length: 20 }, (_, i) => `value ${i}`);
    const sealed = await db.transaction(async (tx) => {
      const out: Buffer[] = [];
      for (const v of values) out.push(vault.seal(await vault.newDataKey(tx), v, 'f'));
      return out;
    });
    const before = await db.query<{ kek_id: string; wrapped: unknown }>(
      'SELECT kek_id, wrapped FROM data_keys ORDER BY id',
    );
    const result = await vault.rotate(db);
    const after = await db.query<{ kek_id: string; wrapped: unknown }>(
      'SELECT kek_id, wrapped FROM data_keys ORDER BY id',
    );
    expect(result.rewrapped).toBe(before.rows.length);
    expect(new Set(after.rows.map((r) => r.kek_id))).toEqual(new Set([result.kekId]));
    expect(asBuffer(after.rows[0]!.wrapped).equals(asBuffer(before.rows[0]!.wrapped))).toBe(false);
    expect(result.retired.length).toBeGreaterThan(0);
    // A fresh vault (no cached keys, as after a restart) still opens every old ciphertext.
    const { Vault } = await import('./envelope.ts');
    const fresh = new Vault(ctx.deps.keys);
    for (const [i, s] of sealed.entries()) expect(await fresh.openText(db, s, 'f')).toBe(values[i]);
  });
});
