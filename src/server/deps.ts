import type { Config } from './config.ts';
import type { Vault } from './platform/crypto/envelope.ts';
import type { KeyRing } from './platform/crypto/keyring.ts';
import type { Db } from './platform/db/db.ts';
import type { Clock } from './platform/jobs/clock.ts';
import type { BlobStore } from './platform/storage/blob-store.ts';
import type { Runtime } from './runtime.ts';

/**
 * Everything a feature may use, passed in explicitly: no module globals for tests to patch. A leaf: it
 * imports only configuration and platform types, so every feature can depend on it without depending on
 * the app that wires them together (src/server/app.ts, src/server/features.ts).
 */
export type AppDeps = {
  config: Config;
  db: Db;
  keys: KeyRing;
  vault: Vault;
  blobs: BlobStore;
  clock: Clock;
  lifecycle: { draining: boolean };
  /** The process's mutable state, built once at boot (see runtime.ts). */
  runtime: Runtime;
};
