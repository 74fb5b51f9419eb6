import { createHmac, randomInt } from 'node:crypto';
import { keyObjectOf } from './key-object.ts';

/**
 * Receipts: 20 characters from 31 that cannot be mistaken for one another (no 0/O, 1/I/L), in five
 * groups of four: 20 × log2(31) ≈ 99 bits of entropy. Only a keyed hash is ever stored.
 */
export const RECEIPT_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const GROUPS = 5;
const GROUP_SIZE = 4;
export const RECEIPT_BITS = GROUPS * GROUP_SIZE * Math.log2(RECEIPT_ALPHABET.length);

export function newReceipt(): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) {
    let group = '';
    // randomInt is uniform (rejection sampling inside), so every character carries its full entropy.
    for (let i = 0; i < GROUP_SIZE; i++) group += RECEIPT_ALPHABET[randomInt(RECEIPT_ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}

/** Accepts what people type: lower case, spaces or no dashes. Returns null when it cannot be a receipt. */
export function normaliseReceipt(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s\-–—_.]/g, '');
  if (compact.length !== GROUPS * GROUP_SIZE) return null;
  for (const ch of compact) if (!RECEIPT_ALPHABET.includes(ch)) return null;
  return compact.match(/.{4}/g)!.join('-');
}

export function receiptHash(key: Buffer, receipt: string): Buffer {
  const normalised = normaliseReceipt(receipt);
  if (!normalised) throw new Error('not a receipt');
  return createHmac('sha256', keyObjectOf(key)).update(normalised).digest();
}
