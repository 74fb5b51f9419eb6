import { createHmac, type KeyObject } from 'node:crypto';
import { keyObjectOf } from './key-object.ts';

/**
 * A blind index lets the database match equal values without holding them: the keyed HMAC of a
 * normalised value, namespaced by kind so an e-mail and a handle that happen to be spelt alike differ.
 * 16 bytes keep collisions out of reach (2^64 values before a likely one) at half the index size.
 */
export function blindIndexFor(key: Buffer | KeyObject, kind: string, normalisedValue: string): Buffer {
  return createHmac('sha256', keyObjectOf(key))
    .update(kind)
    .update('\u0000')
    .update(normalisedValue, 'utf8')
    .digest()
    .subarray(0, 16);
}

/** Search tokens are truncated harder (8 bytes): a rare false match costs a decrypt-and-check, not a leak. */
export function searchTokenFor(key: Buffer | KeyObject, token: string): Buffer {
  return createHmac('sha256', keyObjectOf(key)).update(token, 'utf8').digest().subarray(0, 8);
}
