import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { keyObjectOf } from '../platform/crypto/key-object.ts';

/**
 * Idempotent submission. A client that is not sure its report arrived (a dropped connection, a double
 * click, a resubmitted page) sends the same `Idempotency-Key` again and must get the same answer: the
 * same reference and a receipt that opens the report — never a second report.
 *
 * - The database holds only `idempotency_hash` = HMAC(receiptKey, "idempotency" ‖ key), unique, so a
 *   retry finds the first report, and two racing requests cannot both insert.
 * - The receipt itself is never stored in clear (only its keyed hash). To hand it back, it is sealed with
 *   AES-256-GCM under wrapKey = HMAC(receiptKey, "idempotency-receipt" ‖ key), with the report id as
 *   associated data. Opening it needs the Idempotency-Key, which the database does not hold: a dump of
 *   the database, even with the master secret, cannot recover receipts; only a client presenting the
 *   same key again can. Keys must be long and random (16 to 200 characters, e.g. a UUID).
 * - A retry with a different body gets the first report's answer: the key names the submission.
 */

export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_\-.:+/=]{16,200}$/;

export function idempotencyHash(receiptKey: Buffer, key: string): Buffer {
  return createHmac('sha256', keyObjectOf(receiptKey)).update('idempotency\u0000').update(key).digest();
}

function wrapKey(receiptKey: Buffer, key: string): Buffer {
  return createHmac('sha256', keyObjectOf(receiptKey))
    .update('idempotency-receipt\u0000')
    .update(key)
    .digest();
}

export function sealReceiptForRetry(
  receiptKey: Buffer,
  key: string,
  reportId: string,
  receipt: string,
): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', wrapKey(receiptKey, key), iv);
  cipher.setAAD(Buffer.from(`report.receipt:${reportId}`));
  const ct = Buffer.concat([cipher.update(receipt, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ct]);
}

export function openReceiptForRetry(
  receiptKey: Buffer,
  key: string,
  reportId: string,
  sealed: Buffer,
): string {
  const decipher = createDecipheriv('aes-256-gcm', wrapKey(receiptKey, key), sealed.subarray(0, 12));
  decipher.setAAD(Buffer.from(`report.receipt:${reportId}`));
  decipher.setAuthTag(sealed.subarray(12, 28));
  return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
}
