import { sealStoredDigests } from '../../evidence/sealing.ts';
import type { Vault } from '../../platform/crypto/envelope.ts';
import type { Queryable } from '../../platform/db/db.ts';
import { sealStoredPlaces } from '../../reports/seal-stored-places.ts';

/**
 * Data steps of migrations: work a migration needs that SQL cannot do because it takes the key ring
 * (sealing what was stored in clear). Each runs right after the SQL file of the same version, inside the
 * same transaction, so a migration and its step are applied together or not at all.
 */
export type MigrationStep = (tx: Queryable) => Promise<void>;

export function migrationSteps(deps: { vault: Vault }): Record<string, MigrationStep> {
  return {
    '0021_sealed_evidence_hashes': (tx) => sealStoredDigests(tx, deps.vault),
    '0031_sealed_places_and_packs': (tx) => sealStoredPlaces(tx, deps.vault),
  };
}
