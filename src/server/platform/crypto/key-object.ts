import { createSecretKey, type KeyObject } from 'node:crypto';

/**
 * A long-lived key as a KeyObject, imported once and remembered for as long as its Buffer lives.
 *
 * Node imports a Buffer key on every createHmac or createCipheriv call, and finds out that it is not a
 * KeyObject by catching an exception: measured on intake, that import was about a tenth of the server's
 * main thread (it HMACs the source address, the receipt and the identifiers, and wraps a data key, per
 * report). The key ring's keys, KEKs and cached data keys are the same Buffers call after call.
 */
const imported = new WeakMap<Buffer, KeyObject>();

export function keyObjectOf(key: Buffer | KeyObject): KeyObject {
  if (!Buffer.isBuffer(key)) return key;
  let object = imported.get(key);
  if (!object) {
    object = createSecretKey(key);
    imported.set(key, object);
  }
  return object;
}
