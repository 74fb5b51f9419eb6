import { randomInt } from 'node:crypto';
import { RECEIPT_ALPHABET } from '../platform/crypto/receipts.ts';

/** The reference staff and the reporter quote: FP- and 7 characters from the receipt alphabet. */
export function newReference(): string {
  let s = 'FP-';
  for (let i = 0; i < 7; i++) s += RECEIPT_ALPHABET[randomInt(RECEIPT_ALPHABET.length)];
  return s;
}
