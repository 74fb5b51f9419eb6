import { createHash, createPrivateKey, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';
import { chmod, open, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { KeyRing } from '../crypto/keyring.ts';

/**
 * Signed checkpoints of the audit chain's head, kept OUTSIDE the database: a database superuser can cut
 * entries from the end of the log and move `audit_head` back to a real earlier entry — its mac is genuine —
 * and nothing inside the database can tell. A checkpoint says "entry `seq` had hash `hash` and mac `mac`
 * at `at`", signed
 * with an Ed25519 key derived from the master secret. The server appends them to
 * `<data>/audit-checkpoints.jsonl` (0600, opened for appending only), to its log, and e-mails them to
 * auditors if asked (take-checkpoint.ts); `focalpoint audit verify` compares the chain with them, and an
 * auditor with only the public key (`focalpoint audit public-key`) can check the signatures with OpenSSL
 * (README, "Audit trail").
 *
 * One JSON object per line:
 *   {"format":"focalpoint-audit-checkpoint","v":1,"seq":57,"hash":"<64 hex>","mac":"<64 hex>","at":"<ISO time>","sig":"<base64>"}
 * The signature covers exactly the UTF-8 bytes of `signedText` below. The plain hash is there so that an
 * auditor with read access to the log can check every entry up to `seq` with SHA-256 alone, without the
 * key or FocalPoint's code: recompute the plain chain and compare entry `seq`'s hash (README).
 */
export const CHECKPOINT_FORMAT = 'focalpoint-audit-checkpoint';
export const CHECKPOINT_FILE = 'audit-checkpoints.jsonl';

export type Checkpoint = { seq: number; hash: string; mac: string; at: string; sig: string };

type CheckpointKeys = Pick<KeyRing, 'auditCheckpoint'>;

/** The bytes a checkpoint's signature covers; an auditor rebuilds them with printf (README). */
export const signedText = (c: Pick<Checkpoint, 'seq' | 'hash' | 'mac' | 'at'>): string =>
  `${CHECKPOINT_FORMAT}:v1:${c.seq}:${c.hash}:${c.mac}:${c.at}`;

// PKCS#8 wrapping of a raw 32-byte Ed25519 seed (RFC 8410): Node imports private keys only in a container.
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

function signingKey(keys: CheckpointKeys): KeyObject {
  return createPrivateKey({
    key: Buffer.concat([ED25519_PKCS8_PREFIX, keys.auditCheckpoint]),
    format: 'der',
    type: 'pkcs8',
  });
}

/** The public key auditors verify checkpoints with, as PEM, and its SHA-256 fingerprint (base64). */
export function checkpointPublicKey(keys: CheckpointKeys): { pem: string; fingerprint: string } {
  const publicKey = createPublicKey(signingKey(keys));
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return {
    pem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    fingerprint: `SHA256:${createHash('sha256').update(der).digest('base64')}`,
  };
}

export function signCheckpoint(
  keys: CheckpointKeys,
  head: { seq: number; hash: string; mac: string; at: Date },
): Checkpoint {
  const c = { seq: head.seq, hash: head.hash, mac: head.mac, at: head.at.toISOString() };
  return { ...c, sig: sign(null, Buffer.from(signedText(c)), signingKey(keys)).toString('base64') };
}

export const checkpointLine = (c: Checkpoint): string =>
  JSON.stringify({
    format: CHECKPOINT_FORMAT,
    v: 1,
    seq: c.seq,
    hash: c.hash,
    mac: c.mac,
    at: c.at,
    sig: c.sig,
  });

export const checkpointFileOf = (dataDir: string): string => path.join(dataDir, CHECKPOINT_FILE);

/**
 * Appends one checkpoint to the file: opened with O_APPEND (the process never rewrites a line), created
 * 0600, and put back to 0600 if someone widened it.
 */
export async function appendCheckpoint(file: string, c: Checkpoint): Promise<void> {
  const handle = await open(file, 'a', 0o600);
  try {
    await handle.appendFile(`${checkpointLine(c)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (((await stat(file)).mode & 0o077) !== 0) await chmod(file, 0o600);
}

export type CheckpointFileProblem = { file: string; line: number; reason: string };

/**
 * Reads a checkpoint file (the data directory's, or an auditor's export) and checks every signature. A line
 * that does not parse or whose signature fails is a problem, named by file and line; the good ones are
 * returned in file order. A missing file is no checkpoint, not a problem (a fresh data directory).
 */
export async function readCheckpoints(
  keys: CheckpointKeys,
  file: string,
): Promise<{ checkpoints: Checkpoint[]; problems: CheckpointFileProblem[]; found: boolean }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT')
      return { checkpoints: [], problems: [], found: false };
    throw err;
  }
  const publicKey = createPublicKey(signingKey(keys));
  const checkpoints: Checkpoint[] = [];
  const problems: CheckpointFileProblem[] = [];
  for (const [i, raw] of text.split('\n').entries()) {
    if (raw.trim() === '') continue;
    const c = parseLine(raw);
    if (!c) {
      problems.push({ file, line: i + 1, reason: 'not a checkpoint line (the file was altered)' });
    } else if (!verify(null, Buffer.from(signedText(c)), publicKey, Buffer.from(c.sig, 'base64'))) {
      problems.push({
        file,
        line: i + 1,
        reason: `the signature of the checkpoint of entry ${c.seq} does not verify (the file was altered)`,
      });
    } else checkpoints.push(c);
  }
  return { checkpoints, problems, found: true };
}

function parseLine(raw: string): Checkpoint | null {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(raw) as Record<string, unknown>;
  } catch {
    return null;
  }
  const { seq, hash, mac, at, sig } = o;
  const hex64 = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v);
  if (o.format !== CHECKPOINT_FORMAT || o.v !== 1) return null;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) return null;
  if (!hex64(hash) || !hex64(mac)) return null;
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) return null;
  if (typeof sig !== 'string' || !/^[A-Za-z0-9+/]{86}==$/.test(sig)) return null;
  return { seq, hash, mac, at, sig };
}
