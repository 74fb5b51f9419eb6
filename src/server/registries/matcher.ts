import type { Queryable } from '../platform/db/db.ts';
import { buildRegistryIndex, type RegistryIndex } from './index.ts';
import { entryNames, registryVersion } from './repo.ts';

/**
 * The process's registry index (src/server/runtime.ts holds one): built from the registers on first use
 * and again whenever a snapshot was imported since (by this process or another instance: the version is
 * the database's snapshot sequence, checked once per indexing batch). One build at a time.
 */
export class RegistryMatcher {
  #version = -1;
  #index: RegistryIndex | null = null;
  #building: Promise<RegistryIndex> | null = null;

  /** The index as of the registers now in the database. */
  async current(q: Queryable): Promise<RegistryIndex> {
    const version = await registryVersion(q);
    if (this.#index && version === this.#version) return this.#index;
    if (!this.#building) {
      this.#building = (async () => {
        try {
          const index = buildRegistryIndex(await entryNames(q));
          this.#index = index;
          this.#version = version;
          return index;
        } finally {
          this.#building = null;
        }
      })();
    }
    return this.#building;
  }

  /** The snapshot sequence the index was built at (stored with each match: what was known when). */
  get version(): number {
    return Math.max(this.#version, 0);
  }
}
