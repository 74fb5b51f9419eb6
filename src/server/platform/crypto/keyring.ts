import { hkdfSync, randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * The key hierarchy (ARCHITECTURE.md, "Keys"):
 *
 *   master secret (FOCALPOINT_MASTER_KEY, or <data>/master.key created 0600)
 *     └─ HKDF ─┬─ kekWrapping   wraps the key-encryption keys (KEKs) stored in the database
 *              ├─ blindIndex    keyed HMAC of normalised identifier values
 *              ├─ searchToken   keyed HMAC of narrative words for the blind search index
 *              ├─ receipt       keyed HMAC of reporter receipts
 *              ├─ auditChain    HMAC chain of the audit log (a database superuser cannot recompute it)
 *              └─ auditCheckpoint  seed of the Ed25519 key that signs checkpoints of the audit log's head
 *
 * KEKs wrap one random data key per record or file; data keys encrypt content with AES-256-GCM.
 */
export type KeyRing = {
  readonly kekWrapping: Buffer;
  readonly blindIndex: Buffer;
  readonly searchToken: Buffer;
  readonly receipt: Buffer;
  /** Keys the audit log's MAC chain (platform/audit): the database holds the chain, never this key. */
  readonly auditChain: Buffer;
  /** The 32-byte seed of the Ed25519 key that signs audit checkpoints; its public half is printable. */
  readonly auditCheckpoint: Buffer;
  /** Derived from `receipt`: signs proof-of-work challenges, so every instance agrees. */
  readonly proofOfWork: Buffer;
  /** Derived from `kekWrapping`: CSRF tokens of sessions, and the pseudonyms that throttle sign-in. */
  readonly csrf: Buffer;
  readonly signInThrottle: Buffer;
};

export const MASTER_KEY_FILE = 'master.key';

export function deriveKeyRing(master: Buffer): KeyRing {
  if (master.length !== 32) throw new Error('the master secret must be 32 bytes');
  // A fixed salt is fine here: the input is already a uniformly random key (RFC 5869, section 3.1).
  const derive = (purpose: string) =>
    Buffer.from(hkdfSync('sha256', master, 'focalpoint/v1', `focalpoint/${purpose}`, 32));
  const kekWrapping = derive('kek-wrapping');
  const receipt = derive('receipt');
  // Sub-keys of sub-keys, derived exactly as when each feature derived its own (their outputs are stored
  // or compared across instances), now once here instead of in caches at module level.
  const sub = (key: Buffer, info: string, purpose: string) =>
    Buffer.from(hkdfSync('sha256', key, info, `focalpoint/${purpose}`, 32));
  return {
    kekWrapping,
    blindIndex: derive('blind-index'),
    searchToken: derive('search-token'),
    receipt,
    auditChain: derive('audit-chain'),
    auditCheckpoint: derive('audit-checkpoint'),
    proofOfWork: sub(receipt, 'focalpoint/v1', 'proof-of-work'),
    csrf: sub(kekWrapping, 'focalpoint/auth/v1', 'csrf'),
    signInThrottle: sub(kekWrapping, 'focalpoint/auth/v1', 'sign-in-throttle'),
  };
}

/** Reads the master secret from configuration, or from the data directory's key file (made on first start). */
export async function loadMasterKey(opts: {
  configured: Buffer | undefined;
  dataDir: string;
}): Promise<Buffer> {
  if (opts.configured) return opts.configured;
  const file = path.join(opts.dataDir, MASTER_KEY_FILE);
  await mkdir(opts.dataDir, { recursive: true, mode: 0o700 });
  try {
    // 'wx': never overwrite an existing key, even if two processes race on first start.
    const handle = await open(file, 'wx', 0o600);
    try {
      await handle.writeFile(`${randomBytes(32).toString('base64')}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await chmod(file, 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const info = await stat(file);
  if ((info.mode & 0o077) !== 0) {
    throw new Error(`${file} is readable by other users; run: chmod 600 ${file}`);
  }
  const key = Buffer.from((await readFile(file, 'utf8')).trim(), 'base64');
  if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte base64 key`);
  return key;
}
